import PlanModel

/// What `:help` shows: the question's help text, the report section behind
/// it, every name it accepts, and the commands.
struct QuestionHelp {
    let context: FlowContext

    func show(for question: Question) {
        let terminal = context.terminal
        let words = context.words
        let matcher = context.parser.matcher
        terminal.say("")
        terminal.say(TextLayout.wrap(context.text(question.help), indent: "  ", width: min(terminal.width, 100)))
        context.tell(words.guideline(source: question.source), indent: "  ")
        if let choices = question.choices {
            context.tell(words.choicesHeading, indent: "  ")
            context.list(matcher(choices).labels, indent: "    ")
        }
        if let areas = question.areas, question.kind == .swoc {
            context.tell(words.areasInHelp, indent: "  ")
            context.list(matcher(areas).labels, indent: "    ")
        }
        if let obstacles = question.obstacles, question.kind == .swoc {
            context.tell(words.obstaclesInHelp, indent: "  ")
            context.list(matcher(obstacles).labels, indent: "    ")
        }
        terminal.say(words.commandSummary)
    }
}
