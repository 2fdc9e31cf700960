import Exporters
import Testing

@Suite struct MarkdownTextTests {
    @Test(arguments: [
        ("a | b", "a \\| b"),
        ("<script>alert(1)</script>", "\\<script>alert(1)\\</script>"),
        ("# Heading", "\\# Heading"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("1. item", "1\\. item"),
        ("12) item", "12\\) item"),
        ("> quote", "\\> quote"),
        ("line\nbreak\r\nagain", "line break again"),
        (
            "**bold** _x_ [link](http://x) ![img](x.png)",
            "\\*\\*bold\\*\\* \\_x\\_ \\[link\\](http\\://x) !\\[img\\](x.png)"
        ),
        ("`code` ~~strike~~", "\\`code\\` \\~\\~strike\\~\\~"),
        ("&amp; stays text", "\\&amp; stays text"),
        ("trailing  ", "trailing"),
        ("   leading", "leading"),
        ("back\\slash", "back\\\\slash"),
        ("Ningbo 宁波, 2004.", "Ningbo 宁波, 2004."),
        ("see https://x.org, www.x.org or a@x.org", "see https\\://x.org, www\\.x.org or a\\@x.org"),
        ("hi :smile: and :+1:", "hi :smile\\: and :+1\\:"),
    ])
    func userTextCannotChangeTheDocument(input: String, expected: String) {
        #expect(MarkdownText.escape(input) == expected)
    }

    /// Issue 12: ordinary text is left as it reads — colons, numbers, R&D,
    /// snake_case, "a > b", braces and "#1" mid-text need no backslash; only
    /// the start of a text is read for block syntax, and "1.5" is no list.
    @Test(arguments: [
        "Trade fair city: a week of events", "1.5 million visitors", "R&D and sales", "snake_case_name",
        "a > b and c = d", "{curly} and #1", "Partner: City; #1", "10:30 on 2024-05-01", "In 2024. A year",
        "Email: none", "Wuhan (武汉): 2015",
    ])
    func ordinaryTextIsNotEscaped(text: String) {
        #expect(MarkdownText.escape(text) == text)
    }

    /// Issue 12: a right-to-left override typed into a text is kept but closed
    /// at its end, so it cannot turn the program's words after it around.
    @Test func rightToLeftOverridesEndWithTheirText() {
        #expect(MarkdownText.escape("a\u{202E}evil") == "a\u{202E}evil\u{202C}")
        #expect(MarkdownText.escape("a\u{202E}b\u{202C} c") == "a\u{202E}b\u{202C} c")
        #expect(MarkdownText.escape("\u{2067}x") == "\u{2067}x\u{2069}")
    }

    @Test func mermaidLabelsLoseTheCharactersMermaidReads() {
        #expect(MarkdownText.mermaidLabel("Yantai: port; #1 <b>") == "Yantai port 1 b")
        #expect(MarkdownText.mermaidLabel("a\nb") == "a b")
    }

    /// Issue 14, item 10: "\r\n" is one Character, so a check for "\n" or
    /// "\r" missed it and the text after it became a new gantt line. Every
    /// line break, separator and control character, read by scalar, is a space.
    @Test(arguments: [
        "a\r\nb", "a\u{2028}b", "a\u{2029}b", "a\u{85}b", "a\u{0B}b", "a\u{0C}b", "a\u{1B}b", "a\r\n\r\nb",
    ])
    func mermaidLabelsLoseEveryLineBreak(text: String) {
        #expect(MarkdownText.mermaidLabel(text) == "a b")
        #expect(MarkdownText.mermaidLabel("  \r\n" + text + "\r\n ") == "a b")
    }

    /// Issue 14, item 10: ordinary Markdown text was already read by scalar;
    /// this keeps "\r\n" and the Unicode separators from ever ending a line there.
    @Test func markdownTextTurnsEveryLineBreakIntoASpace() {
        for text in ["a\r\n# b", "a\u{2028}# b", "a\u{85}# b", "a\r\n\r\n# b"] {
            #expect(MarkdownText.escape(text) == "a # b", "a # mid-line is no heading")
            #expect(MarkdownText.escape(text).unicodeScalars.allSatisfy { $0 == " " || !$0.properties.isWhitespace })
        }
    }
}
