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
            #expect(!escaped.contains("<") && !escaped.contains(">"))
            #expect(Self.unescapedPipes(escaped) == 0, "\(escaped)")
            #expect(!escaped.hasPrefix(" ") && !escaped.hasSuffix("  "))
            if let first = escaped.first { #expect(!"#-+=>*_`|".contains(first), "\(escaped)") }
            let digits = escaped.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, let next = escaped.dropFirst(digits.count).first {
                #expect(next != "." && next != ")", "a numbered list could start: \(escaped)")
            }
            // Every letter typed is still there (once the HTML entities are read back).
            let readBack = escaped.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(
                of: "&gt;", with: ">"
            )
            .replacingOccurrences(of: "&amp;", with: "&")
            #expect(readBack.filter(\.isLetter) == text.filter(\.isLetter))
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

    /// Pipes not preceded by an odd number of backslashes.
    static func unescapedPipes(_ text: String) -> Int {
        var count = 0
        var backslashes = 0
        for character in text {
            if character == "\\" {
                backslashes += 1
                continue
            }
            if character == "|" && backslashes % 2 == 0 { count += 1 }
            backslashes = 0
        }
        return count
    }
}
