import PlanModel

/// A match-making proposal as `match --format json` writes it: the fields of
/// `MatchProposal` with its sentences worded in the proposal's language
/// (ids, codes, numbers and the teams' own entries as they are).
struct MatchProposalJSON: Encodable {
    struct ScoreLine: Encodable {
        var kind: MatchScore.Kind
        var points: Int
        var text: String
    }

    struct Activity: Encodable {
        var title: String
        var description: String
        var source: String
    }

    var first: MatchProposal.City
    var second: MatchProposal.City
    var score: Int
    var scoreLines: [ScoreLine]
    var sharedAreas: [String]
    var complements: [MatchProposal.Complement]
    var sharedChallenges: [MatchProposal.SharedChallenge]
    var existingLinks: [String]
    var firstAgreement: Reason
    var firstActivities: [Activity]
    var precedents: [ReportPair]
}
