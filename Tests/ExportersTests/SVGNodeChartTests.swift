import Foundation
import Testing

@testable import Exporters

/// Issue 12: the charts are built from nodes that escape text and
/// attributes when written, so a typed text cannot end the picture or make
/// it ill-formed XML.
@Suite struct SVGNodeChartTests {
    static let hostile = [
        "Ends </svg> early? ]]> and \u{202E}right-to-left\u{202C} text",
        "Line one\r\nline two </svg><svg onload=alert(1)> ]]> \u{202E}evil\u{202C} end",
        "Quote \" and ' and & and &amp; and <![CDATA[ x ]]>",
    ]

    /// Hostile text in an element and in an attribute parses back as the same text.
    @Test func hostileTextAndAttributesParseBackExactly() throws {
        for text in Self.hostile {
            let node = SVGNode(
                "svg", [("aria-label", text)], [SVGNode("text", [("x", "1")], [.text(text)])])
            let reader = try #require(SVGReader.read(node.xml), "well-formed: \(node.xml)")
            #expect(reader.named("svg").first?.attributes["aria-label"] == text)
            #expect(reader.named("text").first?.text == text)
            #expect(reader.named("svg").count == 1, "no second <svg> smuggled in")
        }
    }

    /// Characters XML 1.0 forbids are left out rather than breaking the picture.
    @Test func forbiddenCharactersAreLeftOut() throws {
        let node = SVGNode("text", [("aria-label", "a\u{0}b\u{1B}c")], [.text("x\u{7}y\u{FFFF}z")])
        let reader = try #require(SVGReader.read(node.xml))
        #expect(reader.elements[0].text == "xyz")
        #expect(reader.elements[0].attributes["aria-label"] == "abc")
    }

    /// Numbers are written short: whole ones without a decimal point.
    @Test func numbersAreShort() {
        #expect(SVGNode.number(12) == "12")
        #expect(SVGNode.number(12.25) == "12.3")
        #expect(SVGNode.number(-3.04) == "-3")
    }
}
