import PlanModel

/// The words of a draft agreement around its clauses (issue 16): the notice
/// at the top, the notes for the person drafting, the numbering of the
/// clauses and the labels of the contract's checklist. The clauses
/// themselves are data (`rules/agreement-clauses.yaml`).
public protocol AgreementMessages: Sendable {
    /// The word on the banner: "Draft".
    var draftLabel: String { get }
    /// That it is a draft for discussion, not legal advice, and which report sections it follows.
    func draftNotice(sources: [String]) -> String
    /// What a blank `[____ …]` is and what to do with it.
    var blanksNotice: String { get }
    /// For a Project Contract: why the draft is a checklist, and what the mark means.
    var checklistNotice: String { get }
    /// The mark on a point only lawyers can settle.
    var lawyersDecide: String { get }
    /// The heading over the notes for the person drafting.
    var notesHeading: String { get }
    /// "Article 3", "第三条".
    func clauseNumber(_ number: Int) -> String
    /// A clause's citation: "Report §1.3.1", "报告 §1.3.1".
    func source(_ source: String) -> String
    /// The language's own name, for a column of the side-by-side text: "English", "中文".
    var ownLanguageName: String { get }

    // MARK: Notes

    /// Both sessions are of cities on one side.
    func sameSide(_ side: CitySide) -> String
    /// The partner's session is of another city than the one the city's session names.
    func partnerIsAnotherCity(named: String, session: String) -> String
    /// The draft is of another agreement than the ladder's next one (names already in this language).
    func notTheNextRung(drafted: String, suggested: String?) -> String
    /// No partner city is named.
    var noPartner: String { get }

    // MARK: Failures

    /// The rules folder names no clause file.
    func clausesMissing(directory: String) -> String
    /// A language the clause file is not written in.
    func clauseLanguageUnavailable(_ code: String, available: [String]) -> String
}
