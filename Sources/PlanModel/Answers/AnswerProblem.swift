/// Why a typed answer was not accepted. Each message says what is accepted, so
/// the person at the keyboard knows what to type next.
public enum AnswerProblem: Error, Sendable, Equatable {
    case required
    case tooLong(length: Int, limit: Int)
    case notAChoice(input: String, choiceCount: Int, suggestions: [String])
    case ambiguousChoice(input: String, candidates: [String])
    case repeatedChoice(label: String)
    case notYesNo(input: String)
    case notANumber(input: String)
    case notAYear(input: String)
    case notADate(input: String)
    case outOfRange(minimum: Double?, maximum: Double?)
    case tooShort(minimum: Int)
    case tooManyCharacters(maximum: Int)
    case patternMismatch
    /// A validation rule broke and the questionnaire gives its own message.
    case custom(String)

    public var message: String {
        switch self {
        case .required:
            return "This question needs an answer: the plan builds on it. Type :help to see why it matters."
        case .tooLong(let length, let limit):
            return "That answer is \(length) characters long; the most one answer can hold is \(limit). "
                + "Please shorten it, or split it into several entries."
        case .notAChoice(let input, let count, let suggestions):
            let hint = suggestions.isEmpty ? "" : " Did you mean \(Self.orList(suggestions))?"
            return "\"\(Self.shorten(input))\" is not one of the choices.\(hint) "
                + "Type a number from 1 to \(count), the name of a choice or its first letters, or Tab to see the names."
        case .ambiguousChoice(let input, let candidates):
            return
                "\"\(Self.shorten(input))\" could be \(Self.orList(candidates)). Type a few more letters, or the number."
        case .repeatedChoice(let label):
            return "\"\(label)\" is listed twice; give each choice once."
        case .notYesNo(let input):
            return "\"\(Self.shorten(input))\" is not yes or no. Type yes or no (y or n also work)."
        case .notANumber(let input):
            return "\"\(Self.shorten(input))\" is not a number. Type digits only, for example 3 or 2.5."
        case .notAYear(let input):
            return "\"\(Self.shorten(input))\" is not a year. Type four digits, for example 2004."
        case .notADate(let input):
            return "\"\(Self.shorten(input))\" is not a date. Type year-month-day, for example 2019-11-07."
        case .outOfRange(let minimum, let maximum):
            switch (minimum, maximum) {
            case (let low?, let high?): return "Please give a value from \(Self.format(low)) to \(Self.format(high))."
            case (let low?, nil): return "Please give a value of at least \(Self.format(low))."
            case (nil, let high?): return "Please give a value of at most \(Self.format(high))."
            case (nil, nil): return "That value is out of range."
            }
        case .tooShort(let minimum):
            return "Please write at least \(minimum) character\(minimum == 1 ? "" : "s")."
        case .tooManyCharacters(let maximum):
            return "Please keep this answer to \(maximum) characters or fewer."
        case .patternMismatch:
            return "That answer does not have the expected form. Type :help for an example."
        case .custom(let message):
            return message
        }
    }

    private static func orList(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + items.last!
    }

    /// Keeps a pasted page from filling the projector with its own echo.
    private static func shorten(_ input: String) -> String {
        input.count > 40 ? String(input.prefix(37)) + "..." : input
    }

    private static func format(_ value: Double) -> String {
        Int(exactly: value).map(String.init) ?? String(value)
    }
}
