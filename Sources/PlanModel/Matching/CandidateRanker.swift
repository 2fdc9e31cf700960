/// Ranks candidate cities for one city, best first. Ties are broken by city
/// name and then by where the candidate came from, so the order never depends
/// on the order files were read.
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

    public struct Ranked: Sendable {
        public var candidate: Candidate
        public var total: Int
    }

    public init() {}

    public func rank(_ city: MatchProfile, _ candidates: [Candidate]) -> [Ranked] {
        let scorer = MatchScorer()
        return candidates.map { Ranked(candidate: $0, total: scorer.total(city, against: $0.profile)) }
            .sorted {
                if $0.total != $1.total { return $0.total > $1.total }
                if $0.candidate.profile.cityName != $1.candidate.profile.cityName {
                    return $0.candidate.profile.cityName < $1.candidate.profile.cityName
                }
                return $0.candidate.source < $1.candidate.source
            }
    }
}
