import Messages
import PlanModel

/// The plan in one language: the document built with the session's language
/// set to it, the program's words in it and the names of the plan's parts.
/// A bilingual plan is two editions of the same session, merged.
public struct PlanEdition: Sendable {
    public var messages: Messages
    public var document: PlanDocument
    public var names: PlanNames

    public init(messages: Messages, document: PlanDocument, names: PlanNames = .builtIn) {
        self.messages = messages
        self.document = document
        self.names = names
    }

    /// The edition in the document's own language, with the program's words
    /// in it (English when the program does not speak it).
    public init(_ document: PlanDocument, names: PlanNames = .builtIn) {
        self.init(
            messages: Messages.in(document.questionnaire.language) ?? .english, document: document, names: names)
    }

    var plan: any PlanMessages { messages.plan }

    /// The notice at the top of a draft: the questions still open, and the
    /// year the plan assumes when its first year is not answered yet. Nil for
    /// a finished plan.
    var draftNotice: String? {
        guard let draft = document.draft else { return nil }
        let notice = plan.draftNotice(unanswered: draft.unansweredQuestions, stepReached: draft.stepReached)
        guard let year = draft.assumedStartYear else { return notice }
        return notice + names.sentenceGap + plan.assumedStartYear(year)
    }

    /// "Nottingham – Ningbo", the names as typed, each in its own bidirectional
    /// isolate when it needs one; "Our city" when the city is not named yet.
    /// The title of every format.
    var cities: String {
        let city = document.city.name?.bidiIsolated ?? plan.ourCity
        guard let partner = document.partner?.name?.bidiIsolated else { return city }
        return "\(city) – \(partner)"
    }
    var language: String { document.questionnaire.language }
}
