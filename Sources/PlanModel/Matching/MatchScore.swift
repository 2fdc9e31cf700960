/// How well two cities fit, on a fixed scale of 0 to 100, always in the same
/// seven parts so that two candidates' scores can be compared line by line.
/// Each part earns points per thing found, up to its maximum (documented in
/// the README, "How candidates are scored"):
///
/// - shared areas: 4 per cooperation area both want to work on
///   (opportunities, shared areas, business interest), up to 24: the
///   mutual-interest factor (§1.2.2; §3);
/// - 4 per area where the city is strong and the candidate weak or looking
///   for opportunities, up to 12, and the same the other way, up to 12
///   (complementary pairs, §1.1);
/// - shared challenges: 3 per obstacle kind both cities' challenges are
///   tagged with (language and culture, funding, ...), 1 per area both list
///   among their challenges, up to 10: similar challenges bind partners
///   (§I Mutual interests; §3);
/// - existing links: 10 when either city already names the other (§1.2);
/// - the teams' priorities: 4 per area of an entry a team marked as
///   mattering most that the other city answers (strength for a need, need
///   for a strength or an interest), up to 16;
/// - city facts: 6 for the same population band (3 for a neighbouring
///   one), 4 when both are coastal or port cities or both are not, 3 per
///   main economic sector in common up to 6; up to 16 (§1.2.2; Case
///   studies 4, 18).
///
/// The maxima add up to 100, so a score is a share of a perfect fit.
public struct MatchScore: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case sharedInterests = "shared-interests"
        case offersToCandidate = "offers-to-candidate"
        case offersFromCandidate = "offers-from-candidate"
        case sharedChallenges = "shared-challenges"
        case existingLink = "existing-link"
        case priorities
        case cityFacts = "city-facts"

        /// Points per area (or kind, or sector) found.
        public var pointsEach: Int {
            switch self {
            case .sharedInterests, .offersToCandidate, .offersFromCandidate, .priorities: 4
            case .sharedChallenges: 3
            case .existingLink: 10
            case .cityFacts: 3
            }
        }

        /// The most this part can earn; the maxima add up to `MatchScore.scale`.
        public var maximum: Int {
            switch self {
            case .sharedInterests: 24
            case .offersToCandidate, .offersFromCandidate: 12
            case .sharedChallenges, .existingLink: 10
            case .priorities, .cityFacts: 16
            }
        }
    }

    /// The top of the scale: a perfect fit.
    public static let scale = 100
    public static let sameBandPoints = 6
    public static let nearBandPoints = 3
    public static let coastalPoints = 4
    /// Shared challenge areas earn this each (obstacle kinds earn `Kind.sharedChallenges.pointsEach`).
    public static let challengeAreaPoints = 1

    public struct Component: Sendable, Equatable {
        public var kind: Kind
        public var points: Int
        public var areas: AreaSet
        /// Shared obstacle kinds (bits of `MatchIndex.obstacles`), for shared challenges.
        public var obstacles: UInt32 = 0
        /// For city facts: shared sectors (bits of `MatchIndex.sectors`),
        /// the band both are in (or the two neighbouring bands), and the
        /// coastal answer both gave.
        public var sectors: UInt64 = 0
        public var bands: [String] = []
        public var coastal: Bool?
    }

    /// One component per kind, in `Kind.allCases` order, those earning nothing included.
    public var components: [Component]

    public var total: Int { components.reduce(0) { $0 + $1.points } }
}
