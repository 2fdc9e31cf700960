import PlanModel

/// A ranking as `match --candidates --format json` writes it: the fields of
/// `MatchRankingDocument` with each reason worded in the city's language.
struct MatchRankingJSON: Encodable {
    struct Entry: Encodable {
        var rank: Int
        var city: String
        var country: String?
        var source: String
        var score: Int
        var reasons: [MatchProposalJSON.ScoreLine]
        var partnership: MatchProposal.Partnership?
        /// The partnership worded, flagged when the partner is in the city's country.
        var partnershipText: String?
        var sameSide: Bool
    }

    var city: String
    var source: String
    var folder: String
    var scale: Int
    var ranked: [Entry]
    var sameSideLeftOut: Int
    var skipped: [MatchRankingDocument.Skipped]
}
