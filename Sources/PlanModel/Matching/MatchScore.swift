/// How well two cities fit, as points with the reasons that earned them. The
/// rules (documented in the README, "How candidates are scored"):
///
/// - 3 points for each cooperation area both want to work on (opportunities,
///   shared areas, business interest): the mutual-interest factor (§1.2.2, §3);
/// - 2 points for each area where one is strong and the other weak or looking
///   for opportunities, counted in both directions (complementary pairs, §1.1);
/// - 1 point for each area both list among their challenges, and 1 for each
///   kind of challenge both name (language, funding, ...): similar challenges
///   bind partners (§3);
/// - 5 points when either already names the other (existing links, §1.2).
public struct MatchScore: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case sharedInterests = "shared-interests"
        case offersToCandidate = "offers-to-candidate"
        case offersFromCandidate = "offers-from-candidate"
        case sharedChallenges = "shared-challenges"
        case existingLink = "existing-link"

        public var pointsEach: Int {
            switch self {
            case .sharedInterests: 3
            case .offersToCandidate, .offersFromCandidate: 2
            case .sharedChallenges: 1
            case .existingLink: 5
            }
        }
    }

    public struct Component: Sendable, Equatable {
        public var kind: Kind
        public var points: Int
        public var areas: AreaSet
        public var themes: [SwocTheme]
    }

    public var components: [Component]

    public var total: Int { components.reduce(0) { $0 + $1.points } }
}
