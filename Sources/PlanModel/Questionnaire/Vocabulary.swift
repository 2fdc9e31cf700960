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

    public init(id: String, label: LocalizedText, words: [String: [String]] = [:]) {
        self.id = id
        self.label = label
        self.words = words
    }
}
