import Exporters
import Foundation
import PropertyBased
import Testing

/// Any text a user can type, escaped, must stay inside its table cell or list
/// item: no line break, no unescaped pipe, no raw HTML, nothing that starts a
/// block, and never shorter than the words it came from.
@Suite struct MarkdownPropertyTests {
    /// Text weighted towards Markdown's special characters, with some letters and Chinese.
    /// "\r\n" is a single Character, and U+2028 a line separator: both must be read by scalar.
    static let alphabet: [Character] = Array("|#*_`[]()<>!&\\-+=:~.1 \n\r\tab宁波") + ["\r\n", "\u{2028}", "\u{85}"]
    static let hostileText = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...60)
        .map { (picks: [Int]) -> String in String(picks.map { alphabet[$0] }) }

    @Test func escapedTextCannotBreakATableRowOrStartABlock() async {
        await propertyCheck(count: 1000, input: Self.hostileText) { text in
            let escaped = MarkdownText.escape(text)
            #expect(!escaped.unicodeScalars.contains { $0.properties.isWhitespace && $0 != " " })
            // Issue 12: escaping is by context now, but whatever forms markup anywhere is always escaped.
            for special in "|<*`[]~" {
                #expect(Self.unescaped(special, in: escaped) == 0, "\(special) in \(escaped)")
            }
            #expect(!escaped.hasPrefix(" ") && !escaped.hasSuffix("  "))
            if let first = escaped.first { #expect(!"#-+=>*_`|".contains(first), "\(escaped)") }
            let digits = escaped.prefix { $0.isASCII && $0.isNumber }
            let rest = escaped.dropFirst(digits.count)
            if !digits.isEmpty, let next = rest.first, next == "." || next == ")" {
                // "1.5" is no list; "1. x" and a lone "1." would be.
                #expect(rest.dropFirst().first.map { $0 != " " } == true, "a numbered list could start: \(escaped)")
            }
            // Every letter typed is still there (once the HTML entities are read back).
            #expect(escaped.filter(\.isLetter) == text.filter(\.isLetter))
        }
    }

    @Test func mermaidLabelsNeverCarryItsSyntax() async {
        await propertyCheck(count: 500, input: Self.hostileText) { text in
            let label = MarkdownText.mermaidLabel(text)
            // By scalar: a Character check misses "\r\n" (issue 14, item 10).
            #expect(
                !label.unicodeScalars.contains {
                    ":;#".unicodeScalars.contains($0) || $0.properties.isWhitespace && $0 != " "
                })
        }
    }

    /// Occurrences of `special` not preceded by an odd number of backslashes.
    static func unescaped(_ special: Character, in text: String) -> Int {
        var count = 0
        var backslashes = 0
        for character in text {
            if character == "\\" {
                backslashes += 1
                continue
            }
            if character == special && backslashes % 2 == 0 { count += 1 }
            backslashes = 0
        }
        return count
    }
}
