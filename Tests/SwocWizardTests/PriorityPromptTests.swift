import Foundation
import PlanModel
import Storage
import Testing

@testable import SwocWizard

/// Issue 13, "Priorities, as a workshop sets them": once a quadrant is
/// listed, the team marks the entries that matter most, by number; the
/// marks are saved on the entries and come back on the line next time.
@Suite struct PriorityPromptTests {
    let questionnaire: Questionnaire
    let sessionURL: URL
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        var questionnaire = try QuestionnaireLoader().load(directory: FlowFixtures.smallQuestionnaire())
        // The small questionnaire's strengths, asking for up to two priorities.
        for step in questionnaire.steps.indices {
            for question in questionnaire.steps[step].questions.indices
            where questionnaire.steps[step].questions[question].id == "strengths" {
                questionnaire.steps[step].questions[question].priorities = 2
            }
        }
        self.questionnaire = questionnaire
        sessionURL = FileManager.default.temporaryDirectory.appendingPathComponent("priority-\(UUID().uuidString).json")
    }

    private func run(_ lines: [String], strengths: [SwocEntry] = []) -> ScriptedTerminal {
        var session = Session(questionnaire: questionnaire, language: "en", now: now)
        session.answers = ["city-name": .text("Bonn"), "has-partner": .flag(false)]
        if !strengths.isEmpty { session.answers["strengths"] = .swocEntries(strengths) }
        session.finished = ["city-name", "has-partner"]
        let terminal = ScriptedTerminal(lines: lines)
        let flow = WizardFlow(
            engine: WizardEngine(questionnaire: questionnaire, session: session), terminal: terminal,
            saver: SessionSaver(url: sessionURL), now: { now })
        _ = flow.run(from: nil)
        return terminal
    }

    private func saved() throws -> Session { try SessionFile().load(from: sessionURL) }

    private func strengths() throws -> [SwocEntry] {
        guard case .swocEntries(let entries) = try saved().answers["strengths"] else { return [] }
        return entries
    }

    private let three = [
        SwocEntry(text: "Port", areas: ["port-logistics"]), SwocEntry(text: "University", areas: ["smart-cities"]),
        SwocEntry(text: "Old town", areas: ["culture-tourism"]),
    ]

    @Test func theTeamMarksEntriesByNumberAndTheyAreSaved() throws {
        let terminal = run([":keep", "", "3, 1", ":quit"], strengths: three)
        #expect(terminal.output.contains("Which of these strengths matter most? Up to 2 numbers"))
        #expect(terminal.output.contains("1. Port") && terminal.output.contains("3. Old town"))
        #expect(terminal.prompts[2].prompt == "  Matter most> ")
        #expect(terminal.output.contains("2 entries marked ★ as mattering most."))
        #expect(try strengths().map(\.isPriority) == [true, false, true])
        #expect(try saved().finished.contains("strengths"))
    }

    /// `:review` marks the chosen entries as the plan does.
    @Test func reviewMarksThePriorities() throws {
        var marked = three
        marked[2].isPriority = true
        let terminal = run([":review", ":quit"], strengths: marked)
        #expect(terminal.output.contains("    - ★ Old town"))
        #expect(terminal.output.contains("    - Port"))
    }

    /// Next time the marks are on the line: Enter keeps them, an edit changes them.
    @Test func earlierMarksComeBackOnTheLine() throws {
        var marked = three
        marked[1].isPriority = true
        let terminal = run([":keep", "", "2", ":quit"], strengths: marked)
        #expect(terminal.prompts[2].prefill == "2")
        #expect(try strengths().map(\.isPriority) == [false, true, false])
        let cleared = run([":keep", "", "", ":quit"], strengths: marked)
        #expect(cleared.output.contains("No entry marked."))
        #expect(try strengths().allSatisfy { !$0.isPriority })
    }

    /// A wrong answer is explained and asked again; nothing is marked on the way.
    @Test func wrongNumbersAreExplainedAndAskedAgain() throws {
        let terminal = run([":keep", "", "4", "1,2,3", "first", "2", ":quit"], strengths: three)
        #expect(terminal.output.contains("There is no entry 4: the numbers go from 1 to 3."))
        #expect(terminal.output.contains("Choose at most 2, so the marks still single something out."))
        #expect(terminal.output.contains("\"first\" is not an entry number."))
        #expect(terminal.prompts[3].prefill == "4", "the refused answer is back on the line to correct")
        #expect(try strengths().map(\.isPriority) == [false, true, false])
    }

    /// `:skip` leaves the marks as they were; `:back` returns to the last entry.
    @Test func skipKeepsTheMarksAndBackReturnsToTheList() throws {
        var marked = three
        marked[0].isPriority = true
        _ = run([":keep", "", ":skip", ":quit"], strengths: marked)
        #expect(try strengths().map(\.isPriority) == [true, false, false])
        let back = run([":keep", "", ":back", ":quit"], strengths: three)
        #expect(back.prompts[3] == .init(prompt: "Strength 3> ", prefill: "Old town"))
    }

    /// One entry leaves nothing to choose between, so the question is not asked.
    @Test func aSingleEntryIsNotAskedAbout() throws {
        let terminal = run(["Port", "", "", "", ":quit"])
        #expect(!terminal.output.contains("matter most"))
        #expect(try strengths().count == 1)
    }

    /// An edited entry keeps its mark: it is still the entry the team chose.
    @Test func anEditedEntryKeepsItsMark() throws {
        var marked = three
        marked[0].isPriority = true
        let terminal = run(["Port of Bonn", "Port logistics", "", ":keep", "", "1", ":quit"], strengths: marked)
        #expect(terminal.prompts.last(where: { $0.prompt.contains("Matter most") })?.prefill == "1")
        #expect(try strengths().first?.isPriority == true)
    }
}
