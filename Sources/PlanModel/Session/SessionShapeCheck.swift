/// Checks every stored answer, of the current round and of every earlier one
/// alike, against the questionnaire: that it has the shape its question's
/// kind expects, and holds only what could have been typed for it. A
/// hand-edited or damaged session file could otherwise put, say, a list where
/// a yes/no belongs, or an id no list has, and the plan would silently lose or
/// garble it; a damaged earlier round would make `diff` show everything as added.
public enum SessionShapeCheck {
    /// The first answer that cannot be used, and where it is in the file.
    public struct Problem: Sendable, Equatable {
        /// Where in the file, e.g. `previousRounds[0].answers.strengths[2].areas[0]`.
        public var field: String
        public var detail: String
        /// The answer has the wrong shape altogether (a list for a yes/no),
        /// rather than a value of the right shape that cannot be used.
        public var isWrongShape: Bool

        /// The error to report for the session file at `path`.
        public func error(path: String) -> SessionFileError {
            isWrongShape
                ? .wrongShape(path: path, field: field, detail: detail)
                : .invalidValue(path: path, field: field, detail: detail)
        }
    }

    /// The first answer that does not fit its question, in the current round
    /// and then in the earlier ones; nil when every answer fits.
    public static func firstProblem(in session: Session, for questionnaire: Questionnaire) -> Problem? {
        if let problem = firstProblem(in: session.answers, for: questionnaire, at: "") { return problem }
        for (index, round) in session.previousRounds.enumerated() {
            if let problem = firstProblem(in: round.answers, for: questionnaire, at: "previousRounds[\(index)].") {
                return problem
            }
        }
        return nil
    }

    private static func firstProblem(
        in answers: [String: AnswerValue], for questionnaire: Questionnaire, at prefix: String
    ) -> Problem? {
        for question in questionnaire.questions {
            guard let value = answers[question.id] else { continue }
            let field = "\(prefix)answers.\(question.id)"
            guard fits(value, question.kind) else {
                return Problem(field: field, detail: "expected \(description(of: question.kind))", isWrongShape: true)
            }
            if let (place, detail) = AnswerContentCheck(question).problem(value) {
                return Problem(field: field + place, detail: detail, isWrongShape: false)
            }
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
        case .swoc: "a list of entries with text, areas, actor and obstacles"
        }
    }
}
