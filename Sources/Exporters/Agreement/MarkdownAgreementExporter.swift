import Foundation
import PlanModel

/// A draft agreement in Markdown (issue 16): the notices, then clause by
/// clause, each in every language of the draft one after the other, the
/// first leading, then the report section it follows. A blank is bold,
/// `[**____ signatory's title**]`, so it is seen on GitHub and in Word; what
/// a team typed is escaped (`MarkdownText`) so it shows as typed.
///
/// With `Flavour.word` the languages stand side by side instead, in a
/// two-column table that pandoc turns into a Word table (`WordAgreementExporter`).
public struct MarkdownAgreementExporter: Sendable {
    public enum Flavour: Sendable {
        case markdown
        case word
    }

    let wording: AgreementWording
    let flavour: Flavour

    public init(draft: AgreementDraft, names: CatalogNames, flavour: Flavour = .markdown) {
        wording = AgreementWording(draft: draft, names: names)
        self.flavour = flavour
    }

    var draft: AgreementDraft { wording.draft }

    public func export() -> String {
        var lines: [String] = []
        let languages = draft.languages
        for (index, language) in languages.enumerated() {
            let title = Self.inline(draft.titles[language] ?? [])
            lines.append(index == 0 ? "# \(title)" : "**\(title)**")
            lines.append("")
        }
        for language in languages {
            let words = wording.messages(language)
            let notices = wording.notices(language).map(MarkdownText.escape)
            lines.append(
                "> **\(MarkdownText.escape(words.draftLabel))** – "
                    + notices.joined(separator: language == "zh" ? "" : " "))
            lines.append("")
        }
        if !draft.notes.isEmpty {
            lines.append(
                "## "
                    + languages.map { MarkdownText.escape(wording.messages($0).notesHeading) }.joined(separator: " / "))
            lines.append("")
            for language in languages {
                for note in wording.notes(language) { lines.append("- " + MarkdownText.escape(note)) }
            }
            lines.append("")
        }
        if flavour == .word && languages.count > 1 {
            lines += sideBySide()
        } else {
            lines += oneAfterTheOther()
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func oneAfterTheOther() -> [String] {
        var lines: [String] = []
        for (offset, clause) in draft.clauses.enumerated() {
            for language in draft.languages {
                lines.append("## " + MarkdownText.escape(wording.heading(clause, number: offset + 1, language)))
                lines.append("")
                lines.append(cell(clause, language))
                lines.append("")
            }
            let sources = draft.languages.map { wording.messages($0).source(clause.source) }
            lines.append(
                "*"
                    + MarkdownText.escape(
                        Array(Set(sources)).count == 1 ? sources[0] : sources.joined(separator: " · ")) + "*")
            lines.append("")
        }
        return lines
    }

    /// One row per clause, one column per language.
    private func sideBySide() -> [String] {
        let header = draft.languages.map { MarkdownText.escape(wording.messages($0).ownLanguageName) }
        var lines = ["| " + header.joined(separator: " | ") + " |", "|" + header.map { _ in "---|" }.joined()]
        for (offset, clause) in draft.clauses.enumerated() {
            let cells = draft.languages.map { language in
                "**" + MarkdownText.escape(wording.heading(clause, number: offset + 1, language)) + "** "
                    + cell(clause, language) + " *"
                    + MarkdownText.escape(wording.messages(language).source(clause.source)) + "*"
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        return lines
    }

    /// A clause's text in one language, with the lawyers' mark on a contract point.
    private func cell(_ clause: AgreementDraft.Clause, _ language: String) -> String {
        var text = Self.inline(clause.texts[language] ?? [])
        if clause.lawyersDecide {
            let mark = wording.messages(language).lawyersDecide
            text += language == "zh" ? "**（\(mark)）**" : " **" + MarkdownText.escape("(\(mark))") + "**"
        }
        return text
    }

    /// Pieces as one line of Markdown: blanks bold, typed texts isolated and escaped.
    static func inline(_ pieces: [AgreementPiece]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): Self.escapeKeepingSpace(Self.oneLine(text))
            case .typed(let text): Self.escapeKeepingSpace(Self.oneLine(text).bidiIsolated)
            // Bold inside the brackets: "**" after "]" and before a Chinese
            // character would not close the bold (CommonMark's flanking rules).
            case .blank(let words): "\\[**" + MarkdownText.escape("____ " + words) + "**\\]"
            }
        }.joined()
    }

    /// `MarkdownText.escape` tidies the spaces at a text's ends, which between
    /// a clause's words and a detail are the sentence's own: kept.
    static func escapeKeepingSpace(_ text: String) -> String {
        let leading = text.prefix { $0 == " " }
        let trailing = text.count == leading.count ? "" : String(text.reversed().prefix { $0 == " " })
        let core = text.trimmingCharacters(in: .init(charactersIn: " "))
        return leading + (core.isEmpty ? "" : MarkdownText.escape(core)) + trailing
    }

    /// A typed text's line breaks would end a table row or a paragraph: spaces instead.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.isWhitespace ? " " : $0 }))
    }
}
