import Yams

/// Reads one entry of `rules/warnings.yaml`.
enum WarningRuleReader {
    static let keys: Set<String> = ["id", "when", "text", "source"]

    static func read(_ node: Node, _ context: RuleFilesReader.ItemContext) -> WarningRule? {
        let file = context.file
        guard let (fields, id) = context.fields(of: node, kind: "a warning", allowed: keys) else { return nil }
        let label = "warning \"\(id)\""
        let condition = fields["when"].flatMap { context.conditions.condition(from: $0, context: label) }
        let source = context.source(fields["source"], context: label, at: node)
        guard let text = context.template(fields["text"], context: "\(label) text", at: node) else { return nil }
        return WarningRule(
            id: id, condition: condition, text: text, source: source, file: file.name, line: node.mark?.line)
    }
}
