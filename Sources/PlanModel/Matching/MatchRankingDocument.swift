/// The candidates for one city, best first, with the reasons for each score
/// and the files that could not be used. Like `MatchProposal`, it holds
/// facts; `Messages` words the reasons in the city's session's `language`.
public struct MatchRankingDocument: Sendable, Equatable, Codable {
    public struct Entry: Sendable, Equatable, Codable {
        public var rank: Int
        public var city: String
        public var country: String?
        public var source: String
        public var score: Int
        public var reasons: [MatchProposal.ScoreLine]
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
    public var skipped: [Skipped]
}

extension MatchMaker {
    /// Ranks candidate sessions for a city and explains the scores of the first
    /// `explained` (all by default; the terminal shows only a few).
    public func rank(
        _ session: Session, source: String, candidates: [CandidateRanker.Candidate], folder: String,
        skipped: [(file: String, problem: String)], explained: Int = .max
    ) -> MatchRankingDocument {
        let facts = PlanFacts(questionnaire: questionnaire, session: session)
        let city = MatchProfile(facts: facts, areaIndex: areaIndex)
        let ranked = CandidateRanker().rank(city, candidates)
        let scorer = MatchScorer()
        let entries = ranked.enumerated().map { offset, item in
            let candidate = candidates[item.position]
            let profile = candidate.profile
            let reasons = offset < explained ? explain(scorer.score(city, against: profile)) : []
            return MatchRankingDocument.Entry(
                rank: offset + 1, city: profile.cityName, country: profile.country, source: candidate.source,
                score: item.total, reasons: reasons)
        }
        return MatchRankingDocument(
            language: session.language, city: city.cityName, source: source, folder: folder, ranked: entries,
            skipped: skipped.map { .init(file: $0.file, problem: $0.problem) })
    }
}
