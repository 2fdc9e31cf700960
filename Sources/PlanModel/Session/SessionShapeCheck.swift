/// Checks that each stored answer has the shape its question's kind expects.
/// A hand-edited or damaged session file could otherwise put, say, a list
/// where a yes/no belongs, and the plan would silently lose or garble it.
public enum SessionShapeCheck {
    /// The first answer whose shape does not fit, as (field, what was expected).
    public static func firstMismatch(in session: Session, for questionnaire: Questionnaire) -> (
        field: String, expected: String
    )? {
        for question in questionnaire.questions {
            guard let value = session.answers[question.id], !fits(value, question.kind) else { continue }
            return ("answers.\(question.id)", "expected \(description(of: question.kind))")
        }
        return nil
    }

    static func fits(_ value: AnswerValue, _ kind: QuestionKind) -> Bool {
        switch (kind, value) {
        case (.shortText, .text), (.longText, .text), (.singleChoice, .text), (.date, .text): return true
        case (.multipleChoice, .texts), (.list, .texts): return true
        case (.yesNo, .flag): return true
        case (.number, .number), (.year, .number): return true
        case (.swoc, .swocEntries): return true
        default: return false
        }
    }

    private static func description(of kind: QuestionKind) -> String {
        switch kind {
        case .shortText, .longText, .date: "a text"
        case .singleChoice: "a choice id (a text)"
        case .multipleChoice: "a list of choice ids"
        case .list: "a list of texts"
        case .yesNo: "true or false"
        case .number, .year: "a number"
        case .swoc: "a list of entries with text, areas and actor"
        }
    }
}
