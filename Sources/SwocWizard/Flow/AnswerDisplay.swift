import Messages
import PlanModel

/// A stored answer as the flow shows it and puts it back on the line: the
/// `AnswerFormatter`'s text, with yes/no and the separator between choice
/// labels in the session's language ("是", "智慧城市、港口物流"). The parser
/// reads all of them back, so Enter on a shown answer keeps it.
struct AnswerDisplay {
    let formatter: AnswerFormatter
    let words: FlowMessages

    func display(_ value: AnswerValue, for question: Question) -> String {
        switch value {
        case .flag(let flag):
            return words.yesNo(flag)
        case .texts(let ids) where question.choices != nil:
            return labels(ids, in: question.choices)
        default:
            return formatter.display(value, for: question)
        }
    }

    func labels(_ ids: [String], in vocabulary: Vocabulary?) -> String {
        guard let vocabulary else { return ids.joined(separator: words.labelSeparator) }
        return ids.map { formatter.label($0, in: vocabulary) }.joined(separator: words.labelSeparator)
    }
}
