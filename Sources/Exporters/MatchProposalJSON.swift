import PlanModel

/// A match-making proposal as `match --format json` writes it: the fields of
/// `MatchProposal` with its sentences worded in the proposal's language
/// (ids, codes, numbers and the teams' own entries as they are). `scale` is
/// the top of the score (100); every part of the score is listed with its
/// maximum, and the parts add up to `score`.
struct MatchProposalJSON: Encodable {
    struct ScoreLine: Encodable {
        var kind: MatchScore.Kind
        var points: Int
        var maximum: Int
        var text: String
    }

    struct Activity: Encodable {
        var title: String
        var description: String
        var source: String
    }

    /// The one-page summary: the three strongest reasons, how to start.
    struct Summary: Encodable {
        var strongestReasons: [ScoreLine]
        var firstAgreement: String
        var firstActivities: [String]
    }

    var first: MatchProposal.City
    var second: MatchProposal.City
    var score: Int
    var scale: Int
    var summary: Summary
    var scoreLines: [ScoreLine]
    var sharedAreas: [String]
    var complements: [MatchProposal.Complement]
    var sharedChallenges: [MatchProposal.SharedChallenge]
    var existingLinks: [String]
    /// Each city's existing partnership, worded and flagged ("none recorded" when it has none).
    var partnerships: [String]
    var firstAgreement: Reason
    var firstActivities: [Activity]
    var precedents: [ReportPair]
}
