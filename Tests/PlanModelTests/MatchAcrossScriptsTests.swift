import Foundation
import PlanModel
import Testing

/// Review of issue 15: Nottingham's English session names its partner
/// "Ningbo" and Ningbo's Chinese session names "诺丁汉", so the names never
/// matched and the real pair (Case study 25) was advised to start with an MoU
/// and scored no existing link. Two sessions that each name a partner in the
/// other's country, in another script, formalised the same year, are taken
/// as naming each other.
@Suite struct MatchAcrossScriptsTests {
    let questionnaire: Questionnaire
    let maker: MatchMaker

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
        let catalog = try ReportPairCatalog.load(
            from: TestQuestionnaires.repositoryRoot.appendingPathComponent("data/report-pairs.yaml"))
        maker = MatchMaker(questionnaire: questionnaire, catalog: catalog)
    }

    private func session(_ path: String, _ language: String, change: (String) -> String = { $0 }) throws -> Session {
        let url = TestQuestionnaires.repositoryRoot.appendingPathComponent(path)
        return try AnswersImport(questionnaire: questionnaire, language: language)
            .run(
                text: change(try String(contentsOf: url, encoding: .utf8)),
                now: Date(timeIntervalSince1970: 1_500_000_000)
            )
            .session
    }

    @Test func nottinghamAndNingboAreTheirOwnPartners() throws {
        let proposal = maker.propose(
            try session("examples/nottingham-ningbo.yaml", "en"), source: "n",
            try session("examples/ningbo-nottingham.zh.yaml", "zh"), source: "b")
        #expect(proposal.firstAgreement.kind == .nextStep, "not advised to start with an MoU")
        #expect(proposal.firstAgreement.signed == .projectAgreement)
        #expect(proposal.scoreLines.first { $0.kind == .existingLink }?.points == 10)
        #expect(proposal.second.partnership?.isTheOther == true)
        #expect(proposal.second.partnership?.inCountryOf == nil, "not flagged as paired with another UK city")
    }

    /// A different year of formalisation: two cities with partners in each
    /// other's countries are not taken for each other.
    @Test func anotherYearIsAnotherPartnership() throws {
        let ningbo = try session("examples/ningbo-nottingham.zh.yaml", "zh") {
            $0.replacingOccurrences(of: "partner-year: 2005", with: "partner-year: 2011")
        }
        let proposal = maker.propose(
            try session("examples/nottingham-ningbo.yaml", "en"), source: "n", ningbo, source: "b")
        #expect(proposal.firstAgreement.kind == .firstAgreement)
        #expect(proposal.scoreLines.first { $0.kind == .existingLink }?.points == 0)
    }

    /// Ranking a folder knows the pair too (the partnership's year is part
    /// of the profile and its cache): Ningbo is Nottingham's own partner, not
    /// "already paired with a city in the United Kingdom", and it scores the
    /// same as in the two cities' proposal.
    @Test func aFolderRankingKnowsThePairToo() throws {
        let nottingham = try session("examples/nottingham-ningbo.yaml", "en")
        let ningbo = try session("examples/ningbo-nottingham.zh.yaml", "zh")
        let otherYear = try session("examples/ningbo-nottingham.zh.yaml", "zh") {
            $0.replacingOccurrences(of: "partner-year: 2005", with: "partner-year: 2011")
                .replacingOccurrences(of: "宁波", with: "舟山")
        }
        let ranking = maker.rank(
            nottingham, source: "n",
            candidates: [
                .init(profile: maker.profile(otherYear), source: "other"),
                .init(profile: maker.profile(ningbo), source: "ningbo"),
            ], folder: "portfolio", skipped: [])
        let pair = try #require(ranking.ranked.first { $0.source == "ningbo" })
        #expect(pair.partnership?.isTheOther == true)
        #expect(pair.partnership?.inCountryOf == nil)
        #expect(pair.reasons.first { $0.kind == .existingLink }?.points == 10)
        #expect(pair.score == maker.propose(nottingham, source: "n", ningbo, source: "b").score)
        let other = try #require(ranking.ranked.first { $0.source == "other" })
        #expect(other.partnership?.isTheOther == false)
        #expect(other.partnership?.inCountryOf != nil, "a partnership of another year is with another UK city")
        #expect(maker.profile(nottingham).namesAcrossScripts(maker.profile(ningbo)))
    }
}
