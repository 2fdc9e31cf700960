import Foundation
import PlanModel
import Testing

/// Issue 13, "Priorities": an answers file marks the entries that matter
/// most with `priority: true`, within the quadrant's limit, and gets a
/// clear problem otherwise.
@Suite struct AnswersFilePriorityTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    private func run(_ strengths: String, quadrant: String = "strengths") throws -> Result<
        Session, AnswersImport.Failure
    > {
        let text = """
            language: en
            city-name: Bonn
            city-country: Germany
            city-side: european
            has-partner: no
            resource-level: lean
            \(quadrant):
            \(strengths)
            """
        let importer = AnswersImport(questionnaire: try TestQuestionnaires.builtIn(), language: "en")
        do throws(AnswersImport.Failure) {
            return .success(try importer.run(text: text, now: now).session)
        } catch {
            return .failure(error)
        }
    }

    @Test func priorityTrueMarksTheEntry() throws {
        let session = try run(
            """
              - text: Port
                priority: true
              - text: University
              - text: Old town
                priority: no
            """
        ).get()
        guard case .swocEntries(let entries) = session.answers["strengths"] else {
            Issue.record("no strengths")
            return
        }
        #expect(entries.map(\.isPriority) == [true, false, false])
    }

    @Test func moreThanTheLimitIsAProblem() throws {
        let four = (1...4).map { "  - {text: Entry \($0), priority: true}" }.joined(separator: "\n")
        guard case .failure(let failure) = try run(four) else {
            Issue.record("four priorities accepted")
            return
        }
        #expect(failure.problems.map(\.kind) == [.tooManyPriorities(limit: 3)])
        #expect(failure.problems.first?.questionID == "strengths")
    }

    /// Reported with the entries' other problems, not after they are fixed (review of issue 13).
    @Test func tooManyIsReportedAlongsideOtherProblemsOfTheList() throws {
        let four = (1...4).map { "  - {text: Entry \($0), priority: true, actor: goverment}" }.joined(separator: "\n")
        guard case .failure(let failure) = try run(four) else {
            Issue.record("accepted")
            return
        }
        #expect(failure.problems.contains { $0.kind == .tooManyPriorities(limit: 3) })
        #expect(failure.problems.contains { $0.path == "strengths[1].actor" })
    }

    @Test func aPriorityThatIsNotYesOrNoIsAProblemAtItsField() throws {
        guard case .failure(let failure) = try run("  - {text: Port, priority: maybe}") else {
            Issue.record("accepted")
            return
        }
        #expect(failure.problems.first?.path == "strengths[1].priority")
    }
}
