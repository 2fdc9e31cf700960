import PlanModel

/// `AgreementMessages` in English.
struct EnglishAgreementMessages: AgreementMessages {
    let draftLabel = "Draft"
    func draftNotice(sources: [String]) -> String {
        "A draft for discussion between the two cities, not legal advice. It follows the URBAN-EU-CHINA city "
            + "partnership guidelines, report \(sources.joined(separator: "; "))."
    }
    let blanksNotice =
        "Every [____ …] is something the answers do not say: fill it in together before anyone signs."
    let checklistNotice =
        "A Project Contract is legally binding, so this is not a text to sign but a checklist of what it must "
        + "settle, filled with what the answers already say. Points marked “Lawyers decide” are for the lawyers "
        + "of both Parties."
    let lawyersDecide = "Lawyers decide"
    let notesHeading = "Before you send this draft"
    func clauseNumber(_ number: Int) -> String { "Article \(number)" }
    func source(_ source: String) -> String { "Report \(source)" }
    let ownLanguageName = "English"

    func sameSide(_ side: CitySide) -> String {
        let both = side == .chinese ? "two Chinese cities" : "two European cities"
        return "The two sessions are of \(both). These drafts are for a European and a Chinese city: check that "
            + "the right partner's session was given."
    }
    func partnerIsAnotherCity(named: String, session: String) -> String {
        "The city's session names \(named) as its partner, but the partner's session is of \(session). The "
            + "draft uses \(session); check that the right session was given."
    }
    func notTheNextRung(drafted: String, suggested: String?) -> String {
        guard let suggested else {
            return "This is a draft of a \(drafted); the answers show every rung of the agreement ladder reached."
        }
        return "This is a draft of a \(drafted); the agreement ladder suggests a \(suggested) next (report §1.3; §3)."
    }
    let noPartner = "No partner city is named yet, so the partner's side is left blank."

    func clausesMissing(directory: String) -> String {
        "The rules in \(directory) have no agreement clauses: its manifest.yaml names no `agreementClauses` file. "
            + "Copy rules/agreement-clauses.yaml into it and add `agreementClauses: agreement-clauses.yaml` to the "
            + "manifest, or leave out --rules."
    }
    func clauseLanguageUnavailable(_ code: String, available: [String]) -> String {
        "The agreement clauses are not written in \(code). Choose from: \(available.joined(separator: ", "))."
    }
}
