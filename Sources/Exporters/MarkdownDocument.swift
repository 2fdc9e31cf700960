/// Builds Markdown line by line. Everything passed as `text` or as a table
/// cell is escaped; only the structure (headings, tables, lists) is written
/// raw, so user text can never change it.
struct MarkdownDocument {
    private(set) var lines: [String] = []

    mutating func heading(_ level: Int, _ text: String) {
        blank()
        lines.append(String(repeating: "#", count: level) + " " + MarkdownText.escape(text))
        lines.append("")
    }

    mutating func paragraph(_ text: String) {
        blank()
        lines.append(MarkdownText.escape(text))
        lines.append("")
    }

    /// A paragraph whose parts are already Markdown (e.g. bold labels around escaped text).
    mutating func raw(_ markdown: String) {
        lines.append(markdown)
    }

    mutating func bullet(_ text: String) {
        lines.append("- " + MarkdownText.escape(text))
    }

    /// A bullet with a bold label before escaped text.
    mutating func bullet(label: String, _ text: String) {
        lines.append("- **\(MarkdownText.escape(label))**: " + MarkdownText.escape(text))
    }

    /// A table; an empty cell is written as a dash so every row has content.
    mutating func table(_ header: [String], _ rows: [[String]]) {
        blank()
        lines.append("| " + header.map(MarkdownText.escape).joined(separator: " | ") + " |")
        lines.append("|" + header.map { _ in " --- |" }.joined())
        for cells in rows { row(cells) }
        lines.append("")
    }

    /// One table row of escaped cells.
    mutating func row(_ cells: [String]) {
        lines.append("| " + cells.map { $0.isEmpty ? "–" : MarkdownText.escape($0) }.joined(separator: " | ") + " |")
    }

    mutating func blank() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    var text: String {
        var all = lines
        while all.last == "" { all.removeLast() }
        return all.joined(separator: "\n") + "\n"
    }
}
