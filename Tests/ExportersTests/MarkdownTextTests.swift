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
}
