import Messages
import PlanModel

/// The `:review` listing: every answer so far, step by step, as a team would
/// read it back on the projector before moving on. Lines are wrapped by
/// terminal columns, so Chinese answers stay inside the window too.
struct ReviewFormatter {
    let engine: WizardEngine
    let formatter: AnswerFormatter
    /// The flow's words in the session's language.
    let words: FlowMessages
    let width: Int

    func render() -> String {
        let language = engine.session.language
        let fallback = engine.questionnaire.defaultLanguage
        let shown = AnswerDisplay(formatter: formatter, words: words)
        var lines = ["", words.answersSoFar]
        var open = 0
        for step in engine.questionnaire.steps {
            let asked = step.questions.filter(engine.isAsked)
            let answered = asked.filter { engine.answer(for: $0.id) != nil }
            open += asked.count - answered.count
            guard !answered.isEmpty else { continue }
            lines.append(
                words.reviewStep(number: step.number, title: step.title.text(in: language, fallback: fallback)))
            for question in answered {
                let prompt = question.prompt.text(in: language, fallback: fallback)
                guard let value = engine.answer(for: question.id) else { continue }
                switch value {
                case .swocEntries(let entries):
                    lines.append("  " + words.reviewLine(prompt: prompt, answer: nil))
                    for entry in entries {
                        let areas = entry.areas.isEmpty ? nil : shown.labels(entry.areas, in: question.areas)
                        let actor = entry.actor.map { shown.labels([$0], in: question.actors) }
                        // The team's priorities are marked as the plan marks them.
                        let mark = entry.isPriority ? "★ " : ""
                        lines.append("    - \(mark)\(entry.text)" + words.entryDetails(areas: areas, actor: actor))
                    }
                case .texts(let items) where question.kind == .list:
                    lines.append("  " + words.reviewLine(prompt: prompt, answer: nil))
                    lines.append(contentsOf: items.map { "    - \($0)" })
                default:
                    lines.append(
                        "  " + words.reviewLine(prompt: prompt, answer: shown.display(value, for: question)))
                }
            }
        }
        if lines.count == 2 { lines.append("  " + words.nothingAnsweredYet) }
        if open > 0 { lines.append(words.notAnsweredYet(count: open)) }
        return lines.map { line in
            let indent = String(line.prefix { $0 == " " })
            // An entry continues under its text, an answer a little further in than its question.
            let hanging = indent + (line.dropFirst(indent.count).hasPrefix("- ") ? "  " : "    ")
            return TextLayout.wrap(
                String(line.dropFirst(indent.count)), indent: indent, hangingIndent: hanging, width: width)
        }.joined(separator: "\n")
    }
}
