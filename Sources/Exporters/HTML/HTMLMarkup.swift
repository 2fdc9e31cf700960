import Plot

/// The nodes the HTML plan is built from: Plot's tree, reached only through
/// these helpers, which escape every text and attribute value when it goes
/// in. Plot escapes text but leaves attribute values as given and keeps
/// anything that looks like an entity (`&amp;` stays `&amp;`), so the
/// helpers escape fully themselves: a team's `</svg>`, `"` or `&lt;` shows
/// as typed, never as markup. A typed text is wrapped in `<bdi>`, so a
/// right-to-left override inside it cannot turn the text around it.
enum HTMLMarkup {
    enum Page {}
    typealias Content = Node<Page>

    /// An element; the name and the attribute names are the program's own constants.
    static func element(_ name: String, _ attributes: [(String, String)] = [], _ children: [Content]) -> Content {
        .element(
            named: name,
            nodes: attributes.map { .attribute(named: $0.0, value: escape($0.1), ignoreIfValueIsEmpty: false) }
                + children)
    }

    /// An element with no content (`<meta … />`), written so that the page
    /// is also well-formed XML, which lets a test read it with `XMLParser`.
    static func void(_ name: String, _ attributes: [(String, String)]) -> Content {
        .selfClosedElement(
            named: name,
            attributes: attributes.map {
                Attribute<Page>(name: $0.0, value: escape($0.1), ignoreIfValueIsEmpty: false)
            })
    }

    /// A text the program says, escaped.
    static func text(_ text: String) -> Content {
        .raw(escape(text))
    }

    /// A text the team typed: escaped, and isolated from the text around it.
    static func typed(_ text: String) -> Content {
        element("bdi", [], [.raw(escape(text))])
    }

    /// A chart drawn by `SVGNode`, which escaped its own texts.
    static func svg(_ node: SVGNode) -> Content {
        .raw(node.xml)
    }

    /// `&`, `<`, `>` and quotes as references; what HTML does not allow in a
    /// document (C0 controls but tab and line breaks) left out.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    continue
                }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
