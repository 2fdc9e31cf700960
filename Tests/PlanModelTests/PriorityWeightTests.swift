import Foundation
import PlanModel
import Testing

/// Issue 13, "Priorities": the entries a workshop marks as mattering most
/// are weighed first by the plan (which areas it works on, and the order of
/// each year's activities) and by TOWS, on cities built from the report's
/// case studies. (A SWOC without marks gives the plan it gave before: the
/// golden plans, which have none, are unchanged.)
@Suite struct PriorityWeightTests {
    let questionnaire: Questionnaire
    let catalog: RuleCatalog

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
        catalog = try TestRules.catalog(for: questionnaire)
    }

    private func session(_ city: String) throws -> Session {
        let url = TestQuestionnaires.repositoryRoot.appendingPathComponent("Tests/Fixtures/cities/\(city).yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        return try AnswersImport(questionnaire: questionnaire, language: "en")
            .run(text: text, now: Date(timeIntervalSince1970: 1_500_000_000)).session
    }

    /// Marks entries (1-based, as shown) of a quadrant.
    private func marking(_ numbers: [Int], of quadrant: String, in session: Session) -> Session {
        var session = session
        guard case .swocEntries(var entries) = session.answers[quadrant] else { return session }
        for number in numbers { entries[number - 1].isPriority = true }
        session.answers[quadrant] = .swocEntries(entries)
        return session
    }

    private func suggestions(_ session: Session) -> Suggestions {
        Suggestions(questionnaire: questionnaire, session: session, catalog: catalog)
    }

    private func facts(_ session: Session) -> PlanFacts {
        PlanFacts(questionnaire: questionnaire, session: session)
    }

    /// Case study 10 (Bonn–Chengdu): low-carbon work leads the plan, until the
    /// team marks its 10th-anniversary cultural week as mattering most.
    @Test func bonnsMarkedCulturalWeekLeadsTheAreas() throws {
        let bonn = try session("bonn-chengdu")
        #expect(facts(bonn).rankedAreas.first == "low-carbon")
        let marked = marking([3], of: "opportunities", in: bonn)
        #expect(facts(marked).rankedAreas.first == "culture-tourism")
    }

    /// Münster has no partner yet: its marked strength decides where it looks first.
    @Test func aCityWithoutAPartnerRanksItsMarkedStrengthFirst() throws {
        let munster = try session("munster-no-partner")
        let ranked = facts(munster).rankedAreas
        guard case .swocEntries(let strengths) = munster.answers["strengths"],
            let number = strengths.firstIndex(where: { !$0.areas.isEmpty && $0.areas[0] != ranked.first })
        else {
            Issue.record("the fixture needs a strength outside the top area")
            return
        }
        let area = strengths[number].areas[0]
        #expect(facts(marking([number + 1], of: "strengths", in: munster)).rankedAreas.first == area)
    }

    /// Bonn's strongest SO pair shares two areas; marking Beethoven's city and
    /// the cultural week puts that pair first.
    @Test func tOWSPutsAPairOfPrioritiesFirst() throws {
        let bonn = try session("bonn-chengdu")
        let before = suggestions(bonn).strategies.filter { $0.kind == .so }
        #expect(before.first?.internalEntry.code == "S2")
        let marked = marking([3], of: "opportunities", in: marking([3], of: "strengths", in: bonn))
        let after = suggestions(marked).strategies.filter { $0.kind == .so }
        #expect(after.first.map { [$0.internalEntry.code, $0.externalEntry.code] } == ["S3", "O3"])
    }

    /// In every city, once its first weakness and challenge are marked, each
    /// year's activities in a stream answering them come before the others.
    @Test func eachYearListsActivitiesAnsweringPrioritiesFirst() throws {
        var checked = 0
        for city in CaseStudyCityTests.cities {
            var marked = try session(city)
            marked = marking([1], of: "weaknesses", in: marking([1], of: "challenges", in: marked))
            let priorities = facts(marked).priorityReferences
            let plan = suggestions(marked).plan
            for year in Set(plan.map(\.planYear)) {
                for stream in Set(plan.map(\.stream)) {
                    let group = plan.filter { $0.planYear == year && $0.stream == stream }
                    let answering = group.map { $0.answers.contains(where: priorities.contains) }
                    #expect(answering == answering.sorted { $0 && !$1 }, "\(city), year \(year), \(stream)")
                    if answering.contains(true) && answering.contains(false) { checked += 1 }
                }
            }
        }
        #expect(checked > 0, "some year mixes activities that answer a priority and ones that do not")
    }
}
