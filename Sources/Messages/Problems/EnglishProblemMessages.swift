import PlanModel

/// `ProblemMessages` in English.
struct EnglishProblemMessages: ProblemMessages {
    func answer(_ problem: AnswerProblem) -> String {
        switch problem {
        case .required:
            return "This question needs an answer: the plan builds on it. Type :help to see why it matters."
        case .tooLong(let length, let limit):
            return "That answer is \(length) characters long; the most one answer can hold is \(limit). "
                + "Please shorten it, or split it into several entries."
        case .notAChoice(let input, let count, let suggestions):
            let hint = suggestions.isEmpty ? "" : " Did you mean \(Self.orList(suggestions))?"
            return "\"\(MessageText.shortened(input))\" is not one of the choices.\(hint) "
                + "Type a number from 1 to \(count), the name of a choice or its first letters, or Tab to see the names."
        case .ambiguousChoice(let input, let candidates):
            return "\"\(MessageText.shortened(input))\" could be \(Self.orList(candidates)). "
                + "Type a few more letters, or the number."
        case .repeatedChoice(let label):
            return "\"\(label)\" is listed twice; give each choice once."
        case .notYesNo(let input):
            return "\"\(MessageText.shortened(input))\" is not yes or no. Type yes or no (y or n also work)."
        case .notANumber(let input):
            return "\"\(MessageText.shortened(input))\" is not a number. Type digits only, for example 3 or 2.5."
        case .notAYear(let input):
            return "\"\(MessageText.shortened(input))\" is not a year. Type four digits, for example 2004."
        case .notADate(let input):
            return "\"\(MessageText.shortened(input))\" is not a date. Type year-month-day, for example 2019-11-07."
        case .outOfRange(let minimum, let maximum):
            switch (minimum, maximum) {
            case (let low?, let high?):
                return "Please give a value from \(MessageText.number(low)) to \(MessageText.number(high))."
            case (let low?, nil): return "Please give a value of at least \(MessageText.number(low))."
            case (nil, let high?): return "Please give a value of at most \(MessageText.number(high))."
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

    /// "a, b or c".
    static func orList(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + last
    }
}
