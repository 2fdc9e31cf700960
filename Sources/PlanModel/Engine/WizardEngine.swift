import Foundation

/// The rules of moving through the questionnaire, with no terminal in sight:
/// which questions are asked given the answers so far, where to go next or
/// back, and recording answers. The interactive flow and the `--answers` import
/// both drive it, and tests drive it directly.
public struct WizardEngine: Sendable {
    public let questionnaire: Questionnaire
    public private(set) var session: Session

    public init(questionnaire: Questionnaire, session: Session) {
        self.questionnaire = questionnaire
        self.session = session
    }

    /// Whether a question is asked, given the answers so far. Only answers to
    /// questions that are asked count: after "no partner", the agreements
    /// ticked for a partner earlier stay in the session but no longer open the
    /// question of the year the MoU was signed.
    public func isAsked(_ question: Question) -> Bool {
        Self.isAsked(question, given: askedAnswers)
    }

    /// Whether a question is asked, given the answers of the questions asked.
    private static func isAsked(_ question: Question, given answers: [String: AnswerValue]) -> Bool {
        question.condition?.holds(in: answers) ?? true
    }

    /// The question as shown with the current answers: its prompt, help and
    /// choices picked by their conditions (a Chinese city is offered the
    /// Foreign Affairs Office's budget, a European one the council's). Every
    /// question the engine hands out is resolved, so the code that shows it
    /// needs nothing more.
    public func resolved(_ question: Question) -> Question {
        question.resolved(with: askedAnswers)
    }

    /// The questions asked with the current answers, in order.
    public var askedQuestions: [Question] {
        let answers = askedAnswers
        return questionnaire.questions.filter { Self.isAsked($0, given: answers) }.map { $0.resolved(with: answers) }
    }

    /// The answers to the questions that are asked. An answer left behind on a
    /// path the team later changed (a partner's name after "no partner") stays
    /// in the session but is not part of the plan, and neither is an answer
    /// that only such an answer opened. Conditions name earlier questions only
    /// (the loader checks it), so one pass in order decides every question.
    public var askedAnswers: [String: AnswerValue] {
        var answers: [String: AnswerValue] = [:]
        for item in questionnaire.questionConditions {
            guard let value = session.answers[item.id] else { continue }
            if item.condition?.holds(in: answers) ?? true { answers[item.id] = value }
        }
        return answers
    }

    /// The first asked question the team has not dealt with yet; nil when done.
    public var firstUnfinishedQuestion: Question? {
        let answers = askedAnswers
        return questionnaire.questions.first { Self.isAsked($0, given: answers) && !session.isFinished($0.id) }.map {
            $0.resolved(with: answers)
        }
    }

    /// The asked question after `id`, or nil at the end.
    public func question(after id: String) -> Question? {
        let questions = questionnaire.questions
        guard let index = questions.firstIndex(where: { $0.id == id }) else { return nil }
        let answers = askedAnswers
        return questions[(index + 1)...].first { Self.isAsked($0, given: answers) }.map { $0.resolved(with: answers) }
    }

    /// The asked question before `id`, or nil at the start.
    public func question(before id: String) -> Question? {
        let questions = questionnaire.questions
        guard let index = questions.firstIndex(where: { $0.id == id }) else { return nil }
        let answers = askedAnswers
        return questions[..<index].last { Self.isAsked($0, given: answers) }.map { $0.resolved(with: answers) }
    }

    /// The step a person means by `name`: its number, its id, or the start of its title.
    public func step(named name: String) -> Step? {
        let key = name.trimmingWhitespace().lowercased()
        guard !key.isEmpty else { return nil }
        if let number = Int(key) { return questionnaire.steps.first { $0.number == number } }
        if let step = questionnaire.steps.first(where: { $0.id == key }) { return step }
        let byTitle = questionnaire.steps.filter {
            $0.title.text(in: session.language, fallback: questionnaire.defaultLanguage).lowercased().hasPrefix(key)
        }
        return byTitle.count == 1 ? byTitle[0] : nil
    }

    /// The first asked question of a step.
    public func firstQuestion(of step: Step) -> Question? {
        let answers = askedAnswers
        return step.questions.first { Self.isAsked($0, given: answers) }.map { $0.resolved(with: answers) }
    }

    /// Where the question sits in its step. The count is fixed for the whole
    /// step, so it never jumps as the team answers: it holds the questions
    /// asked now and those that an answer in this same step may still open
    /// (the details of a project, counted before "is there a project?" is
    /// answered), and says it is an upper bound when some of those are not
    /// asked. Questions that only earlier steps open or close are counted as
    /// they stand.
    public func progress(of question: Question) -> QuestionProgress? {
        guard let step = questionnaire.step(containing: question.id) else { return nil }
        let answers = askedAnswers
        var counted: Set<String> = []
        var asked: [String] = []
        for item in step.questions {
            if Self.isAsked(item, given: answers) {
                asked.append(item.id)
                counted.insert(item.id)
            } else if item.condition?.referencedQuestions.contains(where: counted.contains) == true {
                counted.insert(item.id)
            }
        }
        let index = (asked.firstIndex(of: question.id) ?? 0) + 1
        return QuestionProgress(
            step: step, stepCount: questionnaire.guidelineStepCount, index: index, count: counted.count,
            mayAskFewer: counted.count > asked.count)
    }

    public func answer(for id: String) -> AnswerValue? {
        session.answers[id]
    }

    /// What to put on the line, ready to edit, when the question is shown:
    /// its answer if it has one, else what an earlier answer says of the same
    /// fact (`prefill-from:`), else the questionnaire's default. The answers
    /// file does not use it: a file says what it says.
    public func suggestedAnswer(for question: Question) -> AnswerValue? {
        session.answers[question.id] ?? prefilledAnswer(for: question) ?? question.defaultValue
    }

    /// The earlier answer `prefill-from:` carries into this question, if that
    /// question is asked and answered and something of its answer fits here.
    public func prefilledAnswer(for question: Question) -> AnswerValue? {
        guard let prefill = question.prefill, let source = questionnaire.question(id: prefill.question) else {
            return nil
        }
        let answers = askedAnswers
        guard let answer = answers[source.id] else { return nil }
        return prefill.value(of: answer, from: source, for: question.resolved(with: answers))
    }

    /// Records (or with nil, removes) an answer without finishing the question:
    /// list questions record after every entry so a crash loses at most one.
    public mutating func record(_ value: AnswerValue?, for id: String, at now: Date) {
        session.answers[id] = value
        session.updatedAt = now
    }

    /// Marks a question as dealt with, answered or skipped.
    public mutating func finish(_ id: String, at now: Date) {
        session.markFinished(id)
        session.updatedAt = now
    }

    /// Marks the whole questionnaire as gone through.
    public mutating func complete(at now: Date) {
        session.completedAt = now
        session.updatedAt = now
    }

    /// Required questions that are asked but have no answer, e.g. after `:goto`
    /// jumped past them.
    public var missingRequiredQuestions: [Question] {
        askedQuestions.filter { $0.required && session.answers[$0.id] == nil }
    }
}
