import Foundation
import PlanModel

/// Builds Markdown line by line. Everything passed as text, a `Said` or a
/// `Phrase` is escaped; only the structure (headings, tables, lists, the
/// emphasis that sets a second language apart) is written raw, so user text
/// can never change it.
///
/// Words in several languages are laid out so the first leads: headings,
/// labels and header cells join them with " · "; a paragraph or list item
/// gives the first language, then the others beneath it in italics; a table
/// cell gives them one after the other, the others in italics.
struct MarkdownDocument {
    private(set) var lines: [String] = []
    /// Between the languages of a heading, a label or a header cell.
    static let languageSeparator = " · "

    mutating func heading(_ level: Int, _ text: String) {
        heading(level, Said([text]))
    }

    mutating func heading(_ level: Int, _ said: Said) {
        blank()
        lines.append(String(repeating: "#", count: level) + " " + Self.inline(said))
        lines.append("")
    }

    mutating func paragraph(_ text: String) {
        paragraph(Said([text]))
    }

    mutating func paragraph(_ said: Said) {
        blank()
        lines += Self.block(said, indent: "")
        lines.append("")
    }

    /// A paragraph whose parts are already Markdown (e.g. bold labels around escaped text).
    mutating func raw(_ markdown: String) {
        lines.append(markdown)
    }

    /// The program's fixed words that open a list ("Before signing:"), as
    /// they are (they hold no Markdown): each language on its own line.
    mutating func intro(_ said: Said) {
        let shown = said.shown
        for (index, text) in shown.enumerated() {
            let line = index == 0 ? text : "*\(text)*"
            lines.append(line + (index < shown.count - 1 ? "\\" : ""))
        }
    }

    mutating func bullet(_ text: String) {
        bullet(Said([text]))
    }

    mutating func bullet(_ said: Said) {
        var item = Self.block(said, indent: "  ")
        item[0] = "- " + item[0]
        lines += item
    }

    /// A list item of the team's own words.
    mutating func bullet(_ phrase: Phrase) {
        lines.append("- " + Self.cell(phrase))
    }

    /// A bullet with a bold label before escaped text.
    mutating func bullet(label: String, _ text: String) {
        bullet(label: Said([label]), separator: ": ", .said(Said([text])))
    }

    /// A bullet with a bold label (in every language) before its text;
    /// `separator` is the first language's, as the label's text follows it.
    mutating func bullet(label: Said, separator: String, _ text: Phrase) {
        let start = "- **\(Self.inline(label))**\(separator)"
        if case .said(let said)? = text.parts.first, text.parts.count == 1 {
            var item = Self.block(said, indent: "  ")
            item[0] = start + item[0]
            lines += item
        } else {
            lines.append(start + Self.cell(text))
        }
    }

    /// A table; an empty cell is written as a dash so every row has content.
    mutating func table(_ header: [String], _ rows: [[String]]) {
        table(header.map { Said([$0]) }, rows.map { $0.map { Phrase.said(Said([$0])) } })
    }

    mutating func table(_ header: [Said], _ rows: [[Phrase]]) {
        markdownTable(header.map(Self.inline), rows.map { $0.map(Self.cell) })
    }

    /// A table of cells that are already Markdown (escaped text, or bold
    /// labels around it); an empty body cell is written as a dash. Cells are
    /// padded to their column's width in terminal columns (a Chinese
    /// character takes two), so the table stays aligned in a text editor.
    mutating func markdownTable(_ header: [String], _ rows: [[String]], emptyCell: String = "–") {
        blank()
        let body = rows.map { $0.map { $0.isEmpty ? emptyCell : $0 } }
        var widths = header.map { max(3, $0.displayWidth) }
        for cells in body {
            for (column, cell) in cells.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.displayWidth)
            }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                column < widths.count ? cell + String(repeating: " ", count: widths[column] - cell.displayWidth) : cell
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        lines.append(line(header))
        lines.append(line(widths.map { String(repeating: "-", count: $0) }))
        for cells in body { lines.append(line(cells)) }
        lines.append("")
    }

    /// A paragraph that opens with a bold label (in every language) before its text.
    mutating func labelled(_ label: Said, separator: String, _ said: Said) {
        blank()
        var lines = Self.block(said, indent: "")
        lines[0] = "**\(Self.inline(label))**\(separator)" + lines[0]
        self.lines += lines
        self.lines.append("")
    }

    /// A list item at `depth` (0 for the outer list) whose lines are already Markdown.
    mutating func item(_ markdown: [String], depth: Int = 0) {
        let indent = String(repeating: "  ", count: depth)
        for (index, line) in markdown.enumerated() {
            lines.append(indent + (index == 0 ? "- " : "  ") + line)
        }
    }

    mutating func blank() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    var text: String {
        var all = lines
        while all.last == "" { all.removeLast() }
        return all.joined(separator: "\n") + "\n"
    }

    // MARK: Words in several languages

    /// One line: the languages joined with " · ".
    static func inline(_ said: Said) -> String {
        said.shown.map(MarkdownText.escape).filter { !$0.isEmpty }.joined(separator: languageSeparator)
    }

    /// The program's own fixed words, which hold no Markdown, as they are
    /// (a colon at the end of "Before signing:" is not escaped).
    static func plain(_ said: Said) -> String {
        said.shown.joined(separator: languageSeparator)
    }

    /// A table cell or the rest of a line: the team's words once, the
    /// program's in each language, the others after the first in italics.
    static func cell(_ phrase: Phrase) -> String {
        phrase.parts.map { part in
            switch part {
            case .typed(let text): return escapeKeepingSpace(text)
            case .said(let said):
                let shown = said.shown
                guard let first = shown.first else { return "" }
                return escapeKeepingSpace(first)
                    + shown.dropFirst().map { quieter(MarkdownText.escape($0)) }.filter { !$0.isEmpty }
                    .map { languageSeparator + $0 }.joined()
            }
        }.joined().trimmingCharacters(in: .whitespaces)
    }

    /// Lines of a paragraph or list item: the first language, then each
    /// other beneath it (a hard line break, then italics).
    static func block(_ said: Said, indent: String) -> [String] {
        let shown = said.shown.map(MarkdownText.escape).filter { !$0.isEmpty }
        guard let first = shown.first else { return [""] }
        var lines = [first]
        for other in shown.dropFirst() {
            lines[lines.count - 1] += "\\"
            lines.append(indent + quieter(other))
        }
        return lines
    }

    /// Lines set quieter than the text around them (in italics), each
    /// language on its own line: the "why" and the sources under an activity.
    static func quiet(_ said: Said) -> [String] {
        let shown = said.shown.map(MarkdownText.escape).filter { !$0.isEmpty }
        guard !shown.isEmpty else { return [""] }
        return shown.enumerated().map { index, text in quieter(text) + (index < shown.count - 1 ? "\\" : "") }
    }

    /// Italics around escaped text; every `*` and `_` inside is escaped, and
    /// escaping trims spaces at both ends, so the emphasis always closes.
    static func quieter(_ markdown: String) -> String {
        markdown.isEmpty ? "" : "*\(markdown)*"
    }

    /// Escaped text that keeps one space at either end, for a part of a line
    /// between others (" → " between two entries).
    private static func escapeKeepingSpace(_ text: String) -> String {
        let escaped = MarkdownText.escape(text)
        guard !escaped.isEmpty else { return text.isEmpty ? "" : " " }
        let before = text.unicodeScalars.first?.properties.isWhitespace == true ? " " : ""
        let after = text.unicodeScalars.last?.properties.isWhitespace == true ? " " : ""
        return before + escaped + after
    }
}
