import Foundation
import Messages
import PlanModel

/// Takes a city team through the questionnaire one question at a time,
/// saving after every answer. This is the loop: which question comes next,
/// and when the session is complete. Each way of asking is a prompt of its
/// own in `Prompts/`, and all terminal input and output goes through
/// `Terminal`, so the same flow runs with readline, with piped input and with
/// a scripted terminal in tests.
final class WizardFlow {
    private let context: FlowContext
    /// The step whose banner was shown last, to show each banner once per visit.
    private var shownStepID: String?
    /// After the end was reached once, "next" goes to the questions still open
    /// (those passed over with :goto) instead of walking answered ones again.
    private var fillingGaps = false
    /// Said when the flow turns back to questions passed over (a revival starts
    /// at the SWOC and comes back to the city profile this way).
    var passedOverNote = PassedOverNote.questionsPassedOver

    init(engine: WizardEngine, terminal: Terminal, saver: SessionSaver, now: @escaping () -> Date = Date.init) {
        context = FlowContext(engine: engine, terminal: terminal, saver: saver, now: now)
    }

    /// The session as answered so far.
    var engine: WizardEngine { context.engine }
    /// The wizard's own words, in the session's language.
    var messages: Messages { context.messages }
    /// Where the session is saved.
    var saver: SessionSaver { context.saver }
    /// The question whose answer was refused on the last line read, if it was;
    /// piped input that ends there exits non-zero (issue 13).
    var lastLineRefused: String? { context.lastLineRefused }

    /// Runs until every question is dealt with, or the person quits or interrupts.
    func run(from start: Question?) -> FlowOutcome {
        var current = start ?? engine.firstUnfinishedQuestion
        while true {
            guard let question = current else {
                if let open = engine.firstUnfinishedQuestion {
                    context.terminal.say("")
                    context.tell(passedOverNote.text(context.words))
                    fillingGaps = true
                    current = open
                    continue
                }
                if let missing = engine.missingRequiredQuestions.first {
                    context.terminal.say("")
                    context.tell(context.words.neededBeforeComplete)
                    fillingGaps = true
                    current = missing
                    continue
                }
                context.engine.complete(at: context.now())
                context.persist()
                return .completed
            }
            switch ask(question) {
            case .next:
                current = fillingGaps ? engine.firstUnfinishedQuestion : engine.question(after: question.id)
            case .back:
                if let previous = engine.question(before: question.id) {
                    fillingGaps = false
                    current = previous
                } else {
                    context.tell(context.words.firstQuestion)
                }
            case .jump(let target):
                fillingGaps = false
                current = target
            case .stop(let outcome):
                // Every answer was saved when it was given; nothing is pending here.
                return outcome
            }
        }
    }

    private func ask(_ question: Question) -> Navigation {
        QuestionHeader(context: context).show(for: question, shownStepID: &shownStepID)
        return question.kind.isRepeated
            ? EntryListPrompt(context: context, question: question).run()
            : SingleAnswerPrompt(context: context, question: question).run()
    }
}
