/// A piece of an SVG picture: an element with attributes and children, or
/// text. Text and attribute values are escaped when written, and characters
/// XML 1.0 does not allow are left out, so a team's typed text (`</svg>`,
/// `]]>`, CR LF, a right-to-left override) can never end the picture early
/// or make it ill-formed: the charts are built from these, never by joining
/// strings.
struct SVGNode: Sendable {
    enum Content: Sendable {
        case element(name: String, attributes: [(String, String)], children: [SVGNode])
        case text(String)
    }

    let content: Content

    /// An element; `name` and the attribute names are the program's own constants.
    init(_ name: String, _ attributes: [(String, String)] = [], _ children: [SVGNode] = []) {
        content = .element(name: name, attributes: attributes, children: children)
    }

    /// Text, escaped when written.
    static func text(_ text: String) -> SVGNode {
        SVGNode(content: .text(text))
    }

    private init(content: Content) {
        self.content = content
    }

    /// The node as XML.
    var xml: String {
        var output = ""
        write(into: &output)
        return output
    }

    func write(into output: inout String) {
        switch content {
        case .text(let text):
            Self.escape(text, into: &output, inAttribute: false)
        case .element(let name, let attributes, let children):
            output += "<" + name
            for (attribute, value) in attributes {
                output += " " + attribute + "=\""
                Self.escape(value, into: &output, inAttribute: true)
                output += "\""
            }
            if children.isEmpty {
                output += "/>"
                return
            }
            output += ">"
            for child in children { child.write(into: &output) }
            output += "</" + name + ">"
        }
    }

    /// Escapes `&`, `<`, `>` (so `]]>` cannot occur) and, in an attribute,
    /// quotes and line breaks (which a parser would otherwise turn into
    /// spaces); drops what XML 1.0 forbids (C0 controls but tab and line
    /// breaks, U+FFFE, U+FFFF).
    static func escape(_ text: String, into output: inout String, inAttribute: Bool) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where inAttribute: output += "&quot;"
            case "\n" where inAttribute: output += "&#10;"
            case "\r": output += "&#13;"
            case "\t" where inAttribute: output += "&#9;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF { continue }
                output.unicodeScalars.append(scalar)
            }
        }
    }
}

extension SVGNode {
    /// A number as an attribute value: whole numbers without a decimal point, others to one decimal.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
