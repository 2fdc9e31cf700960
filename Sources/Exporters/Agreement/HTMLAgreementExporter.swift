import PlanModel
import Plot

/// A draft agreement as one self-contained HTML page (issue 16), with the
/// plan's page rules (`HTMLPlanExporter`): inline styles, nothing fetched,
/// every text escaped (`HTMLMarkup`) and each typed one in `<bdi>`. In two
/// languages the clauses stand side by side, one row of a two-column table
/// per clause, each cell with its `lang`; in one, one section per clause.
/// The banner at the top says it is a draft for discussion, not legal advice.
public struct HTMLAgreementExporter: Sendable {
    let wording: AgreementWording

    public init(draft: AgreementDraft, names: CatalogNames) {
        wording = AgreementWording(draft: draft, names: names)
    }

    var draft: AgreementDraft { wording.draft }
    typealias Content = HTMLMarkup.Content

    public func export() -> String {
        let first = draft.languages.first ?? "en"
        let title = wording.messages(first).draftLabel + " – " + (draft.titles[first] ?? []).plain
        let head = HTMLMarkup.element(
            "head", [],
            [
                HTMLMarkup.void("meta", [("charset", "utf-8")]),
                HTMLMarkup.void("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                HTMLMarkup.void(
                    "meta",
                    [("http-equiv", "Content-Security-Policy"), ("content", HTMLPlanExporter.contentSecurityPolicy)]
                ),
                HTMLMarkup.element("title", [], [HTMLMarkup.text(title)]),
                HTMLMarkup.element("style", [], [.raw(AgreementStylesheet.css)]),
            ])
        var main: [Content] = [header()]
        main += notes()
        main += draft.languages.count > 1 ? [sideBySide()] : sections(first)
        let body = HTMLMarkup.element("body", [], [banner(), HTMLMarkup.element("main", [], main)])
        let page = HTMLMarkup.element("html", [("lang", first)], [head, body])
        return "<!DOCTYPE html>\n" + page.render() + "\n"
    }

    /// A text of the program in a language, with its `lang` unless it is the page's.
    private func inLanguage(
        _ name: String, _ language: String, _ attributes: [(String, String)] = [], _ children: [Content]
    ) -> Content {
        let lang = language == draft.languages.first ? [] : [("lang", language)]
        return HTMLMarkup.element(name, attributes + lang, children)
    }

    private func banner() -> Content {
        var paragraphs: [Content] = []
        for language in draft.languages {
            paragraphs.append(
                inLanguage(
                    "p", language, [("class", "draft-label")], [HTMLMarkup.text(wording.messages(language).draftLabel)])
            )
            for notice in wording.notices(language) {
                paragraphs.append(inLanguage("p", language, [], [HTMLMarkup.text(notice)]))
            }
        }
        return HTMLMarkup.element("div", [("class", "draft"), ("role", "note")], paragraphs)
    }

    private func header() -> Content {
        var titles: [Content] = []
        for (index, language) in draft.languages.enumerated() {
            let pieces = Self.pieces(draft.titles[language] ?? [])
            titles.append(
                index == 0
                    ? HTMLMarkup.element("span", [], pieces) : inLanguage("span", language, [("class", "also")], pieces)
            )
        }
        return HTMLMarkup.element("header", [], [HTMLMarkup.element("h1", [], titles)])
    }

    private func notes() -> [Content] {
        guard !draft.notes.isEmpty else { return [] }
        var nodes: [Content] = []
        for language in draft.languages {
            nodes.append(inLanguage("h2", language, [], [HTMLMarkup.text(wording.messages(language).notesHeading)]))
            nodes.append(
                inLanguage(
                    "ul", language, [],
                    wording.notes(language).map { HTMLMarkup.element("li", [], [HTMLMarkup.text($0)]) }))
        }
        return [HTMLMarkup.element("section", [("class", "notes")], nodes)]
    }

    private func sideBySide() -> Content {
        let header = HTMLMarkup.element(
            "tr", [],
            draft.languages.map { language in
                HTMLMarkup.element(
                    "th", [("lang", language), ("scope", "col")],
                    [HTMLMarkup.text(wording.messages(language).ownLanguageName)])
            })
        let rows = draft.clauses.enumerated().map { offset, clause in
            HTMLMarkup.element(
                "tr", [("id", "clause-\(clause.id)")],
                draft.languages.map { language in
                    HTMLMarkup.element("td", [("lang", language)], clauseContent(clause, number: offset + 1, language))
                })
        }
        return HTMLMarkup.element(
            "table", [("class", "clauses")],
            [HTMLMarkup.element("thead", [], [header]), HTMLMarkup.element("tbody", [], rows)])
    }

    private func sections(_ language: String) -> [Content] {
        draft.clauses.enumerated().map { offset, clause in
            HTMLMarkup.element(
                "section", [("class", "clause"), ("id", "clause-\(clause.id)")],
                clauseContent(clause, number: offset + 1, language))
        }
    }

    private func clauseContent(_ clause: AgreementDraft.Clause, number: Int, _ language: String) -> [Content] {
        var text = Self.pieces(clause.texts[language] ?? [])
        if clause.lawyersDecide {
            text.append(
                HTMLMarkup.element(
                    "strong", [("class", "lawyers")], [HTMLMarkup.text(wording.messages(language).lawyersDecide)]))
        }
        return [
            HTMLMarkup.element("h3", [], [HTMLMarkup.text(wording.heading(clause, number: number, language))]),
            HTMLMarkup.element("p", [], text),
            HTMLMarkup.element(
                "p", [("class", "quiet")], [HTMLMarkup.text(wording.messages(language).source(clause.source))]),
        ]
    }

    /// Pieces as HTML: the clause's words escaped, typed texts in `<bdi>`, blanks marked.
    static func pieces(_ pieces: [AgreementPiece]) -> [Content] {
        pieces.map { piece in
            switch piece {
            case .text(let text): HTMLMarkup.text(text)
            case .typed(let text): HTMLMarkup.typed(text)
            case .blank(let words):
                HTMLMarkup.element("span", [("class", "blank")], [HTMLMarkup.text(AgreementPiece.blankText(words))])
            }
        }
    }
}
