extension Condition {
    /// The condition in the words of a questionnaire or answers file, e.g.
    /// `city-side is not european`, for messages to the people who write those
    /// files (they know the question ids).
    public var summary: String {
        switch self {
        case .equals(let id, let value): return "\(id) is \(Self.text(value))"
        case .isOneOf(let id, let values): return "\(id) is one of \(values.map(Self.text).joined(separator: ", "))"
        case .includes(let id, let value): return "\(id) includes \(value)"
        case .answered(let id, let expected): return expected ? "\(id) is answered" : "\(id) is not answered"
        case .all(let conditions): return conditions.map(\.part).joined(separator: " and ")
        case .any(let conditions): return conditions.map(\.part).joined(separator: " or ")
        case .not(.equals(let id, let value)): return "\(id) is not \(Self.text(value))"
        case .not(.answered(let id, let expected)): return Condition.answered(question: id, expected: !expected).summary
        case .not(let condition): return "not \(condition.part)"
        }
    }

    /// The summary, in brackets when it joins several conditions.
    private var part: String {
        switch self {
        case .all, .any: return "(\(summary))"
        default: return summary
        }
    }

    private static func text(_ value: AnswerValue) -> String {
        switch value {
        case .text(let text): return text
        case .flag(let flag): return flag ? "true" : "false"
        case .number(let number): return AnswerFormatter.format(number)
        case .texts(let items): return items.joined(separator: ", ")
        case .swocEntries: return "(entries)"
        }
    }
}
