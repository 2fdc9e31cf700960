import PlanModel

/// The `:review` listing: every answer so far, step by step, as a team would
/// read it back on the projector before moving on.
struct ReviewFormatter {
    let engine: WizardEngine
    let formatter: AnswerFormatter
    let width: Int

    func render() -> String {
        let language = engine.session.language
        let fallback = engine.questionnaire.defaultLanguage
        var lines = ["", "Answers so far:"]
        var open = 0
        for step in engine.questionnaire.steps {
            let asked = step.questions.filter(engine.isAsked)
            let answered = asked.filter { engine.answer(for: $0.id) != nil }
            open += asked.count - answered.count
            guard !answered.isEmpty else { continue }
            let title = step.title.text(in: language, fallback: fallback)
            lines.append(step.number > 0 ? "Step \(step.number): \(title)" : title)
            for question in answered {
                let prompt = question.prompt.text(in: language, fallback: fallback)
                guard let value = engine.answer(for: question.id) else { continue }
                switch value {
                case .swocEntries(let entries):
                    lines.append("  \(prompt):")
                    for entry in entries {
                        var detail: [String] = []
                        if !entry.areas.isEmpty { detail.append(formatter.labels(entry.areas, in: question.areas)) }
                        if let actor = entry.actor {
                            detail.append("raised by " + formatter.labels([actor], in: question.actors))
                        }
                        lines.append(
                            "    - \(entry.text)" + (detail.isEmpty ? "" : " [\(detail.joined(separator: "; "))]"))
                    }
                case .texts(let items) where question.kind == .list:
                    lines.append("  \(prompt):")
                    lines.append(contentsOf: items.map { "    - \($0)" })
                default:
                    lines.append("  \(prompt): \(formatter.display(value, for: question))")
                }
            }
        }
        if lines.count == 2 { lines.append("  (nothing answered yet)") }
        if open > 0 { lines.append("\(open) question\(open == 1 ? "" : "s") not answered yet.") }
        return lines.map { line in
            let indent = String(line.prefix { $0 == " " })
            let hanging = indent + (line.dropFirst(indent.count).hasPrefix("- ") ? "      " : "    ")
            return TextLayout.wrap(
                String(line.dropFirst(indent.count)), indent: indent, hangingIndent: hanging, width: width)
        }.joined(separator: "\n")
    }
}
