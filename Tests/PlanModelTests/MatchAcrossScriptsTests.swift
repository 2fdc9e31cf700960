import Foundation
import PlanModel
import Testing

/// Review of issue 15: Nottingham's English session names its partner
/// "Ningbo" and Ningbo's Chinese session names "诺丁汉", so the names never
/// matched and the real pair (Case study 25) was advised to start with an MoU
/// and scored no existing link. A partner named in another script is known
/// through the report's table of city names (`PartnerRecognition`).
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

    /// Review of issue 15: a first fix took any two cities with partners in
    /// each other's countries, in other scripts, formalised the same year,
    /// for a pair, and so called Leeds (partner Hangzhou, 2005) Ningbo's
    /// partner. Names decide: only the report's table says that "诺丁汉" is
    /// Nottingham, and it does not say that it is Leeds.
    @Test func anotherCityWithAPartnerOfTheSameYearIsNotTakenForThePartner() throws {
        let leeds = try session("examples/nottingham-ningbo.yaml", "en") {
            $0.replacingOccurrences(of: "Nottingham", with: "Leeds").replacingOccurrences(
                of: "Ningbo", with: "Hangzhou")
        }
        let proposal = maker.propose(
            try session("examples/ningbo-nottingham.zh.yaml", "zh"), source: "b", leeds, source: "l")
        #expect(proposal.firstAgreement.kind == .firstAgreement)
        #expect(proposal.scoreLines.first { $0.kind == .existingLink }?.points == 0)
        #expect(proposal.first.partnership?.isTheOther == false)
        #expect(proposal.second.partnership?.isTheOther == false)
    }

    /// Leeds's session names Ningbo as its partner; Ningbo's names 诺丁汉,
    /// which the table knows as Nottingham: Leeds's recorded partnership is
    /// with Ningbo, but Ningbo's is not with Leeds.
    @Test func aNameTheTableKnowsIsThatCityOnly() throws {
        let leeds = try session("examples/nottingham-ningbo.yaml", "en") {
            $0.replacingOccurrences(of: "city-name: Nottingham", with: "city-name: Leeds")
        }
        let ningbo = try session("examples/ningbo-nottingham.zh.yaml", "zh")
        #expect(maker.profile(leeds).cityName == "Leeds")
        let proposal = maker.propose(ningbo, source: "b", leeds, source: "l")
        #expect(proposal.first.partnership?.isTheOther == false, "诺丁汉 is Nottingham, not Leeds")
        #expect(proposal.second.partnership?.isTheOther == true, "Leeds does record Ningbo")
    }

    /// A pair the table knows one name of: Duisburg's session names "Wuhan"
    /// (which the table knows as 武汉), Wuhan's names "杜伊斯堡" in "德国"
    /// (which it does not know): since Duisburg records Wuhan, Wuhan's
    /// German partner named in Chinese is Duisburg, not "a city in Germany".
    @Test func onePartnerNameKnownIsEnoughWhenTheOtherRecordsTheCity() throws {
        let wuhan = try session("examples/ningbo-nottingham.zh.yaml", "zh") {
            $0.replacingOccurrences(of: "宁波", with: "武汉").replacingOccurrences(of: "诺丁汉", with: "杜伊斯堡")
                .replacingOccurrences(of: "英国", with: "德国")
        }
        let duisburg = try session("examples/nottingham-ningbo.yaml", "en") {
            $0.replacingOccurrences(of: "Nottingham", with: "Duisburg").replacingOccurrences(
                of: "Ningbo", with: "Wuhan"
            )
            .replacingOccurrences(of: "United Kingdom", with: "Germany")
        }
        let proposal = maker.propose(wuhan, source: "w", duisburg, source: "d")
        #expect(proposal.first.partnership?.isTheOther == true)
        #expect(proposal.first.partnership?.inCountryOf == nil, "not 'already paired with a city in Germany'")
        #expect(proposal.second.partnership?.isTheOther == true)
        #expect(proposal.scoreLines.first { $0.kind == .existingLink }?.points == 10)
    }

    /// Ranking a folder knows the pair too (the partnership's year is part
    /// of the profile and its cache): Ningbo is Nottingham's own partner, not
    /// "already paired with a city in the United Kingdom", and it scores the
    /// same as in the two cities' proposal.
    @Test func aFolderRankingKnowsThePairToo() throws {
        let nottingham = try session("examples/nottingham-ningbo.yaml", "en")
        let ningbo = try session("examples/ningbo-nottingham.zh.yaml", "zh")
        let otherYear = try session("examples/ningbo-nottingham.zh.yaml", "zh") {
            $0.replacingOccurrences(of: "宁波", with: "舟山").replacingOccurrences(of: "诺丁汉", with: "利兹")
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
        #expect(other.partnership?.inCountryOf != nil, "利兹 (Leeds) is another UK city")
    }

    /// Second review of issue 15: Nottingham's session records only an MoU,
    /// Ningbo's a Project Agreement. The side that records more speaks for
    /// both, so the rung shown and the next step agree, in either order.
    @Test func theRungAndTheNextStepComeFromTheSameAnswersInEitherOrder() throws {
        let nottingham = try session("examples/nottingham-ningbo.yaml", "en") {
            $0.replacingOccurrences(of: "partner-stage: project-agreement", with: "partner-stage: mou")
        }
        let ningbo = try session("examples/ningbo-nottingham.zh.yaml", "zh")
        let first = maker.propose(nottingham, source: "n", ningbo, source: "b").firstAgreement
        let second = maker.propose(ningbo, source: "b", nottingham, source: "n").firstAgreement
        #expect(first.signed == .projectAgreement)
        #expect(first.signed == second.signed)
        #expect(first.next == second.next)
        #expect(first.next == .projectContract)
    }

    /// Other usual spellings and forms of a name: "Lyon" for the report's
    /// "Lyons", "Malmö" for "Malmo", "宁波市" for "宁波", "Ningbo City".
    @Test func usualSpellingsAndFormsOfANameAreTheSameCity() {
        let names = maker.catalog.names
        #expect(names.same("Lyon", "里昂"))
        #expect(names.same("Malmö", "马尔默"))
        #expect(names.same("宁波市", "宁波"))
        #expect(names.same("Ningbo City", "宁波"))
        #expect(names.same("Sønderborg", "Sonderborg"))
        #expect(!names.same("Leeds", "诺丁汉"))
        #expect(!names.same("Duisburg", "杜伊斯堡"), "a city the table does not know")
    }
}
