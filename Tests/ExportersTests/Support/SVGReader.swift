import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads an SVG (or any XML) with Foundation's `XMLParser`, which refuses
/// what is not well-formed: the elements in document order with their
/// attributes, and the text inside each, as a parser sees them.
final class SVGReader: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    private(set) var error: (any Error)?

    /// Nil when the text is not well-formed XML.
    static func read(_ text: String) -> SVGReader? {
        let reader = SVGReader()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = reader
        return parser.parse() ? reader : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        open.append(elements.count)
        elements.append(Element(name: name, attributes: attributes))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        for index in open { elements[index].text += string }
    }

    func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The texts of the `<text>` elements, one per drawn line.
    var lines: [String] { named("text").map(\.text) }
}
