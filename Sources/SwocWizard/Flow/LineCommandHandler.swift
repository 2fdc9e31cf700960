import PlanModel

/// Carries out the `:`-commands that mean the same at every prompt
/// (`:skip`, `:help`, `:review`, `:goto`, …). A list handles `:back`,
/// `:clear` and `:keep` itself first, as they act on its entries there.
struct LineCommandHandler {
    let context: FlowContext

    /// Where to go, or nil to ask the same question again.
    func handle(_ command: LineCommand, at question: Question) -> Navigation? {
        let engine = context.engine
        let words = context.words
        switch command {
        case .back:
            return .back
        case .skip:
            if question.required && engine.answer(for: question.id) == nil {
                context.tell(words.cannotSkip)
                return nil
            }
            context.tell(words.skipped(earlierAnswerKept: engine.answer(for: question.id) != nil))
            return context.finish(question)
        case .clear:
            if question.required {
                context.tell(words.cannotClear)
                return nil
            }
            context.engine.record(nil, for: question.id, at: context.now())
            context.terminal.say(words.answerRemoved)
            return context.finish(question)
        case .keep:
            // Only a list has earlier entries to keep; elsewhere Enter keeps the answer shown.
            context.tell(words.nothingLeftToKeep)
            return nil
        case .help:
            return askedAgain(question, after: QuestionHelp(context: context).show(for: question))
        case .review:
            // A window-full at a time, so the listing does not scroll away on a projector (issue 13).
            let listing = ReviewFormatter(
                engine: engine, formatter: context.formatter, words: words, width: context.terminal.width
            ).render()
            return askedAgain(question, after: Pager(context: context).show(listing))
        case .goto(let name):
            if let step = engine.step(named: name), engine.firstQuestion(of: step) == nil {
                context.tell(words.stepHasNoQuestions(number: step.number, title: context.text(step.title)))
                return nil
            }
            guard let step = engine.step(named: name), let target = engine.firstQuestion(of: step) else {
                let steps = engine.questionnaire.steps.map { (number: $0.number, title: context.text($0.title)) }
                context.tell(words.unknownStep(name, steps: steps))
                return nil
            }
            return .jump(to: target)
        case .save:
            if context.persist() {
                context.tell(words.savedTo(path: context.saver.path), keepingWhole: [context.saver.path])
            }
            return nil
        case .quit:
            return .stop(.paused)
        case .unknown(let typed):
            context.tell(words.unknownCommand(typed, commands: LineCommand.names))
            return nil
        }
    }

    /// After a listing the question is asked again; its prompt is shown once
    /// more, as the listing has pushed it far up (or off) the screen.
    private func askedAgain(_ question: Question, after outcome: Pager.Outcome) -> Navigation? {
        if let navigation = FlowContext.navigation(after: outcome) { return navigation }
        context.terminal.say("")
        context.tell(context.text(question.prompt) + (question.required ? context.words.requiredMark : ""))
        return nil
    }
}
