import Foundation
import PlanModel
import Storage
import Testing

/// Session rounds, the migration of version 1 files, comparing rounds, and the
/// suggestions for a revived partnership (issue: reviving a dormant partnership).
@Suite struct RevivalTests {
    let questionnaire: Questionnaire
    let v1File = TestQuestionnaires.repositoryRoot.appendingPathComponent(
        "Tests/Fixtures/sessions/manchester-wuhan-v1.json")
    let later = Date(timeIntervalSince1970: 1_700_000_000)  // 2023-11-14

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
    }

    private func v1Session() throws -> Session {
        try SessionFile().load(from: v1File)
    }

    // MARK: Migration

    @Test func aVersionOneFileOpensAsOneRoundAndIsNotRewritten() throws {
        let before = try Data(contentsOf: v1File)
        #expect(String(decoding: before, as: UTF8.self).contains("\"schemaVersion\": 1"))
        let session = try v1Session()
        #expect(session.schemaVersion == Session.currentSchemaVersion)
        #expect(session.roundNumber == 1)
        #expect(session.previousRounds.isEmpty)
        #expect(session.roundStartedAt == session.createdAt)
        #expect(session.answers["city-name"] == .text("Manchester"))
        guard case .swocEntries(let strengths) = session.answers["strengths"] else {
            Issue.record("no strengths")
            return
        }
        #expect(strengths.count == 4)
        #expect(strengths.allSatisfy { $0.id == nil })
        #expect(try Data(contentsOf: v1File) == before, "loading never rewrites the file")
    }

    @Test func aMigratedSessionIsSavedInTheCurrentVersion() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("migrated-\(UUID().uuidString).json")
        try SessionFile().save(try v1Session(), to: url)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("\"schemaVersion\" : 2"))
        #expect(text.contains("\"previousRounds\" : ["))
        let reloaded = try SessionFile().load(from: url)
        let original = try v1Session()
        #expect(reloaded == original)
    }

    // MARK: Rounds

    @Test func revivingKeepsTheEarlierRoundAsItWas() throws {
        var session = try v1Session()
        let original = session.currentRound
        session.revive(at: later)
        #expect(session.roundNumber == 2)
        #expect(session.previousRounds.count == 1)
        #expect(session.previousRounds[0].startedAt == original.startedAt)
        #expect(session.previousRounds[0].completedAt == original.completedAt)
        #expect(session.finished.isEmpty, "every answer is offered again")
        #expect(session.completedAt == nil)
        #expect(session.roundStartedAt == later)
        // Entry ids are given once, shared by the frozen round and its copy.
        guard case .swocEntries(let frozen) = session.previousRounds[0].answers["strengths"],
            case .swocEntries(let copy) = session.answers["strengths"]
        else {
            Issue.record("no strengths")
            return
        }
        #expect(frozen.map(\.id) == copy.map(\.id))
        #expect(Set(frozen.compactMap(\.id)).count == 4)
        // Changing the new round leaves the old one alone.
        session.answers["city-name"] = .text("Greater Manchester")
        #expect(session.previousRounds[0].answers["city-name"] == .text("Manchester"))
        // A second revival numbers new entries after the highest id so far.
        session.answers["strengths"] = .swocEntries(copy + [SwocEntry(text: "New")])
        session.revive(at: later)
        guard case .swocEntries(let third) = session.answers["strengths"] else { return }
        let numbers = session.rounds.flatMap { round -> [String] in
            guard case .swocEntries(let entries) = round.answers["strengths"] else { return [] }
            return entries.compactMap(\.id)
        }
        #expect(third.last?.id != nil)
        #expect(Set(numbers).count == 5, "ids never repeat across rounds: \(numbers)")
        #expect(session.rounds.map(\.number) == [1, 2, 3])
    }

    // MARK: Comparing rounds

    @Test func comparingRoundsFindsAddedDroppedChangedAndKeptEntries() throws {
        var session = try v1Session()
        session.revive(at: later)
        guard case .swocEntries(var strengths) = session.answers["strengths"] else { return }
        strengths[1].text = "Council-funded staff in Wuhan, now two people"  // edit
        strengths.remove(at: 2)  // drop
        strengths.append(SwocEntry(text: "Football clubs known across China", areas: ["sport"]))  // add
        session.answers["strengths"] = .swocEntries(strengths)
        session.answers["partner-stage"] = .text("letter-of-intent")
        session.answers["resource-level"] = .text("lean")
        session.answers["shared-areas"] = .texts(["smart-cities", "sport", "creative-economy"])
        let diff = RoundComparer(questionnaire: questionnaire, language: "en")
            .compare(session.previousRounds[0], labelled: "round 1", with: session.currentRound, labelled: "round 2")
        let quadrant = try #require(diff.quadrants.first { $0.quadrant == .strengths })
        #expect(quadrant.added.map(\.text) == ["Football clubs known across China"])
        #expect(quadrant.dropped.map(\.text).first?.hasPrefix("An industrial past") == true)
        #expect(quadrant.changed.map(\.after.text) == ["Council-funded staff in Wuhan, now two people"])
        #expect(quadrant.kept == 2)
        #expect(diff.quadrants.filter { $0.quadrant != .strengths }.allSatisfy { $0.isEmpty })
        #expect(diff.areasAdded == ["creative-economy"])
        #expect(diff.areasDropped == ["urban-renewal"], "the other areas of S3 are still named by opportunities")
        #expect(diff.answers.map(\.questionID) == ["partner-stage", "resource-level"])
        #expect(diff.answers[0].before == "MoU or friendship / sister-city agreement")
        #expect(diff.answers[0].after == "Letter of Cooperation Intent (framework agreement)")
        #expect(diff.from.number == 1)
        #expect(diff.from.participants.count == 5)
    }

    @Test func twoFilesWithoutSharedIdsAreMatchedByText() throws {
        let old = try v1Session().currentRound
        var new = old
        guard case .swocEntries(var weaknesses) = new.answers["weaknesses"] else { return }
        weaknesses[0].text = "  " + weaknesses[0].text.uppercased() + " "  // Same words, other case and spacing.
        weaknesses[1].areas = ["eu-funds-missing"]
        new.answers["weaknesses"] = .swocEntries(weaknesses)
        new.answers["funding-sources"] = .texts(
            (old.answers["funding-sources"].flatMap {
                if case .texts(let items) = $0 { return items.reversed() } else { return nil }
            }) ?? [])
        let diff = RoundComparer(questionnaire: questionnaire, language: "en")
            .compare(old, labelled: "a.json", with: new, labelled: "b.json", numbered: false)
        let quadrant = try #require(diff.quadrants.first { $0.quadrant == .weaknesses })
        #expect(quadrant.added.isEmpty && quadrant.dropped.isEmpty)
        #expect(quadrant.changed.count == 2, "a new text spelling and new areas are changes of the same entry")
        #expect(diff.answers.isEmpty, "reordered choices are not a change")
        #expect(diff.from.number == nil)
    }

    @Test func identicalRoundsHaveNoChanges() throws {
        var session = try v1Session()
        session.revive(at: later)
        let diff = RoundComparer(questionnaire: questionnaire, language: "en")
            .compare(session.previousRounds[0], labelled: "1", with: session.currentRound, labelled: "2")
        #expect(diff.isEmpty)
        #expect(diff.quadrants.map(\.kept) == [4, 3, 5, 4])
    }

    // MARK: Suggestions for a revived partnership

    @Test func aRevivalWithNewAreasGetsANewLetterOfIntentBridgesAndUpkeep() throws {
        var session = try v1Session()
        session.answers["partner-status"] = .text("dormant")
        session.answers["partner-stage"] = .text("letter-of-intent")
        session.revive(at: later)
        session.answers["partner-status"] = .text("active")
        session.answers["shared-areas"] = .texts(["smart-cities", "creative-economy"])
        let suggestions = try Suggestions(questionnaire: questionnaire, session: session)
        #expect(suggestions.agreement.next == .letterOfIntent)
        #expect(suggestions.agreement.areas == ["creative-economy"])
        #expect(
            suggestions.agreement.headline.hasPrefix("Sign a new Letter of Cooperation Intent naming the refreshed"))
        #expect(suggestions.agreement.reasons.last?.source == "§1.3.2; Case study 13")
        let rules = suggestions.plan.map(\.rule)
        #expect(rules.contains("rebuild-contacts"))
        #expect(rules.contains("revival-upkeep"))
        #expect(!rules.contains("dormant-review"), "the revival is the review")
        let bridge = try #require(suggestions.plan.first { $0.rule == "rebuild-contacts" })
        #expect(bridge.description.contains("Chinese or European embassies and consulates; our own office"))
        #expect(bridge.source == "§2.2.3; §3")
        // The next anniversary is still a review.
        #expect(rules.contains("anniversary-review"))
    }

    @Test func aRoundWithoutRevivalGetsNoneOfThis() throws {
        let suggestions = try Suggestions(questionnaire: questionnaire, session: try v1Session())
        let rules = suggestions.plan.map(\.rule)
        #expect(!rules.contains("rebuild-contacts"))
        #expect(!rules.contains("revival-upkeep"))
        #expect(!suggestions.agreement.headline.contains("refreshed"))
    }
}
