/// How a rule's condition compares a fact with what the rule file says.
public enum FactComparison: Sendable, Equatable {
    /// `{fact: lean}`: the fact is a yes.
    case isTrue
    case equals(String)
    case isOneOf([String])
    /// A list fact holds this id.
    case includes(String)
    /// A number, or a rung of the agreement ladder, at least this.
    case atLeast(String)
    /// A number, or a rung of the agreement ladder, below this.
    case below(String)

    func holds(for value: FactValue) -> Bool {
        switch (self, value) {
        case (_, .unknown): return false
        case (.isTrue, .flag(let flag)): return flag
        case (.isTrue, .texts(let items)): return !items.isEmpty
        case (.isTrue, .text(let text)): return !text.isEmpty
        case (.isTrue, .number(let number)): return number != 0
        case (.equals(let expected), _): return Self.text(of: value) == expected
        case (.isOneOf(let expected), _): return Self.text(of: value).map(expected.contains) ?? false
        case (.includes(let id), .texts(let items)): return items.contains(id)
        case (.includes(let id), .text(let text)): return text == id
        case (.atLeast(let bound), _): return Self.order(value, bound).map { $0 >= 0 } ?? false
        case (.below(let bound), _): return Self.order(value, bound).map { $0 < 0 } ?? false
        default: return false
        }
    }

    private static func text(of value: FactValue) -> String? {
        switch value {
        case .text(let text): return text
        case .number(let number): return String(number)
        case .flag(let flag): return flag ? "true" : "false"
        case .texts, .unknown: return nil
        }
    }

    /// Negative, zero or positive as `value` is below, at or above `bound`:
    /// numbers by value, rungs of the ladder by their order.
    private static func order(_ value: FactValue, _ bound: String) -> Int? {
        switch value {
        case .number(let number):
            return Int(bound).map { number < $0 ? -1 : (number == $0 ? 0 : 1) }
        case .text(let id):
            guard let rung = AgreementStage(id: id), let limit = AgreementStage(id: bound) else { return nil }
            return rung < limit ? -1 : (rung == limit ? 0 : 1)
        default:
            return nil
        }
    }
}
