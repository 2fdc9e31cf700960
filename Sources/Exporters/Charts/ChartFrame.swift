import PlanModel

/// What every chart shares: the `<svg>` element around it (size, view box,
/// `role="img"`, an `aria-label` and a `<title>`, so a screen reader names
/// it and a browser shows its title), the fonts and the colours, and the
/// lines of a text said in each language of the plan, the first leading and
/// the others smaller and quieter.
enum ChartFrame {
    /// Sans-serif with Chinese system fonts, none fetched: the same stack as the HTML plan.
    static let fontFamily =
        "'Segoe UI', 'Helvetica Neue', Arial, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"
    static let ink = "#1b1b1b"
    static let quiet = "#4a4a4a"
    static let rule = "#b8b8b8"

    /// The picture: `standalone` adds the XML declaration and namespace a
    /// file on its own needs (an image in a Word file); inside HTML the
    /// parser puts `<svg>` in the SVG namespace itself.
    static func svg(
        width: Double, height: Double, title: String, description: String, standalone: Bool, _ children: [SVGNode]
    ) -> SVGNode {
        var attributes: [(String, String)] = []
        if standalone { attributes.append(("xmlns", "http://www.w3.org/2000/svg")) }
        attributes += [
            ("width", SVGNode.number(width)), ("height", SVGNode.number(height)),
            ("viewBox", "0 0 \(SVGNode.number(width)) \(SVGNode.number(height))"), ("role", "img"),
            ("aria-label", title + ": " + description), ("font-family", fontFamily), ("class", "chart"),
        ]
        return SVGNode(
            "svg", attributes,
            [SVGNode("title", [], [.text(title)]), SVGNode("desc", [], [.text(description)])]
                + [SVGNode("rect", [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")])] + children)
    }

    /// The picture as a file's text.
    static func document(_ svg: SVGNode) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.xml + "\n"
    }

    /// One line of text; each line is its own `<text>` element, so a
    /// right-to-left override in one cannot turn the next around.
    static func line(
        _ text: String, x: Double, y: Double, size: Double, color: String = ink, weight: String? = nil,
        anchor: String? = nil
    ) -> SVGNode {
        var attributes = [
            ("x", SVGNode.number(x)), ("y", SVGNode.number(y)), ("font-size", SVGNode.number(size)), ("fill", color),
        ]
        if let weight { attributes.append(("font-weight", weight)) }
        if let anchor { attributes.append(("text-anchor", anchor)) }
        return SVGNode("text", attributes, [.text(text)])
    }

    /// A text in each language, wrapped to `width`: the first language at
    /// `size`, the others a little smaller and quieter beneath it.
    struct Lines {
        struct Line {
            var text: String
            var size: Double
            var color: String
            var weight: String?
        }

        var lines: [Line] = []

        init(
            _ texts: [String], width: Double, size: Double, maxLines: Int = .max, color: String = ink,
            weight: String? = nil
        ) {
            var seen: [String] = []
            for (index, text) in texts.enumerated() where !text.isEmpty && !seen.contains(text) {
                seen.append(text)
                let lineSize = index == 0 ? size : (size * 0.85).rounded()
                let columns = ChartText.columns(in: width, fontSize: lineSize)
                for wrapped in ChartText.wrap(
                    text, columns: columns, maxLines: index == 0 ? maxLines : min(maxLines, 3))
                {
                    lines.append(
                        Line(
                            text: wrapped, size: lineSize, color: index == 0 ? color : quiet,
                            weight: index == 0 ? weight : nil))
                }
            }
        }

        static func lineHeight(_ size: Double) -> Double { (size * 1.25).rounded() }

        var height: Double { lines.reduce(0) { $0 + Self.lineHeight($1.size) } }

        /// The lines from `top` down, each on its baseline.
        func nodes(x: Double, top: Double, anchor: String? = nil) -> [SVGNode] {
            var y = top
            return lines.map { line in
                let height = Self.lineHeight(line.size)
                y += height
                return ChartFrame.line(
                    line.text, x: x, y: y - (height - line.size) / 2 - line.size * 0.15, size: line.size,
                    color: line.color, weight: line.weight, anchor: anchor)
            }
        }
    }
}
