/// Why a typed answer was not accepted, as a typed value: the words, which say
/// what is accepted so the person at the keyboard knows what to type next, are
/// `ProblemMessages.answer` in each language the program speaks.
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
    /// "None of these" typed together with other kinds of obstacle (`label` as shown).
    case noneWithOtherObstacles(label: String)
    /// A validation rule broke and the questionnaire gives its own message.
    case custom(String)
}
