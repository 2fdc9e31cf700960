/// A shared list of choices (cooperation areas, helix actors, agreement types...)
/// that several questions refer to by name.
public struct Vocabulary: Sendable, Equatable {
    public var name: String
    public var label: LocalizedText
    public var source: String
    public var choices: [Choice]

    public init(name: String, label: LocalizedText, source: String, choices: [Choice]) {
        self.name = name
        self.label = label
        self.source = source
        self.choices = choices
    }

    /// Whether some choice is offered only under a condition.
    public var hasConditionalChoices: Bool {
        choices.contains { $0.condition != nil }
    }

    /// The choices offered given these answers, in order: those whose condition
    /// holds, and those in `kept` (already chosen, so a changed answer never
    /// hides what was stored). When no choice would be left the whole list is
    /// offered, so a question can always be answered.
    public func offered(in answers: [String: AnswerValue], keeping kept: Set<String> = []) -> Vocabulary {
        guard hasConditionalChoices else { return self }
        let offered = choices.filter { kept.contains($0.id) || ($0.condition?.holds(in: answers) ?? true) }
        guard !offered.isEmpty else { return self }
        var vocabulary = self
        vocabulary.choices = offered
        return vocabulary
    }

    /// The choice with this stored id, if any.
    public func choice(id: String) -> Choice? {
        choices.first { $0.id == id }
    }
}

/// One entry of a vocabulary: a stable id for files and a label for people.
public struct Choice: Sendable, Equatable {
    public var id: String
    public var label: LocalizedText
    /// Words or short phrases, per language code, that suggest this choice
    /// for a text (the obstacle kinds use them to guess a SWOC entry's tags).
    /// Empty for most vocabularies.
    public var words: [String: [String]]
    /// Offered only when this holds on the earlier answers (`when:`), so that
    /// a European city is not offered a Foreign Affairs Office budget; nil
    /// for a choice offered always.
    public var condition: Condition?

    public init(id: String, label: LocalizedText, words: [String: [String]] = [:], condition: Condition? = nil) {
        self.id = id
        self.label = label
        self.words = words
        self.condition = condition
    }
}
