import Exporters
import Testing

@Suite struct MarkdownTextTests {
    @Test(arguments: [
        ("a | b", "a \\| b"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("# Heading", "\\# Heading"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("1. item", "1\\. item"),
        ("12) item", "12\\) item"),
        ("> quote", "&gt; quote"),
        ("line\nbreak\r\nagain", "line break again"),
        (
            "**bold** _x_ [link](http://x) ![img](x.png)",
            "\\*\\*bold\\*\\* \\_x\\_ \\[link\\](http\\://x) \\!\\[img\\](x.png)"
        ),
        ("`code` ~~strike~~", "\\`code\\` \\~\\~strike\\~\\~"),
        ("&amp; stays text", "&amp;amp; stays text"),
        ("trailing  ", "trailing"),
        ("   leading", "leading"),
        ("back\\slash", "back\\\\slash"),
        ("Ningbo 宁波, 2004.", "Ningbo 宁波, 2004."),
        ("see https://x.org, www.x.org or a@x.org", "see https\\://x.org, www\\.x.org or a\\@x.org"),
    ])
    func userTextCannotChangeTheDocument(input: String, expected: String) {
        #expect(MarkdownText.escape(input) == expected)
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
            #expect(MarkdownText.escape(text) == "a \\# b")
        }
    }
}
