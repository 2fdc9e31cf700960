/// A match-making proposal for two cities (report §1.2, §1.3): a summary,
/// the score on a fixed 0–100 scale with its full breakdown, what they share,
/// where one fills the other's gap, the challenges they share, their basic
/// facts side by side, the partnerships they already have, the links between
/// them, how to start, and real pairs from the report that cooperate on the
/// same areas. Every part names the entries it comes from.
///
/// The proposal holds facts, not sentences: kinds, numbers, ids, the
/// cities' names and their entries as typed. The words around them are the
/// program's (`Messages`), in the proposal's `language`, so one proposal
/// reads the same in every language it is shown in.
public struct MatchProposal: Sendable, Equatable, Codable {
    public struct City: Sendable, Equatable, Codable {
        public var name: String
        public var country: String?
        public var source: String
        /// A `city-sides` id, when known.
        public var side: String?
        /// Its basic facts, as ids (nil or empty when not given).
        public var populationBand: String?
        public var coastal: Bool?
        public var sectors: [String]
        /// The partnership its answers record, if any.
        public var partnership: Partnership?
    }

    /// A partnership a city already has, as its answers record it.
    public struct Partnership: Sendable, Equatable, Codable {
        public var partner: String
        public var country: String?
        /// The highest rung signed; `no-agreement` for an intended partner.
        public var signed: AgreementStage
        /// A `partnership-status` id.
        public var status: String?
        /// The partner is in the other city's country (and is not that city):
        /// the other city's country already has a link here.
        public var inCountryOf: String?
        /// The partner is the other city of the proposal (or the city ranked against).
        public var isTheOther: Bool
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
        /// Obstacle kinds (ids) both entries are tagged with, or guessed for untagged ones.
        public var obstacles: [String]
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

    /// One part of `MatchScore`, with what earned its points (every part is
    /// listed, those that earned nothing too, so the lines add up to the score).
    public struct ScoreLine: Sendable, Equatable, Codable {
        public var kind: MatchScore.Kind
        public var points: Int
        /// The most this part can earn.
        public var maximum: Int
        /// The cooperation areas (ids) behind the points.
        public var areas: [String]
        /// For shared challenges, the obstacle kinds (ids) both name.
        public var obstacles: [String]
        /// For city facts: the sectors both have, the band(s), the coastal answer both gave.
        public var sectors: [String]
        public var bands: [String]
        public var coastal: Bool?

        public init(
            kind: MatchScore.Kind, points: Int, maximum: Int, areas: [String] = [], obstacles: [String] = [],
            sectors: [String] = [], bands: [String] = [], coastal: Bool? = nil
        ) {
            self.kind = kind
            self.points = points
            self.maximum = maximum
            self.areas = areas
            self.obstacles = obstacles
            self.sectors = sectors
            self.bands = bands
            self.coastal = coastal
        }
    }

    /// The language of the first city's session: the proposal is shown in it.
    public var language: String
    public var first: City
    public var second: City
    /// Out of `MatchScore.scale` (100).
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

    /// The three parts that earned most (ties in the score's order), for the summary.
    public var strongestReasons: [ScoreLine] {
        Array(
            scoreLines.enumerated().filter { $0.element.points > 0 }
                .sorted {
                    $0.element.points != $1.element.points
                        ? $0.element.points > $1.element.points : $0.offset < $1.offset
                }
                .prefix(3).map(\.element))
    }

    /// Both cities are on the same side.
    public var isSameSide: Bool { firstAgreement.kind == .sameSide }
}
