import Messages
import PlanModel

// The English words that `AnswerProblem` and `SessionFileError` used to
// carry, for the interactive flow until it takes its words from the
// session's `Messages` (helper C1 is moving it): delete this file once
// `WizardFlow` and `SessionSaver` call `messages.problems.answer` and
// `messages.problems.sessionFile`.

extension AnswerProblem {
    var message: String { Messages.english.problems.answer(self) }
}

extension SessionFileError {
    var message: String { Messages.english.problems.sessionFile(self) }
}
