import Foundation
import PlanModel

/// Lays out text for a terminal on a projector: wrapped paragraphs and
/// numbered choices in columns. Everything is measured in terminal columns
/// (`displayWidth`), so Chinese text, whose characters take two columns each,
/// stays inside the window like English.
enum TextLayout {
    static let width = 78

    /// Wraps at word boundaries, and between Chinese characters, which have no
    /// spaces between them; continuation lines get `hangingIndent`. A word
    /// longer than the line is never cut: it gets a line of its own. Text in
    /// `keepingWhole` (a path or a command with spaces, to be copied) is
    /// treated as one word.
    static func wrap(
        _ text: String, indent: String = "", hangingIndent: String? = nil, width: Int = width,
        keepingWhole: [String] = []
    ) -> String {
        let protected = keepingWhole.filter { $0.contains(" ") && text.contains($0) }
        guard protected.isEmpty else {
            // The spaces inside are swapped for a stand-in no line breaks at, then put back.
            var glued = text
            for whole in protected {
                glued = glued.replacingOccurrences(
                    of: whole, with: whole.replacingOccurrences(of: " ", with: gluedSpace))
            }
            return wrap(glued, indent: indent, hangingIndent: hangingIndent, width: width)
                .replacingOccurrences(of: gluedSpace, with: " ")
        }
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

    /// A private-use character standing for a space that must not break a line.
    private static let gluedSpace = "\u{E000}"

    /// A line kept exactly as it is (with its runs of spaces, which line up
    /// columns) when it fits the width, and wrapped only when it does not.
    static func fit(_ line: String, hangingIndent: String = "  ", width: Int = width) -> String {
        line.displayWidth <= width ? line : wrap(line, hangingIndent: hangingIndent, width: width)
    }

    /// Every line of `text` fitted to `width`, as `Terminal.say` shows it. A
    /// line that fits is kept as it is. A longer one is wrapped between words,
    /// its continuation lines indented as its layout asks: under the
    /// description of a two-column line ("  :goto STEP    jump to a step…"),
    /// under the text of a bullet ("- ") or a number ("12. "), or as far as
    /// the line itself is indented.
    static func fitted(_ text: String, width: Int, keepingWhole: [String] = []) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let line = String(line)
            guard line.displayWidth > width else { return line }
            let lead = leadingColumn(of: line, width: width)
            return wrap(
                String(line.dropFirst(lead.count)), indent: lead,
                hangingIndent: String(repeating: " ", count: lead.displayWidth), width: width,
                keepingWhole: keepingWhole)
        }.joined(separator: "\n")
    }

    /// What stays in front of a wrapped line's text, as it is: the indent,
    /// and a bullet, a number or the first column of a two-column line (a
    /// term and its description, separated by two spaces or more, the
    /// description starting in the left half of the window).
    private static func leadingColumn(of line: String, width: Int) -> String {
        let indent = line.prefix { $0 == " " }
        let rest = line.dropFirst(indent.count)
        for bullet in ["- ", "− ", "! ", "• ", "* "] where rest.hasPrefix(bullet) {
            return String(indent) + bullet
        }
        if let number = rest.firstMatch(of: /^\d{1,3}\. +/) {
            return String(indent) + String(number.output)
        }
        if let term = rest.firstMatch(of: /^\S+( \S+)*  +(?=\S)/) {
            let lead = String(indent) + String(term.output.0)
            if lead.displayWidth <= width / 2 { return lead }
        }
        return String(indent)
    }

    /// "  1. Smart cities      2. Low carbon ..." in as many columns (up to
    /// three) as fit the width, numbered down each column. In one column a
    /// label too long for the width is wrapped under its own text.
    ///
    /// When no layout of whole labels fits in columns and the one column
    /// would take more than `maxRows` lines (22 cooperation areas on an 80×24
    /// projector would push the question off the screen, issue 13), the
    /// labels are laid out in two or three columns and those too long for
    /// their column are shortened with "…". The numbers, which are what
    /// people type, are the same in every layout.
    static func numbered(_ labels: [String], indent: String = "  ", width: Int = width, maxRows: Int? = nil) -> String {
        let numberWidth = max(2, String(labels.count).count)
        let numbers = labels.indices.map { "\(String($0 + 1).leftPadded(to: numberWidth)). " }
        let cells = zip(numbers, labels).map { $0 + $1 }
        for columns in stride(from: min(3, cells.count), through: 2, by: -1) {
            let candidate = split(cells, into: columns)
            let total =
                indent.displayWidth + candidate.map { $0.map(\.displayWidth).max() ?? 0 }.reduce(0, +) + columnGap
                * (candidate.count - 1)
            if total <= width { return render(candidate, indent: indent) }
        }
        let single = oneColumn(cells, indent: indent, width: width)
        guard let maxRows, single.split(separator: "\n").count > maxRows, cells.count > 1 else { return single }
        let labelSpace = { (columns: Int) in
            (width - indent.displayWidth - columnGap * (columns - 1)) / columns - (numberWidth + 2)
        }
        // The fewest columns that fit the rows; three at most, and never so
        // many that a label keeps fewer than `shortestLabel` columns.
        let usable = (2...min(3, cells.count)).filter { labelSpace($0) >= shortestLabel }
        guard
            let columns = usable.first(where: { (cells.count + $0 - 1) / $0 <= maxRows }) ?? usable.last
        else { return single }
        let shortenedCells = zip(numbers, labels).map { $0 + shortened($1, toWidth: labelSpace(columns)) }
        return render(split(shortenedCells, into: columns), indent: indent)
    }

    /// Columns between two columns of choices.
    private static let columnGap = 3
    /// The fewest columns a shortened label may keep and still be recognised.
    private static let shortestLabel = 10

    /// Cells cut into `columns` columns of equal height, read down each column.
    private static func split(_ cells: [String], into columns: Int) -> [[String]] {
        let rows = (cells.count + columns - 1) / columns
        return stride(from: 0, to: cells.count, by: rows).map { Array(cells[$0..<min($0 + rows, cells.count)]) }
    }

    private static func render(_ layout: [[String]], indent: String) -> String {
        let widths = layout.map { $0.map(\.displayWidth).max() ?? 0 }
        return (0..<(layout.first?.count ?? 0)).map { row in
            var line = indent
            for (column, cellsInColumn) in layout.enumerated() where row < cellsInColumn.count {
                let isLast = column == layout.count - 1 || row >= layout[column + 1].count
                line += isLast ? cellsInColumn[row] : cellsInColumn[row].rightPadded(to: widths[column] + columnGap)
            }
            return line
        }.joined(separator: "\n")
    }

    private static func oneColumn(_ cells: [String], indent: String, width: Int) -> String {
        cells.map { cell in
            guard indent.displayWidth + cell.displayWidth > width else { return indent + cell }
            // The number's padding stays in front; the text continues under the text.
            let pad = String(cell.prefix { $0 == " " })
            let number = cell.dropFirst(pad.count).prefix { $0 != " " }
            return wrap(
                String(cell.dropFirst(pad.count)), indent: indent + pad,
                hangingIndent: indent + String(repeating: " ", count: pad.count + number.count + 1), width: width)
        }.joined(separator: "\n")
    }

    /// `text` cut to `limit` terminal columns with "…" when it is longer,
    /// at a space if one comes late enough, else between characters (Chinese
    /// has no spaces); never in the middle of a character's two columns.
    static func shortened(_ text: String, toWidth limit: Int) -> String {
        guard text.displayWidth > limit else { return text }
        guard limit > 1 else { return "…" }
        var kept = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.of(character)
            if used + columns > limit - 1 { break }
            kept.append(character)
            used += columns
        }
        if let space = kept.lastIndex(of: " "), kept[..<space].displayWidth >= limit * 3 / 5 {
            kept = String(kept[..<space])
        }
        // "Government…" rather than "Government (…", "经费…" rather than "经费、…".
        while let last = kept.last,
            last == " " || LineBreakPieces.neverEndsALine.contains(last) || "、，,;；:：".contains(last)
        {
            kept.removeLast()
        }
        return kept + "…"
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
