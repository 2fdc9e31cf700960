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
    var language: String { document.questionnaire.language }
}
