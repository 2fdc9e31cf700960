/// Shows a stored answer the way a person typed it: choice labels instead of
/// ids, yes/no instead of true/false. The same text is put back on the line
/// when a question is revisited, so it must parse back to the same answer.
public struct AnswerFormatter: Sendable {
    public let language: String
    public let fallbackLanguage: String

    public init(language: String, fallbackLanguage: String) {
        self.language = language
        self.fallbackLanguage = fallbackLanguage
    }

    public func display(_ value: AnswerValue, for question: Question) -> String {
        switch value {
        case .text(let text):
            return question.choices.map { label(text, in: $0) } ?? text
        case .texts(let items):
            let shown = question.choices.map { vocabulary in items.map { label($0, in: vocabulary) } } ?? items
            return shown.joined(separator: separator)
        case .flag(let flag):
            return isChinese ? (flag ? "是" : "否") : (flag ? "yes" : "no")
        case .number(let number):
            return Self.format(number)
        case .swocEntries(let entries):
            return entries.map(\.text).joined(separator: "; ")
        }
    }

    /// The label of a choice id, or the id itself if the vocabulary no longer has it.
    public func label(_ id: String, in vocabulary: Vocabulary) -> String {
        vocabulary.choice(id: id)?.label.text(in: language, fallback: fallbackLanguage) ?? id
    }

    public func labels(_ ids: [String], in vocabulary: Vocabulary?) -> String {
        guard let vocabulary else { return ids.joined(separator: separator) }
        return ids.map { label($0, in: vocabulary) }.joined(separator: separator)
    }

    /// Chinese is shown as a Chinese officer writes it: choices listed with "、"
    /// and 是/否 for yes and no; both parse back (`AnswerParser`).
    private var isChinese: Bool { ObstacleGuesser.primaryCode(language) == "zh" }

    private var separator: String { isChinese ? "、" : ", " }

    public static func format(_ number: Double) -> String {
        if let whole = Int(exactly: number) { return String(whole) }
        return String(number)
    }
}
