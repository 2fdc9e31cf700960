import Messages
import PlanModel

/// The words every format of a draft agreement puts around its clauses, in
/// each of the draft's languages: the notices at the top, the notes for the
/// person drafting, the clause numbers and citations.
struct AgreementWording: Sendable {
    let draft: AgreementDraft
    /// The names of the agreements in each language (`rules/names.yaml`).
    let names: CatalogNames

    /// The program's words in a language of the draft (English when it does not speak it).
    func messages(_ language: String) -> any AgreementMessages {
        (Messages.in(language) ?? .english).agreement
    }

    /// The notices in one language: the draft and its sources, the blanks, and the checklist's.
    func notices(_ language: String) -> [String] {
        let words = messages(language)
        var notices = [words.draftNotice(sources: draft.sources), words.blanksNotice]
        if draft.type.isChecklist { notices.append(words.checklistNotice) }
        return notices
    }

    /// Each note in one language.
    func notes(_ language: String) -> [String] {
        let words = messages(language)
        return draft.notes.map { note in
            switch note {
            case .sameSide(let side): words.sameSide(side)
            case .partnerIsAnotherCity(let named, let session):
                words.partnerIsAnotherCity(named: named, session: session)
            case .notTheNextRung(let suggested):
                words.notTheNextRung(
                    drafted: names.name(of: draft.type.stage, in: language),
                    suggested: suggested.map { names.name(of: $0.stage, in: language) })
            case .noPartner: words.noPartner
            }
        }
    }

    /// "Article 3 – Duration and review"; a checklist point starts with a box.
    func heading(_ clause: AgreementDraft.Clause, number: Int, _ language: String) -> String {
        let box = draft.type.isChecklist ? "☐ " : ""
        let separator = language == "zh" ? "　" : " – "
        return box + messages(language).clauseNumber(number) + separator + (clause.headings[language] ?? "")
    }
}
