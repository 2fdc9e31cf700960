/// Decides from earlier answers whether a question is asked, so a city without a
/// partner is not asked about its partner's stage.
public indirect enum Condition: Sendable, Equatable {
    case equals(question: String, value: AnswerValue)
    case isOneOf(question: String, values: [AnswerValue])
    case includes(question: String, value: String)
    case answered(question: String, expected: Bool)
    case all([Condition])
    case any([Condition])
    case not(Condition)

    /// Whether the condition holds on these answers.
    public func holds(in answers: [String: AnswerValue]) -> Bool {
        switch self {
        case .equals(let id, let value):
            return answers[id] == value
        case .isOneOf(let id, let values):
            guard let answer = answers[id] else { return false }
            return values.contains(answer)
        case .includes(let id, let value):
            switch answers[id] {
            case .texts(let items): return items.contains(value)
            case .text(let text): return text == value
            default: return false
            }
        case .answered(let id, let expected):
            return (answers[id] != nil) == expected
        case .all(let conditions):
            return conditions.allSatisfy { $0.holds(in: answers) }
        case .any(let conditions):
            return conditions.contains { $0.holds(in: answers) }
        case .not(let condition):
            return !condition.holds(in: answers)
        }
    }

    /// The question ids this condition reads, for checking the questionnaire.
    public var referencedQuestions: [String] {
        switch self {
        case .equals(let id, _), .isOneOf(let id, _), .includes(let id, _), .answered(let id, _):
            return [id]
        case .all(let conditions), .any(let conditions):
            return conditions.flatMap(\.referencedQuestions)
        case .not(let condition):
            return condition.referencedQuestions
        }
    }
}
