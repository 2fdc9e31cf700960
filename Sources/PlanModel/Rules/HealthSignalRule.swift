/// One sign of a characteristic of successful partnerships (report §I, §3)
/// that the answers can show, as written in `rules/health.yaml`. A sign that
/// holds earns its points (a setback, with negative points, costs them); one
/// that does not becomes a suggestion of what would raise the score.
public struct HealthSignalRule: Sendable, Equatable {
    public let id: String
    public let characteristic: Characteristic
    public let condition: RuleCondition?
    public let points: Int
    /// Said when the sign holds.
    public let evidence: LocalizedTemplate
    /// Said when it does not (none for a setback).
    public let gap: LocalizedTemplate?
    public let source: String
    public let file: String
    public let line: Int?
}
