/// One of several texts for the same place (a question's prompt or help),
/// used when its condition holds on the earlier answers: a European city's
/// team reads about council funds, a Chinese city's about the Foreign Affairs
/// Office. The last alternative has no condition and is used otherwise.
public struct TextAlternative: Sendable, Equatable {
    public var condition: Condition?
    public var text: LocalizedText

    public init(condition: Condition?, text: LocalizedText) {
        self.condition = condition
        self.text = text
    }
}

extension Array where Element == TextAlternative {
    /// The first text whose condition holds, or the one without a condition.
    func pick(in answers: [String: AnswerValue]) -> LocalizedText? {
        first { $0.condition?.holds(in: answers) ?? true }?.text
    }

    /// The question ids the conditions read, for checking the questionnaire.
    var referencedQuestions: [String] {
        flatMap { $0.condition?.referencedQuestions ?? [] }
    }
}
