/// The candidates for one city, best first, with the full breakdown of each
/// score, each candidate's existing partnership, and the files that could not
/// be used. Like `MatchProposal`, it holds facts; `Messages` words the
/// reasons in the city's session's `language`.
public struct MatchRankingDocument: Sendable, Equatable, Codable {
    public struct Entry: Sendable, Equatable, Codable {
        public var rank: Int
        public var city: String
        public var country: String?
        public var source: String
        /// Out of `MatchScore.scale` (100).
        public var score: Int
        public var reasons: [MatchProposal.ScoreLine]
        /// The partnership the candidate's answers record, flagged when its
        /// partner is in the city's country.
        public var partnership: MatchProposal.Partnership?
        /// On the city's own side (ranked only with --any-side).
        public var sameSide: Bool
    }

    public struct Skipped: Sendable, Equatable, Codable {
        public var file: String
        public var problem: String
    }

    /// The language of the city's own session: the ranking is shown in it.
    public var language: String
    public var city: String
    public var source: String
    public var folder: String
    public var ranked: [Entry]
    /// Candidates on the city's own side, left out (0 with --any-side).
    public var sameSideLeftOut: Int
    public var skipped: [Skipped]
}

extension MatchMaker {
    /// Ranks candidate sessions for a city and explains the scores of the first
    /// `explained` (all by default; the terminal shows only a few).
    public func rank(
        _ session: Session, source: String, candidates: [CandidateRanker.Candidate], folder: String,
        skipped: [(file: String, problem: String)], anySide: Bool = false, explained: Int = .max
    ) -> MatchRankingDocument {
        let city = profile(session)
        let result = CandidateRanker(scorer: scorer, anySide: anySide).rank(city, candidates)
        let entries = result.ranked.enumerated().map { offset, item in
            let candidate = candidates[item.position]
            let profile = candidate.profile
            let reasons = offset < explained ? explain(scorer.score(city, against: profile)) : []
            return MatchRankingDocument.Entry(
                rank: offset + 1, city: profile.cityName, country: profile.country, source: candidate.source,
                score: item.total, reasons: reasons, partnership: partnership(of: profile, other: city),
                sameSide: CandidateRanker.isSameSide(city, profile))
        }
        return MatchRankingDocument(
            language: session.language, city: city.cityName, source: source, folder: folder, ranked: entries,
            sameSideLeftOut: result.sameSide, skipped: skipped.map { .init(file: $0.file, problem: $0.problem) })
    }
}
