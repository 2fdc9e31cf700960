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
    }

    var city: String
    var source: String
    var folder: String
    var ranked: [Entry]
    var skipped: [MatchRankingDocument.Skipped]
}
