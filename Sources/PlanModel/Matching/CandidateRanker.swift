/// Ranks candidate cities for one city, best first. This process pairs a
/// European city with a Chinese one, so by default only candidates of the
/// other side are ranked; `anySide` ranks every candidate. Ties keep the
/// order the candidates were given in, which for a folder is the order of
/// the file names, so the result never depends on the order files were read.
/// Ranking is linear in the number of candidates: scores are whole numbers
/// from 0 to 100, so a counting pass orders them without comparing candidates.
public struct CandidateRanker: Sendable {
    public struct Candidate: Sendable {
        public var profile: MatchProfile
        /// Where it came from, e.g. its file name.
        public var source: String

        public init(profile: MatchProfile, source: String) {
            self.profile = profile
            self.source = source
        }
    }

    /// A place in the ranking: which candidate (its position in the list
    /// given) and its score. Only positions are handed around, so ranking a
    /// large portfolio does not copy (and touch the memory of) every profile.
    public struct Ranked: Sendable, Equatable {
        public var position: Int
        public var total: Int
    }

    public struct Result: Sendable, Equatable {
        public var ranked: [Ranked]
        /// Candidates left out because they are on the city's own side.
        public var sameSide: Int
    }

    public let scorer: MatchScorer
    public let anySide: Bool

    public init(scorer: MatchScorer, anySide: Bool = false) {
        self.scorer = scorer
        self.anySide = anySide
    }

    /// Whether a candidate is on the city's own side (both sides known and equal).
    public static func isSameSide(_ city: MatchProfile, _ candidate: MatchProfile) -> Bool {
        city.side != nil && city.side == candidate.side
    }

    public func rank(_ city: MatchProfile, _ candidates: [Candidate]) -> Result {
        var buckets = [[Int]](repeating: [], count: MatchScore.scale + 1)
        var sameSide = 0
        for (position, candidate) in candidates.enumerated() {
            if !anySide && Self.isSameSide(city, candidate.profile) {
                sameSide += 1
                continue
            }
            let total = min(max(scorer.total(city, against: candidate.profile), 0), MatchScore.scale)
            buckets[total].append(position)
        }
        var ranked: [Ranked] = []
        ranked.reserveCapacity(candidates.count - sameSide)
        for total in stride(from: MatchScore.scale, through: 0, by: -1) {
            for position in buckets[total] { ranked.append(Ranked(position: position, total: total)) }
        }
        return Result(ranked: ranked, sameSide: sameSide)
    }
}
