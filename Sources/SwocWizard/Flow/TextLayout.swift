import PlanModel

/// Lays out text for a terminal on a projector: wrapped paragraphs and
/// numbered choices in columns. Everything is measured in terminal columns
/// (`displayWidth`), so Chinese text, whose characters take two columns each,
/// stays inside the window like English.
enum TextLayout {
    static let width = 78

    /// Wraps at word boundaries, and between Chinese characters, which have no
    /// spaces between them; continuation lines get `hangingIndent`.
    static func wrap(_ text: String, indent: String = "", hangingIndent: String? = nil, width: Int = width) -> String {
        let continuation = hangingIndent ?? indent
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = indent
            var lineWidth = indent.displayWidth
            var leadWidth = lineWidth
            for piece in LineBreakPieces(paragraph) {
                let gap = piece.spaceBefore && lineWidth > leadWidth ? 1 : 0
                if lineWidth > leadWidth && lineWidth + gap + piece.width > width {
                    lines.append(line)
                    line = continuation
                    lineWidth = continuation.displayWidth
                    leadWidth = lineWidth
                    line += piece.text
                    lineWidth += piece.width
                    continue
                }
                line += (gap == 1 ? " " : "") + piece.text
                lineWidth += gap + piece.width
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// A line kept exactly as it is (with its runs of spaces, which line up
    /// columns) when it fits the width, and wrapped only when it does not.
    static func fit(_ line: String, hangingIndent: String = "  ", width: Int = width) -> String {
        line.displayWidth <= width ? line : wrap(line, hangingIndent: hangingIndent, width: width)
    }

    /// "  1. Smart cities      2. Low carbon ..." in as many columns (up to
    /// three) as fit the width, numbered down each column. In one column a
    /// label too long for the width is wrapped under its own text.
    static func numbered(_ labels: [String], indent: String = "  ", width: Int = width) -> String {
        let cells = labels.enumerated().map { "\(String($0.offset + 1).leftPadded(to: 2)). \($0.element)" }
        let gap = 3
        var layout = [cells]
        for columns in stride(from: min(3, cells.count), through: 2, by: -1) {
            let rows = (cells.count + columns - 1) / columns
            let candidate = stride(from: 0, to: cells.count, by: rows).map {
                Array(cells[$0..<min($0 + rows, cells.count)])
            }
            let total =
                indent.displayWidth + candidate.map { $0.map(\.displayWidth).max() ?? 0 }.reduce(0, +) + gap
                * (candidate.count - 1)
            if total <= width {
                layout = candidate
                break
            }
        }
        if layout.count == 1 {
            return cells.map { cell in
                guard indent.displayWidth + cell.displayWidth > width else { return indent + cell }
                // The number's padding stays in front; the text continues under the text.
                let pad = String(cell.prefix { $0 == " " })
                return wrap(
                    String(cell.dropFirst(pad.count)), indent: indent + pad, hangingIndent: indent + "    ",
                    width: width)
            }.joined(separator: "\n")
        }
        let widths = layout.map { $0.map(\.displayWidth).max() ?? 0 }
        return (0..<(layout.first?.count ?? 0)).map { row in
            var line = indent
            for (column, cellsInColumn) in layout.enumerated() where row < cellsInColumn.count {
                let isLast = column == layout.count - 1 || row >= layout[column + 1].count
                line += isLast ? cellsInColumn[row] : cellsInColumn[row].rightPadded(to: widths[column] + gap)
            }
            return line
        }.joined(separator: "\n")
    }
}

extension String {
    /// Padded on the left to `width` terminal columns.
    func leftPadded(to width: Int) -> String {
        let columns = displayWidth
        return columns >= width ? self : String(repeating: " ", count: width - columns) + self
    }

    /// Padded on the right to `width` terminal columns.
    func rightPadded(to width: Int) -> String {
        let columns = displayWidth
        return columns >= width ? self : self + String(repeating: " ", count: width - columns)
    }
}
