import Yams

/// Reads the `when:` grammar of questionnaire files (`question:` with
/// `equals`, `in`, `includes` or `answered`; `all`, `any`, `not`), shared by
/// the questionnaire and the rule catalogue so both speak the same language.
enum ConditionParser {
    static func condition(from node: Node, in file: YAMLFile, context: String) -> Condition? {
        let allowed: Set<String> = ["question", "equals", "in", "includes", "answered", "all", "any", "not"]
        guard let fields = file.mapping(node, context: "\(context) condition", allowed: allowed) else { return nil }
        if let list = fields["all"] ?? fields["any"] {
            let parts = (file.sequence(list, context: "\(context) condition") ?? []).compactMap {
                condition(from: $0, in: file, context: context)
            }
            return fields["all"] != nil ? .all(parts) : .any(parts)
        }
        if let inner = fields["not"] {
            return condition(from: inner, in: file, context: context).map { .not($0) }
        }
        guard let question = file.string(fields["question"], context: "\(context) condition question") else {
            file.report(node, "\(context): a condition needs `question` (or all/any/not)")
            return nil
        }
        if let value = fields["equals"] {
            return conditionValue(value).map { .equals(question: question, value: $0) }
        }
        if let values = fields["in"] {
            let list = (file.sequence(values, context: "\(context) condition `in`") ?? []).compactMap(
                conditionValue)
            return .isOneOf(question: question, values: list)
        }
        if let value = file.string(fields["includes"], context: "\(context) condition `includes`") {
            return .includes(question: question, value: value)
        }
        if let expected = file.bool(fields["answered"], context: "\(context) condition `answered`") {
            return .answered(question: question, expected: expected)
        }
        file.report(node, "\(context): a condition needs one of equals, in, includes or answered")
        return nil
    }

    /// A scalar compared with stored answers: true/false, a number or a text.
    static func conditionValue(_ node: Node) -> AnswerValue? {
        guard let scalar = node.scalar else { return nil }
        if let flag = YAMLFile.boolValue(node) { return .flag(flag) }
        if let number = YAMLFile.doubleValue(node) { return .number(number) }
        return .text(scalar.string)
    }
}
