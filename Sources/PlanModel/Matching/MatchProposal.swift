/// A match-making proposal for two cities (report §1.2, §1.3): what they
/// share, where one fills the other's gap, the challenges they share, the
/// links that already exist, how to start, and real pairs from the report that
/// cooperate on the same areas. Every part names the entries it comes from.
///
/// The proposal holds facts, not sentences: kinds, numbers, area ids, the
/// cities' names and their entries as typed. The words around them are the
/// program's (`Messages`), in the proposal's `language`, so one proposal
/// reads the same in every language it is shown in.
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

    /// A first activity the two cities could start with.
    public struct Activity: Sendable, Equatable, Codable {
        public enum Kind: String, Sendable, Equatable, Codable {
            /// Visits between schools, cultural groups, students or young professionals (§1.2.1).
            case peopleToPeople = "people-to-people"
            /// A business delegation on the area both rank highest (§1.2.2).
            case businessDelegation = "business-delegation"
        }

        public var kind: Kind
        /// The cooperation area (id) a business delegation focuses on.
        public var area: String?
        public var source: String
    }

    /// One rule of `MatchScore` that earned points, with what earned them.
    public struct ScoreLine: Sendable, Equatable, Codable {
        public var kind: MatchScore.Kind
        public var points: Int
        /// The cooperation areas (ids) behind the points.
        public var areas: [String]
        /// The kinds of challenge both name, for shared challenges.
        public var themes: [SwocTheme]
    }

    /// The language of the first city's session: the proposal is shown in it.
    public var language: String
    public var first: City
    public var second: City
    public var score: Int
    public var scoreLines: [ScoreLine]
    /// Cooperation areas both want to work on (ids).
    public var sharedAreas: [String]
    public var complements: [Complement]
    public var sharedChallenges: [SharedChallenge]
    public var existingLinks: [MatchLink]
    public var firstAgreement: MatchStartAdvice
    public var firstActivities: [Activity]
    public var precedents: [ReportPair]
}
