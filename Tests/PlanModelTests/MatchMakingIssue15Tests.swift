import Foundation
import PlanModel
import Testing

/// Issue 15: match-making a consultant can put their name to — cities of the
/// other side first, what is signed said as the ladder says it, existing
/// partnerships shown and flagged, a 0–100 score whose parts add up, shared
/// challenges by obstacle tag, the teams' priorities and the city facts.
@Suite struct MatchMakingIssue15Tests {
    let questionnaire: Questionnaire
    let maker: MatchMaker
    static let fixtures = TestQuestionnaires.repositoryRoot.appendingPathComponent("Tests/Fixtures/match")

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
        let catalog = try ReportPairCatalog.load(
            from: TestQuestionnaires.repositoryRoot.appendingPathComponent("data/report-pairs.yaml"))
        maker = MatchMaker(questionnaire: questionnaire, catalog: catalog)
    }

    private func session(_ path: String) throws -> Session {
        let url = TestQuestionnaires.repositoryRoot.appendingPathComponent(path)
        return try AnswersImport(questionnaire: questionnaire, language: "en")
            .run(text: try String(contentsOf: url, encoding: .utf8), now: Date(timeIntervalSince1970: 1_500_000_000))
            .session
    }

    private func manchester() throws -> Session { try session("examples/manchester-wuhan.yaml") }
    private func candidate(_ name: String) throws -> Session {
        try session("Tests/Fixtures/match/candidates/\(name).yaml")
    }

    private func candidates(_ names: [String]) throws -> [CandidateRanker.Candidate] {
        try names.map { name in
            let path =
                name == "rome" ? "Tests/Fixtures/match/rome.yaml" : "Tests/Fixtures/match/candidates/\(name).yaml"
            return CandidateRanker.Candidate(profile: maker.profile(try session(path)), source: name)
        }
    }

    /// A mixed portfolio: the European city is left out by default and ranked only with any side.
    @Test func aMixedPortfolioRanksOnlyCandidatesOfTheOtherSide() throws {
        let portfolio = try candidates(["rome", "strong", "medium", "weak"])
        let ranking = maker.rank(try manchester(), source: "m", candidates: portfolio, folder: "p", skipped: [])
        #expect(ranking.ranked.map(\.source) == ["strong", "medium", "weak"])
        #expect(ranking.sameSideLeftOut == 1)
        #expect(ranking.ranked.allSatisfy { !$0.sameSide })
        let anySide = maker.rank(
            try manchester(), source: "m", candidates: portfolio, folder: "p", skipped: [], anySide: true)
        #expect(Set(anySide.ranked.map(\.source)) == ["rome", "strong", "medium", "weak"])
        #expect(anySide.ranked.first { $0.source == "rome" }?.sameSide == true)
        #expect(anySide.sameSideLeftOut == 0)
    }

    /// Two European cities given to `match A B` get a note, no MoU and no activities.
    @Test func aSameSidePairIsNotedNotAdvisedAnMoU() throws {
        let proposal = maker.propose(
            try manchester(), source: "m", try session("Tests/Fixtures/match/rome.yaml"), source: "r")
        #expect(proposal.isSameSide)
        #expect(proposal.firstAgreement.kind == .sameSide)
        #expect(proposal.firstAgreement.side == "european")
        #expect(proposal.firstActivities.isEmpty)
        let cross = maker.propose(try manchester(), source: "m", try candidate("medium"), source: "c")
        #expect(!cross.isSameSide)
    }

    /// Every candidate has the same seven parts, each within its maximum, adding up to a score of 0–100.
    @Test func theBreakdownAddsUpToTheScoreOnTheFixedScale() throws {
        #expect(MatchScore.Kind.allCases.map(\.maximum).reduce(0, +) == MatchScore.scale)
        let ranking = maker.rank(
            try manchester(), source: "m",
            candidates: try candidates(["strong", "partner", "medium", "linked", "weak"]),
            folder: "p", skipped: [])
        for entry in ranking.ranked {
            #expect(entry.reasons.map(\.kind) == MatchScore.Kind.allCases)
            #expect(entry.reasons.map(\.points).reduce(0, +) == entry.score)
            #expect(entry.reasons.allSatisfy { (0...$0.maximum).contains($0.points) })
            #expect((0...MatchScore.scale).contains(entry.score))
        }
        let proposal = maker.propose(try manchester(), source: "m", try candidate("strong"), source: "s")
        #expect(proposal.scoreLines.map(\.points).reduce(0, +) == proposal.score)
        #expect(proposal.strongestReasons.count == 3)
        let points = proposal.strongestReasons.map(\.points)
        #expect(points == points.sorted(by: >))
        #expect(points.last ?? 0 >= proposal.scoreLines.map(\.points).sorted(by: >)[2])
    }

    /// A candidate already paired with a city of the ranked city's country is flagged, not hidden.
    @Test func aCandidatePairedInTheCitysCountryIsFlagged() throws {
        var medium = try candidate("medium")
        medium.answers["has-partner"] = .flag(true)
        medium.answers["partner-name"] = .text("Sheffield")
        medium.answers["partner-country"] = .text("UK")
        medium.answers["partner-stage"] = .text("letter-of-intent")
        let ranking = maker.rank(
            try manchester(), source: "m",
            candidates: [.init(profile: maker.profile(medium), source: "medium")] + (try candidates(["weak"])),
            folder: "p", skipped: [])
        let entry = try #require(ranking.ranked.first { $0.source == "medium" })
        let partnership = try #require(entry.partnership)
        #expect(partnership.partner == "Sheffield")
        #expect(partnership.signed == .letterOfIntent)
        // Named as the candidate's own answers write the country, the language of its partnership line.
        #expect(partnership.inCountryOf == "UK")
        #expect(!partnership.isTheOther)
        #expect(ranking.ranked.first { $0.source == "weak" }?.partnership?.inCountryOf == nil)
        // Fenghu's partner is Manchester itself: shown, not flagged as a rival.
        let fenghu = maker.rank(
            try manchester(), source: "m", candidates: try candidates(["partner"]), folder: "p", skipped: [])
        #expect(fenghu.ranked.first?.partnership?.isTheOther == true)
        #expect(fenghu.ranked.first?.partnership?.inCountryOf == nil)
    }

    /// "Already partners" only when an agreement is signed: an intended partner is told to start with one.
    @Test func partnersOnlyWhenSomethingIsSigned() throws {
        let intended = maker.propose(try manchester(), source: "m", try candidate("partner"), source: "f")
        #expect(intended.firstAgreement.kind == .firstAgreement)
        #expect(intended.firstAgreement.signed == .noAgreement)
        #expect(intended.firstAgreement.recordedBy == "Fenghu")
        #expect(intended.existingLinks.contains { $0.kind == .partner && $0.signed == .noAgreement })
        var signed = try candidate("partner")
        signed.answers["partner-stage"] = .text("letter-of-intent")
        signed.answers["partner-status"] = .text("active")
        let partners = maker.propose(try manchester(), source: "m", signed, source: "f")
        #expect(partners.firstAgreement.kind == .nextStep)
        #expect(partners.firstAgreement.signed == .letterOfIntent)
        #expect(partners.firstAgreement.next == .projectAgreement)
    }

    /// Shared challenges come from the obstacle tags: public scepticism about
    /// Chinese investment is a political risk, not "language and culture".
    @Test func sharedChallengesAreByObstacleTag() throws {
        var city = try manchester()
        var other = try candidate("medium")
        let sceptic = SwocEntry(text: "Public scepticism about Chinese investment", obstacles: ["political-risk"])
        city.answers["challenges"] = .swocEntries([sceptic])
        other.answers["challenges"] = .swocEntries([
            SwocEntry(text: "Worries in the press about Chinese investment abroad", obstacles: ["political-risk"])
        ])
        let proposal = maker.propose(city, source: "m", other, source: "c")
        let shared = try #require(proposal.sharedChallenges.first)
        #expect(shared.obstacles == ["political-risk"])
        let line = try #require(proposal.scoreLines.first { $0.kind == .sharedChallenges })
        #expect(line.obstacles == ["political-risk"])
        #expect(line.points == MatchScore.Kind.sharedChallenges.pointsEach)
        // Untagged challenges fall back to the plan's guess from the words, never "Chinese" alone.
        city.answers["challenges"] = .swocEntries([SwocEntry(text: "Public scepticism about Chinese investment")])
        #expect(
            maker.propose(city, source: "m", other, source: "c").sharedChallenges.first?.obstacles != [
                "language-culture"
            ])
    }

    /// The teams' priorities: marking an entry that the other city answers earns points.
    @Test func theTeamsPrioritiesCount() throws {
        let city = try manchester()
        let other = try candidate("strong")
        let before = maker.propose(city, source: "m", other, source: "s")
        #expect(before.scoreLines.first { $0.kind == .priorities }?.points == 0)
        var marked = city
        guard case .swocEntries(var strengths)? = marked.answers["strengths"] else { throw Missing() }
        let offered = try #require(before.complements.first { $0.strength.city == "Manchester" })
        strengths[offered.strength.entry.number - 1].isPriority = true
        marked.answers["strengths"] = .swocEntries(strengths)
        let after = maker.propose(marked, source: "m", other, source: "s")
        let line = try #require(after.scoreLines.first { $0.kind == .priorities })
        #expect(line.points > 0)
        #expect(!line.areas.isEmpty)
    }

    struct Missing: Error {}

    /// The optional city facts: scored when alike, shown side by side for
    /// both, whether or not the cities already have a partner (a city with
    /// one may still be a consultant's candidate, and is asked them too).
    @Test(arguments: [false, true]) func cityFactsAreScoredAndShown(withPartners: Bool) throws {
        var city = try manchester()
        var other = try candidate("weak")
        for (session, band, sectors) in [
            (0, "1m-5m", ["manufacturing", "education-research"]), (1, "5m-10m", ["education-research"]),
        ] {
            var edited = session == 0 ? city : other
            edited.answers["has-partner"] = .flag(withPartners)
            if !withPartners { edited.answers["partner-name"] = nil }
            edited.answers["population-band"] = .text(band)
            edited.answers["coastal-port"] = .flag(false)
            edited.answers["economic-sectors"] = .texts(sectors)
            if session == 0 { city = edited } else { other = edited }
        }
        let proposal = maker.propose(city, source: "m", other, source: "w")
        let line = try #require(proposal.scoreLines.first { $0.kind == .cityFacts })
        #expect(line.bands == ["1m-5m", "5m-10m"], "neighbouring bands")
        #expect(line.coastal == false)
        #expect(line.sectors == ["education-research"])
        #expect(
            line.points == MatchScore.nearBandPoints + MatchScore.coastalPoints + MatchScore.Kind.cityFacts.pointsEach)
        #expect(proposal.first.populationBand == "1m-5m")
        #expect(proposal.second.sectors == ["education-research"])
    }

    /// Precedents say what the real pair did, in English and Chinese.
    @Test func precedentsSayWhatThePairDid() throws {
        let proposal = maker.propose(
            try session("Tests/Fixtures/match/rome.yaml"), source: "r", try session("Tests/Fixtures/match/yantai.yaml"),
            source: "y")
        let rome = try #require(proposal.precedents.first)
        #expect(rome.joins("Rome", "Yantai"))
        #expect(rome.did(in: "en")?.isEmpty == false)
        #expect(rome.did(in: "zh")?.isEmpty == false)
        let caseStudies = maker.catalog.pairs.filter { $0.source.hasPrefix("Case study") }
        #expect(
            caseStudies.allSatisfy { $0.did?["en"] != nil && $0.did?["zh"] != nil },
            "every case study says what the pair did")
    }
}
