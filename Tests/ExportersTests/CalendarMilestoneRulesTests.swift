import Exporters
import Foundation
import PlanModel
import Testing

/// Issue 12: which activities are calendar milestones is data
/// (`rules/milestones.yaml`), checked when the rules load like every other
/// rule file, so a misspelt id is found at start-up, with its file and line.
@Suite struct CalendarMilestoneRulesTests {
    let plans = ExamplePlans.shared

    /// The built-in file names a day for every kind and the activities of the brief.
    @Test func theBuiltInMilestonesLoad() {
        let milestones = plans.catalog.milestones
        #expect(milestones.kind(of: "sign-memorandum") == .signing)
        #expect(milestones.kind(of: "delegation-exchange") == .delegation)
        #expect(milestones.kind(of: "anniversary-review") == .anniversary)
        #expect(milestones.kind(of: "evaluate-and-next-plan") == .evaluation)
        #expect(milestones.kind(of: "funding-plan") == nil)
        #expect(Set(milestones.days.keys) == Set(MilestoneKind.allCases))
        #expect(milestones.day(of: .signing) == MilestoneRules.Day(month: 6, day: 1))
    }

    /// A copy of the built-in rules with `milestones.yaml` replaced, loaded.
    private func problems(milestones text: String) throws -> [QuestionnaireProblem] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("milestones-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: PlanDocumentBuilderTests.root.appendingPathComponent("rules"), to: folder)
        try text.write(to: folder.appendingPathComponent("milestones.yaml"), atomically: true, encoding: .utf8)
        do {
            _ = try RuleCatalogLoader().load(directory: folder, questionnaire: plans.questionnaire)
            return []
        } catch {
            return error.problems
        }
    }

    /// A misspelt activity, an impossible day, an activity of two kinds and a missing kind are each reported at their line.
    @Test func mistakesAreReportedWithTheirLines() throws {
        let problems = try problems(
            milestones: """
                signing:
                  day: "06-01"
                  activities: [sign-memorandun, delegation-exchange]
                delegation:
                  day: "02-29"
                  activities: [delegation-exchange]
                anniversary:
                  day: "9-15"
                """)
        let messages = problems.map { "\($0.line ?? 0): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("3: signing: \"sign-memorandun\" is not an activity") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("5: delegation day \"02-29\" is not a day of every year") })
        #expect(
            messages.contains { $0.hasPrefix("6: \"delegation-exchange\" is already a milestone of the kind signing") })
        #expect(messages.contains { $0.hasPrefix("8: anniversary day \"9-15\"") })
        #expect(messages.contains { $0.contains("needs the group `evaluation`") })
        #expect(problems.allSatisfy { $0.file.hasSuffix("milestones.yaml") })
    }

    /// A catalogue whose manifest names no milestones file still loads; its calendar holds the anniversaries only.
    @Test func theMilestonesFileIsOptional() throws {
        let fixture = try BilingualFixture()
        #expect(fixture.catalog.milestones == .none)
        #expect(fixture.catalog.milestones.day(of: .anniversary) == MilestoneRules.Day(month: 7, day: 1))
    }
}
