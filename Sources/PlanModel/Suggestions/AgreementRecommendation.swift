/// Which agreement to aim for next on the ladder, what must be true before
/// signing it, and the warnings the report gives for the city's situation.
public struct AgreementRecommendation: Sendable, Equatable, Codable {
    /// The rung reached so far.
    public var currentStage: AgreementStage
    /// The agreement to aim for; nil at the top of the ladder.
    public var next: AgreementStage?
    /// A one-line headline, e.g. "Sign a Letter of Cooperation Intent naming Smart cities and Sport".
    public var headline: String
    /// Cooperation areas the agreement should name (ids).
    public var areas: [String]
    /// What must be true before signing.
    public var prerequisites: [String]
    public var reasons: [Reason]
    public var warnings: [Reason]
}
