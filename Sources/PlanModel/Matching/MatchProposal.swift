/// A match-making proposal for two cities (report §1.2, §1.3): what they
/// share, where one fills the other's gap, the challenges they share, the
/// links that already exist, how to start, and real pairs from the report that
/// cooperate on the same areas. Every part names the entries it comes from.
public struct MatchProposal: Sendable, Equatable, Codable {
    public struct City: Sendable, Equatable, Codable {
        public var name: String
        public var country: String?
        public var source: String
    }

    /// One city's entry, quoted: "S2 Council-funded staff in Wuhan".
    public struct Quote: Sendable, Equatable, Codable {
        public var city: String
        public var entry: SwocReference
        public var text: String
    }

    /// A strength of one city on an area where the other is weak or looking for opportunities.
    public struct Complement: Sendable, Equatable, Codable {
        public var strength: Quote
        public var need: Quote
        public var areas: [String]
    }

    public struct SharedChallenge: Sendable, Equatable, Codable {
        public var first: Quote
        public var second: Quote
        /// Areas both entries are tagged with.
        public var areas: [String]
        /// Kinds of challenge both name (language, funding...).
        public var themes: [SwocTheme]
    }

    public struct Activity: Sendable, Equatable, Codable {
        public var title: String
        public var description: String
        public var source: String
    }

    public struct ScoreLine: Sendable, Equatable, Codable {
        public var kind: MatchScore.Kind
        public var points: Int
        public var text: String
    }

    public var first: City
    public var second: City
    public var score: Int
    public var scoreLines: [ScoreLine]
    /// Cooperation areas both want to work on (ids).
    public var sharedAreas: [String]
    public var complements: [Complement]
    public var sharedChallenges: [SharedChallenge]
    public var existingLinks: [String]
    public var firstAgreement: Reason
    public var firstActivities: [Activity]
    public var precedents: [ReportPair]
}
