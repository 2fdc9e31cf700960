/// How two cities should start (report §1.3.1, §3): with a first agreement
/// when they are not partners yet, or with the next rung of the agreement
/// ladder when the first city already names the other as its partner.
public struct MatchStartAdvice: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable {
        /// Sign an MoU or friendship agreement and follow it with a first project within a year.
        case firstAgreement = "first-agreement"
        /// Already partners: climb the agreement ladder one rung.
        case nextStep = "next-step"
    }

    public var kind: Kind
    /// For a first agreement, the shared areas (ids) it should name: at most three.
    public var areas: [String]
    /// For the next step, the rung the first city has reached, the next one and,
    /// when the answers already support it, the one after.
    public var stage: AgreementStage?
    public var next: AgreementStage?
    public var then: AgreementStage?
    /// For the next step, the ladder's headline from the rule catalogue in the
    /// proposal's language; nil when the match maker has no catalogue, and the
    /// words name the rungs instead.
    public var headline: String?
    public var source: String
    /// Question ids whose answers produced this advice.
    public var answers: [String]

    public init(
        kind: Kind, areas: [String] = [], stage: AgreementStage? = nil, next: AgreementStage? = nil,
        then: AgreementStage? = nil, headline: String? = nil, source: String, answers: [String] = []
    ) {
        self.kind = kind
        self.areas = areas
        self.stage = stage
        self.next = next
        self.then = then
        self.headline = headline
        self.source = source
        self.answers = answers
    }
}
