/// Ranks candidate cities for one city, best first. Ties keep the order the
/// candidates were given in, which for a folder is the order of the file
/// names, so the result never depends on the order files were read. Ranking
/// is linear in the number of candidates: scores are small whole numbers, so
/// a counting pass orders them without comparing candidates.
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

    public init() {}

    public func rank(_ city: MatchProfile, _ candidates: [Candidate]) -> [Ranked] {
        let scorer = MatchScorer()
        let totals = candidates.map { scorer.total(city, against: $0.profile) }
        // Group positions by score, in the given order within each score.
        var byScore: [Int: [Int]] = [:]
        for (position, total) in totals.enumerated() { byScore[total, default: []].append(position) }
        return byScore.keys.sorted(by: >).flatMap { total in
            byScore[total]!.map { Ranked(position: $0, total: total) }
        }
    }
}
