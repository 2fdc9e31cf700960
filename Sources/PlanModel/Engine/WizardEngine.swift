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

    /// Whether a question is asked, given the answers so far.
    public func isAsked(_ question: Question) -> Bool {
        question.condition?.holds(in: session.answers) ?? true
    }

    /// The question as shown with the current answers: its prompt, help and
    /// choices picked by their conditions (a Chinese city is offered the
    /// Foreign Affairs Office's budget, a European one the council's). Every
    /// question the engine hands out is resolved, so the code that shows it
    /// needs nothing more.
    public func resolved(_ question: Question) -> Question {
        question.resolved(with: session.answers)
    }

    /// The questions asked with the current answers, in order.
    public var askedQuestions: [Question] {
        questionnaire.questions.filter(isAsked).map(resolved)
    }

    /// The answers to the questions that are asked. An answer left behind on a
    /// path the team later changed (a partner's name after "no partner") stays
    /// in the session but is not part of the plan.
    public var askedAnswers: [String: AnswerValue] {
        var answers: [String: AnswerValue] = [:]
        for item in questionnaire.questionConditions {
            guard let value = session.answers[item.id] else { continue }
            if item.condition?.holds(in: session.answers) ?? true { answers[item.id] = value }
        }
        return answers
    }

    /// The first asked question the team has not dealt with yet; nil when done.
    public var firstUnfinishedQuestion: Question? {
        questionnaire.questions.first { isAsked($0) && !session.isFinished($0.id) }.map(resolved)
    }

    /// The asked question after `id`, or nil at the end.
    public func question(after id: String) -> Question? {
        let questions = questionnaire.questions
        guard let index = questions.firstIndex(where: { $0.id == id }) else { return nil }
        return questions[(index + 1)...].first(where: isAsked).map(resolved)
    }

    /// The asked question before `id`, or nil at the start.
    public func question(before id: String) -> Question? {
        let questions = questionnaire.questions
        guard let index = questions.firstIndex(where: { $0.id == id }) else { return nil }
        return questions[..<index].last(where: isAsked).map(resolved)
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
        step.questions.first(where: isAsked).map(resolved)
    }

    public func progress(of question: Question) -> QuestionProgress? {
        guard let step = questionnaire.step(containing: question.id) else { return nil }
        let asked = step.questions.filter(isAsked)
        let index = (asked.firstIndex { $0.id == question.id } ?? 0) + 1
        return QuestionProgress(
            step: step, stepCount: questionnaire.guidelineStepCount, index: index, count: asked.count)
    }

    public func answer(for id: String) -> AnswerValue? {
        session.answers[id]
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
