/// How two cities should start (report §1.3.1, §3): with a first agreement
/// when nothing is signed between them yet, with the next rung of the
/// agreement ladder when something is, or not at all when both are on the
/// same side (this process pairs a European city with a Chinese one).
public struct MatchStartAdvice: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable {
        /// Sign an MoU or friendship agreement and follow it with a first project within a year.
        case firstAgreement = "first-agreement"
        /// Already partners (an agreement is signed): climb the agreement ladder one rung.
        case nextStep = "next-step"
        /// Both cities are on the same side: no agreement is proposed.
        case sameSide = "same-side"
    }

    public var kind: Kind
    /// For a first agreement, the shared areas (ids) it should name: at most three.
    public var areas: [String]
    /// The rung reached between the two, when one names the other as its
    /// partner: `noAgreement` when that partner is only intended. Nil when
    /// neither names the other.
    public var signed: AgreementStage?
    /// The city whose answers record the partnership, when one does.
    public var recordedBy: String?
    /// For the next step, the next rung and, when the answers already support it, the one after.
    public var next: AgreementStage?
    public var then: AgreementStage?
    /// For the next step, the ladder's headline from the rule catalogue in the
    /// proposal's language; nil when the match maker has no catalogue, and the
    /// words name the rungs instead.
    public var headline: String?
    /// For two cities on the same side, that side (`city-sides` id).
    public var side: String?
    public var source: String
    /// Question ids whose answers produced this advice.
    public var answers: [String]

    public init(
        kind: Kind, areas: [String] = [], signed: AgreementStage? = nil, recordedBy: String? = nil,
        next: AgreementStage? = nil, then: AgreementStage? = nil, headline: String? = nil, side: String? = nil,
        source: String, answers: [String] = []
    ) {
        self.kind = kind
        self.areas = areas
        self.signed = signed
        self.recordedBy = recordedBy
        self.next = next
        self.then = then
        self.headline = headline
        self.side = side
        self.source = source
        self.answers = answers
    }
}
