/// How a question is answered: what is typed and what is stored.
public enum QuestionKind: String, Sendable, CaseIterable {
    case shortText = "short-text"
    case longText = "long-text"
    case singleChoice = "single-choice"
    case multipleChoice = "multiple-choice"
    case list
    case yesNo = "yes-no"
    case number
    case year
    case date
    case swoc

    /// Kinds answered with several entries, one per line, until an empty line.
    public var isRepeated: Bool {
        self == .list || self == .swoc
    }

    /// Kinds whose answers are picked from a vocabulary.
    public var usesChoices: Bool {
        self == .singleChoice || self == .multipleChoice
    }
}
