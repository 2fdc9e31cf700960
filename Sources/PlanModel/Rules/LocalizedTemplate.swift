/// A rule text in each language it is written in, like the questionnaire's texts.
public struct LocalizedTemplate: Sendable, Equatable {
    public let templates: [String: TextTemplate]

    /// The text in `language`, or in `fallback` when it has not been translated yet.
    func render(in context: RuleContext, fallback: String) -> (text: String, filled: Set<PlanSlot>) {
        guard let template = templates[context.facts.language] ?? templates[fallback] ?? templates.values.first
        else { return ("", []) }
        return template.render(in: context)
    }

    var slots: [PlanSlot] { templates.values.flatMap(\.slots) }
}
