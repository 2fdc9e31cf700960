import PlanModel

/// What `:help` shows: the question's help text, the report section behind
/// it, every name it accepts (whole, one per line when they do not fit in
/// columns: here there is time to read them), and the commands. It is shown
/// a window-full at a time on a screen (issue 13).
struct QuestionHelp {
    let context: FlowContext

    func show(for question: Question) -> Pager.Outcome {
        let width = context.terminal.width
        let words = context.words
        let matcher = context.parser.matcher
        var parts = [""]
        func paragraph(_ text: String, indent: String = "  ") {
            parts.append(TextLayout.wrap(text, indent: indent, width: width))
        }
        func list(_ heading: String, _ labels: [String]) {
            paragraph(heading)
            parts.append(TextLayout.numbered(labels, indent: "    ", width: width))
        }
        parts.append(TextLayout.wrap(context.text(question.help), indent: "  ", width: min(width, 100)))
        paragraph(words.guideline(source: question.source))
        if let choices = question.choices {
            list(words.choicesHeading, matcher(choices).labels)
        }
        if let areas = question.areas, question.kind == .swoc {
            list(words.areasInHelp, matcher(areas).labels)
        }
        if let obstacles = question.obstacles, question.kind == .swoc {
            list(words.obstaclesInHelp, matcher(obstacles).labels)
        }
        // Two columns: a description too long for the window wraps under its own column.
        parts.append(TextLayout.fitted(words.commandSummary, width: width))
        return Pager(context: context).show(parts.joined(separator: "\n"))
    }
}
