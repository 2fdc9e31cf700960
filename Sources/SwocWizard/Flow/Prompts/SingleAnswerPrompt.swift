import PlanModel

/// One answer on one line: a name, a year, a choice, yes or no. The earlier
/// answer (or the question's default) is put on the line, so Enter keeps it.
struct SingleAnswerPrompt {
    let context: FlowContext
    let question: Question

    func run() -> Navigation {
        let shown = context.shown
        // The earlier answer, else what an earlier answer already says (the
        // MoU year from the partner year), else the question's default.
        var prefill = context.engine.suggestedAnswer(for: question).map { shown.display($0, for: question) }
        let completions = tabCompletions()
        while true {
            switch context.terminal.readLine(prompt: "> ", prefill: prefill, completions: completions) {
            case .interrupted:
                return .stop(.interrupted)
            case .endOfInput:
                return .stop(.paused)
            case .line(let line):
                context.lastLineRefused = nil
                if let choices = question.choices, FlowContext.asksForChoices(line, after: prefill) {
                    // "?" lists the choices again (same numbers) and asks again with what was on the line.
                    context.list(context.parser.matcher(choices).labels)
                    continue
                }
                if let command = LineCommand(line, after: prefill) {
                    if let navigation = LineCommandHandler(context: context).handle(command, at: question) {
                        return navigation
                    }
                    continue
                }
                switch context.parser.parse(line, for: question) {
                case .failure(let problem):
                    context.refuse(problem, at: question)
                    // A long text goes back on the line to be corrected rather than retyped;
                    // a wrong number or choice is simply typed again.
                    let isText = question.kind == .shortText || question.kind == .longText
                    prefill = isText && line.count <= AnswerParser.maximumLength ? InputSanitizer.clean(line) : nil
                case .success(let value):
                    context.engine.record(value, for: question.id, at: context.now())
                    // If no place to save can be found, stop rather than ask more.
                    return context.finish(question)
                }
            }
        }
    }

    /// What Tab offers: choice names, yes/no, and the commands.
    private func tabCompletions() -> [String] {
        var names = question.choices.map { context.parser.matcher($0).labels } ?? []
        if question.kind == .yesNo { names += context.words.yesNoNames }
        return names + LineCommand.names
    }
}
