import Yams

/// Reads one entry of `rules/health.yaml`.
enum HealthSignalReader {
    static let keys: Set<String> = ["id", "characteristic", "when", "points", "evidence", "gap", "source"]

    static func read(_ node: Node, _ context: RuleFilesReader.ItemContext) -> HealthSignalRule? {
        let file = context.file
        guard let (fields, id) = context.fields(of: node, kind: "a health sign", allowed: keys) else { return nil }
        let label = "health sign \"\(id)\""
        let name = file.string(fields["characteristic"], context: "\(label) characteristic") ?? ""
        guard let characteristic = Characteristic(rawValue: name) else {
            let known = Characteristic.allCases.map(\.rawValue).joined(separator: ", ")
            file.report(fields["characteristic"] ?? node, "\(label): the characteristic must be one of: \(known)")
            return nil
        }
        let points = fields["points"].flatMap { file.integer($0, context: "\(label) points") } ?? 1
        if points == 0 || abs(points) > HealthCheck.maximumScore {
            file.report(fields["points"], "\(label): points are from -3 to 3, not 0")
        }
        let condition = fields["when"].flatMap { context.conditions.condition(from: $0, context: label) }
        let source = context.source(fields["source"], context: label, at: node)
        let gap = context.template(fields["gap"], context: "\(label) gap", at: node, required: points > 0)
        guard let evidence = context.template(fields["evidence"], context: "\(label) evidence", at: node) else {
            return nil
        }
        return HealthSignalRule(
            id: id, characteristic: characteristic, condition: condition, points: points, evidence: evidence,
            gap: gap, source: source, file: file.name, line: node.mark?.line)
    }
}
