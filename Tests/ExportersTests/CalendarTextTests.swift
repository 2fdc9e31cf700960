import Exporters
import Foundation
import PropertyBased
import Testing

/// Issue 12: RFC 5545's text rules, which every calendar program relies on:
/// TEXT escaping (§3.3.11) and folding at 75 octets (§3.1).
@Suite struct CalendarTextTests {
    /// Letters, Chinese, a four-byte emoji, combining marks and what TEXT escapes.
    static let alphabet: [String] = [
        "a", "Z", " ", "宁", "波", "诺", "丁", "汉", "😀", "e\u{301}", "\\", ";", ",", ":", "\r\n", "\r", "\n", "\u{2028}",
        "\t", "\u{202E}", "\u{1B}",
    ]
    static let text = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...120)
        .map { (picks: [Int]) -> String in picks.map { alphabet[$0] }.joined() }

    /// Issue 12: no folded line is longer than 75 octets, none splits a
    /// character's UTF-8 bytes, and unfolding gives the line back.
    @Test func foldingNeverSplitsACharacter() async {
        await propertyCheck(count: 500, input: Self.text) { text in
            let line = "DESCRIPTION:" + ICalendarText.escape(text)
            let folded = ICalendarText.folded(line)
            let bytes = Array(folded.utf8)
            #expect(bytes.suffix(2) == [0x0D, 0x0A])
            var pieces: [[UInt8]] = []
            var current: [UInt8] = []
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                    pieces.append(current)
                    current = []
                    index += 2
                } else {
                    current.append(bytes[index])
                    index += 1
                }
            }
            #expect(current.isEmpty, "ends with CR LF")
            for (number, piece) in pieces.enumerated() {
                #expect(piece.count <= 75, "line \(number) has \(piece.count) octets")
                #expect(String(validating: piece, as: UTF8.self) != nil, "a character split at a fold")
                #expect(!piece.contains(0x0D) && !piece.contains(0x0A))
                if number > 0 { #expect(piece.first == 0x20) }
            }
            let unfolded = pieces.enumerated().map { $0 == 0 ? $1 : Array($1.dropFirst()) }.joined()
            #expect(String(decoding: Array(unfolded), as: UTF8.self) == line)
        }
    }

    /// Issue 12: a Chinese line folds at 75 octets: 25 characters of three bytes, and the rest.
    @Test func chineseFoldsAtSeventyFiveOctets() {
        let folded = ICalendarText.folded(String(repeating: "宁", count: 30))
        #expect(folded == String(repeating: "宁", count: 25) + "\r\n " + String(repeating: "宁", count: 5) + "\r\n")
    }

    /// Issue 12: backslash, semicolon, comma and every line break escaped;
    /// other control characters left out; a tab and U+202E kept.
    @Test func textValuesAreEscaped() {
        #expect(ICalendarText.escape("a\\b;c,d:e") == "a\\\\b\\;c\\,d:e")
        #expect(ICalendarText.escape("one\r\ntwo\rthree\nfour\u{2028}five") == "one\\ntwo\\nthree\\nfour\\nfive")
        #expect(ICalendarText.escape("bell\u{07}escape\u{1B}[31m\ttab\u{202E}") == "bellescape[31m\ttab\u{202E}")
        #expect(ICalendarText.list(["协议签署", "Signing, visits"]) == "协议签署,Signing\\, visits")
    }

    /// Issue 12: an escaped text never holds a raw line break, and reads back as typed (line breaks as LF).
    @Test func escapedTextReadsBack() async {
        await propertyCheck(count: 500, input: Self.text) { text in
            let escaped = ICalendarText.escape(text)
            #expect(!escaped.unicodeScalars.contains { $0 == "\r" || $0 == "\n" })
            let typed = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .replacingOccurrences(of: "\u{2028}", with: "\n").replacingOccurrences(of: "\u{1B}", with: "")
            #expect(ICalendarLines.text(escaped) == typed)
        }
    }
}
