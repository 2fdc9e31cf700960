/// A warning the report gives for a situation (a first agreement with nothing
/// behind it, a dormant partnership, a project without money), as written in
/// `rules/warnings.yaml`.
public struct WarningRule: Sendable, Equatable {
    public let id: String
    public let condition: RuleCondition?
    public let text: LocalizedTemplate
    public let source: String
    public let file: String
    public let line: Int?
}
