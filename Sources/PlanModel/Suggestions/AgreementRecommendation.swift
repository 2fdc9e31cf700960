/// Which agreement to aim for next on the ladder, what must be true before
/// signing it, and the warnings the report gives for the city's situation.
public struct AgreementRecommendation: Sendable, Equatable, Codable {
    /// The rung reached so far.
    public var currentStage: AgreementStage
    /// The agreement to aim for; nil at the top of the ladder.
    public var next: AgreementStage?
    /// The rung after it, when the answers already support it too (the areas
    /// are known and a project is identified): both are named, in order.
    public var then: AgreementStage?
    /// A one-line headline, e.g. "Sign a Letter of Cooperation Intent naming Smart cities and Sport".
    public var headline: String
    /// Cooperation areas the agreement should name (ids).
    public var areas: [String]
    /// What must be true before signing.
    public var prerequisites: [String]
    public var reasons: [Reason]
    public var warnings: [Reason]
}
