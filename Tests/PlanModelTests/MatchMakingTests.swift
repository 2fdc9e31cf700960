import Foundation
import PlanModel
import Testing

/// Match-making on sessions drawn from the report's case studies, and ranking
/// on a small crafted folder (Tests/Fixtures/match).
@Suite struct MatchMakingTests {
    let questionnaire: Questionnaire
    let maker: MatchMaker
    static let fixtures = TestQuestionnaires.repositoryRoot.appendingPathComponent("Tests/Fixtures/match")

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
        let catalog = try ReportPairCatalog.load(
            from: TestQuestionnaires.repositoryRoot.appendingPathComponent("data/report-pairs.yaml"))
        maker = MatchMaker(questionnaire: questionnaire, catalog: catalog)
    }

    private func session(_ url: URL) throws -> Session {
        try AnswersImport(questionnaire: questionnaire, language: "en")
            .run(text: try String(contentsOf: url, encoding: .utf8), now: Date(timeIntervalSince1970: 1_500_000_000))
            .session
    }

    private func fixture(_ name: String) throws -> Session {
        try session(Self.fixtures.appendingPathComponent(name))
    }

    private func example(_ name: String) throws -> Session {
        try session(TestQuestionnaires.repositoryRoot.appendingPathComponent("examples/\(name).yaml"))
    }

    @Test func theReportCatalogLoadsWithProvenance() throws {
        let pairs = maker.catalog.pairs
        #expect(pairs.count > 50)
        #expect(pairs.allSatisfy { !$0.source.isEmpty })
        let areaIDs = Set(questionnaire.vocabularies["cooperation-areas"]!.choices.map(\.id))
        #expect(pairs.allSatisfy { $0.areas.allSatisfy(areaIDs.contains) })
        #expect(pairs.contains { $0.source == "Table 6" && $0.certainty == .pairOnly && $0.areas.isEmpty })
    }

    /// Case study 13: Manchester and Wuhan's four priority areas after their 30th anniversary.
    @Test func manchesterAndWuhanShareTheirRecordedPriorityAreas() throws {
        let proposal = maker.propose(
            try example("manchester-wuhan"), source: "m", try fixture("wuhan.yaml"), source: "w")
        for area in ["climate-adaptation", "smart-cities", "health-biotech", "sport"] {
            #expect(proposal.sharedAreas.contains(area), "missing \(area)")
        }
        let first = try #require(proposal.precedents.first)
        #expect(first.joins("Manchester", "Wuhan"))
        #expect(first.source.contains("Case study 13"), "the pair's sources are merged into one precedent")
        let pairs = proposal.precedents.map { "\($0.europe.city)|\($0.china.city)" }
        #expect(Set(pairs).count == pairs.count, "each pair once")
        #expect(
            proposal.existingLinks.contains(
                MatchLink(kind: .partner, city: "Manchester", other: "Wuhan", signed: .memorandum)))
        #expect(proposal.firstAgreement.kind == .nextStep)
        #expect(proposal.firstAgreement.next != nil)
    }

    /// Case study 12: Rome and Yantai.
    @Test func romeAndYantaiShareTheirRecordedAreasAndFillEachOthersGaps() throws {
        let proposal = maker.propose(try fixture("rome.yaml"), source: "r", try fixture("yantai.yaml"), source: "y")
        let recorded = try #require(maker.catalog.pairs.first { $0.source == "Case study 12" })
        #expect(recorded.joins("Rome", "Yantai"))
        #expect(Set(recorded.areas).isSubset(of: Set(proposal.sharedAreas)))
        #expect(proposal.complements.contains { $0.strength.city == "Rome" && $0.need.city == "Yantai" })
        #expect(proposal.complements.contains { $0.strength.city == "Yantai" && $0.need.city == "Rome" })
        #expect(proposal.precedents.first?.joins("Rome", "Yantai") == true)
        #expect(proposal.firstActivities.map(\.source) == ["§1.2.1", "§1.2.2"])
        #expect(proposal.firstActivities.map(\.kind) == [.peopleToPeople, .businessDelegation])
        #expect(proposal.firstActivities.last?.area.map(proposal.sharedAreas.contains) == true)
    }

    @Test func strangersAreAdvisedToStartWithAnMoU() throws {
        let proposal = maker.propose(
            try example("stavanger-yantai"), source: "s", try fixture("candidates/medium.yaml"), source: "m")
        #expect(proposal.firstAgreement.kind == .firstAgreement)
        #expect(proposal.firstAgreement.areas == Array(proposal.sharedAreas.prefix(3)))
        #expect(proposal.firstAgreement.source == "§1.3.1; §3")
    }

    @Test func candidatesAreRankedBestFirstWithReasons() throws {
        let folder = Self.fixtures.appendingPathComponent("candidates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        let candidates = try names.map {
            CandidateRanker.Candidate(
                profile: maker.profile(try session(folder.appendingPathComponent($0))), source: $0)
        }
        let ranking = maker.rank(
            try example("manchester-wuhan"), source: "manchester", candidates: candidates, folder: "candidates",
            skipped: [("broken.json", "damaged")])
        #expect(
            ranking.ranked.map(\.source) == ["strong.yaml", "partner.yaml", "medium.yaml", "linked.yaml", "weak.yaml"])
        #expect(ranking.ranked.map(\.score) == [44, 22, 12, 10, 0])
        #expect(ranking.ranked.map(\.rank) == [1, 2, 3, 4, 5])
        let linked = ranking.ranked[3]
        #expect(linked.reasons.map(\.kind) == MatchScore.Kind.allCases, "the same breakdown for every candidate")
        #expect(linked.reasons.filter { $0.points > 0 }.map(\.kind) == [.existingLink])
        #expect(linked.reasons.first { $0.kind == .existingLink }?.points == MatchScore.Kind.existingLink.pointsEach)
        #expect(ranking.ranked[0].reasons.first?.kind == .sharedInterests)
        #expect(ranking.ranked[0].reasons.first?.areas.isEmpty == false)
        #expect(ranking.skipped.map(\.file) == ["broken.json"])
        // The explained points add up to the score used for ranking.
        for entry in ranking.ranked { #expect(entry.reasons.map(\.points).reduce(0, +) == entry.score) }
    }

    @Test func tiesKeepTheGivenOrder() throws {
        let weak = maker.profile(try fixture("candidates/weak.yaml"))
        let strong = maker.profile(try fixture("candidates/strong.yaml"))
        let city = maker.profile(try example("manchester-wuhan"))
        let candidates: [CandidateRanker.Candidate] = [
            .init(profile: weak, source: "a.json"), .init(profile: weak, source: "b.json"),
            .init(profile: strong, source: "c.json"), .init(profile: weak, source: "d.json"),
        ]
        let ranked = CandidateRanker(scorer: maker.scorer).rank(city, candidates).ranked
        #expect(ranked.map { candidates[$0.position].source } == ["c.json", "a.json", "b.json", "d.json"])
    }

    @Test func aCityIsKnownByItsWholeNameNotByLettersInsideWords() throws {
        var city = maker.profile(try example("manchester-wuhan"))
        var nice = city
        nice.cityName = "Nice"
        city.knownNames = ["A very nice museum in Nicea"]
        #expect(!city.knows(nice))
        city.knownNames = ["Venice and Nicea"]
        #expect(!city.knows(nice))
        city.knownNames = ["the Nice carnival in Ningbo"]
        #expect(city.mentions(of: nice) == ["the Nice carnival in Ningbo"])
    }

    /// The quick reader used for portfolios gives the same profile as a full load.
    @Test func theQuickReaderGivesTheSameProfileAsAFullLoad() throws {
        let reader = MatchingSessionReader(questionnaire: questionnaire)
        for name in ["candidates/strong.yaml", "candidates/linked.yaml", "rome.yaml", "wuhan.yaml"] {
            let session = try fixture(name)
            let data = try SessionStore.encoder().encode(session)
            let quick = try #require(reader.read(data), "\(name)")
            #expect(maker.profile(quick) == maker.profile(session), "\(name)")
            #expect(quick.createdAt == session.createdAt)
        }
        #expect(reader.read(Data("{\"schemaVersion\": 2".utf8)) == nil, "a damaged file is left to the full reader")
        var other = try fixture("rome.yaml")
        other.questionnaireID = "another-questionnaire"
        #expect(reader.read(try SessionStore.encoder().encode(other)) == nil)
    }

    @Test func areaSetsCountAndIntersect() {
        let a = AreaSet([1, 3, 70])
        let b = AreaSet([3, 70, 5])
        #expect(a.overlap(with: b) == 2)
        #expect(a.intersection(b).indices == [3, 70])
        #expect(a.union(b).count == 4)
        #expect(AreaSet().isEmpty)
    }
}
