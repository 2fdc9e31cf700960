/// Lays out text for a terminal on a projector: wrapped paragraphs and
/// numbered choices in columns.
enum TextLayout {
    static let width = 78

    static func wrap(_ text: String, indent: String = "") -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = indent
            for word in paragraph.split(separator: " ") {
                if line.count > indent.count && line.count + 1 + word.count > width {
                    lines.append(line)
                    line = indent
                }
                line += (line.count > indent.count ? " " : "") + word
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// "  1. Smart cities      2. Low carbon ..." in as many columns as fit.
    static func numbered(_ labels: [String], indent: String = "  ", width: Int = width) -> String {
        let cells = labels.enumerated().map { "\(String($0.offset + 1).leftPadded(to: 2)). \($0.element)" }
        let cellWidth = (cells.map(\.count).max() ?? 0) + 3
        let columns = max(1, min(3, (width - indent.count + 3) / max(cellWidth, 1)))
        let rows = (cells.count + columns - 1) / columns
        var lines: [String] = []
        for row in 0..<rows {
            var line = indent
            for column in 0..<columns {
                let index = column * rows + row
                guard index < cells.count else { continue }
                let isLast = column == columns - 1 || index + rows >= cells.count
                line += isLast ? cells[index] : cells[index].rightPadded(to: cellWidth)
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    func rightPadded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
