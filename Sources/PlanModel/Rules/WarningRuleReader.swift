import Yams

/// Reads one entry of `rules/warnings.yaml`.
enum WarningRuleReader {
    static let keys: Set<String> = ["id", "when", "text", "source"]

    static func read(_ node: Node, _ context: RuleFilesReader.ItemContext) -> WarningRule? {
        let file = context.file
        guard let fields = file.mapping(node, context: "a warning", allowed: keys) else { return nil }
        guard let id = file.string(fields["id"], context: "a warning's id"), isRuleID(id) else {
            file.report(node, "a warning needs an `id` of lowercase letters, digits and hyphens")
            return nil
        }
        let label = "warning \"\(id)\""
        let condition = fields["when"].flatMap { context.conditions.condition(from: $0, context: label) }
        let source = context.source(fields["source"], context: label, at: node)
        guard let text = context.template(fields["text"], context: "\(label) text", at: node) else { return nil }
        return WarningRule(
            id: id, condition: condition, text: text, source: source, file: file.name, line: node.mark?.line)
    }
}
