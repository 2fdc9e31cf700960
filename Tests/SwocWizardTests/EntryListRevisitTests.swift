import Foundation
import PlanModel
import Storage
import Testing

@testable import SwocWizard

/// Issue 13, "Revisiting lists": a team going back over a list it filled
/// before keeps an entry with one key, keeps the rest at any point and adds
/// new ones, steps back one entry with `:back`, and is told which entry a
/// drop removed.
@Suite struct EntryListRevisitTests {
    let questionnaire: Questionnaire
    let sessionURL: URL
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        questionnaire = try QuestionnaireLoader().load(directory: FlowFixtures.smallQuestionnaire())
        sessionURL = FileManager.default.temporaryDirectory.appendingPathComponent("revisit-\(UUID().uuidString).json")
    }

    private let earlier = [
        SwocEntry(text: "Port", areas: ["port-logistics"], actor: "government"),
        SwocEntry(text: "University", areas: ["smart-cities"]),
        SwocEntry(text: "Football", actor: "academia"),
        SwocEntry(text: "Old town", areas: ["culture-tourism"]),
    ]

    private func session() -> Session {
        var session = Session(questionnaire: questionnaire, language: "en", now: now)
        session.answers = [
            "city-name": .text("Bonn"), "has-partner": .flag(false), "strengths": .swocEntries(earlier),
        ]
        session.finished = ["city-name", "has-partner"]
        return session
    }

    private func run(_ lines: [String]) -> ScriptedTerminal {
        let terminal = ScriptedTerminal(lines: lines)
        let flow = WizardFlow(
            engine: WizardEngine(questionnaire: questionnaire, session: session()), terminal: terminal,
            saver: SessionSaver(url: sessionURL), now: { now })
        _ = flow.run(from: nil)
        return terminal
    }

    private func savedStrengths() throws -> [SwocEntry] {
        guard case .swocEntries(let entries) = try SessionFile().load(from: sessionURL).answers["strengths"] else {
            return []
        }
        return entries
    }

    /// One Enter per kept entry: no areas or actor prompt in between, and the tags stay.
    @Test func enterKeepsAnEntryWithItsTagsInOneKeyPress() throws {
        let terminal = run(["Port", "University", ":quit"])
        #expect(terminal.prompts.map(\.prompt) == ["Strength 1> ", "Strength 2> ", "Strength 3> "])
        #expect(terminal.output.contains("kept [Port logistics; raised by Government]"))
        #expect(try savedStrengths() == earlier)
    }

    /// `:keep` at the second entry keeps it and the two after it; the next prompt is a new entry.
    @Test func keepKeepsTheRestAndGoesToNewEntries() throws {
        let terminal = run(["Port", ":keep", "Canal", "", "", ":quit"])
        #expect(terminal.output.contains("Kept the 3 remaining earlier entries as they were."))
        #expect(terminal.prompts[2] == .init(prompt: "Strength 5> ", prefill: nil))
        #expect(try savedStrengths().map(\.text) == ["Port", "University", "Football", "Old town", "Canal"])
        #expect(try savedStrengths().prefix(4) == earlier[...])
    }

    /// `:keep` typed after the earlier text (readline leaves it on the line) works too.
    @Test func keepAfterThePrefilledTextIsTheCommand() throws {
        let terminal = run(["Port:keep", "", ":quit"])
        #expect(terminal.output.contains("Kept the 4 remaining earlier entries"))
        #expect(try savedStrengths() == earlier)
    }

    /// With nothing left to keep, `:keep` says so and the list goes on.
    @Test func keepWithNothingLeftSaysSo() throws {
        let terminal = run([":keep", ":keep", ":quit"])
        #expect(terminal.output.contains("No earlier entries are left to keep."))
        #expect(terminal.prompts[1] == .init(prompt: "Strength 5> ", prefill: nil))
    }

    /// `:back` in a list goes to the entry before, back on the line to change.
    @Test func backGoesToThePreviousEntry() throws {
        let terminal = run(["Port", "University", ":back", "University of Bonn", "Smart cities", "", ":quit"])
        #expect(terminal.prompts[3] == .init(prompt: "Strength 2> ", prefill: "University"))
        #expect(terminal.prompts[4].prompt.contains("Areas"))
        #expect(terminal.prompts[4].prefill == "Smart cities")
        let edited = try savedStrengths()[1]
        #expect(edited.text == "University of Bonn" && edited.areas == ["smart-cities"] && edited.actor == nil)
        #expect(edited.id == earlier[1].id, "still the same entry, for the round comparison")
        #expect(try savedStrengths().count == 4, "stepping back loses nothing")
    }

    /// At the first entry `:back` still leaves for the previous question.
    @Test func backAtTheFirstEntryGoesToThePreviousQuestion() throws {
        let terminal = run([":back", ":quit"])
        #expect(terminal.prompts[1].prompt == "> ")
        #expect(try savedStrengths() == earlier)
    }

    /// `:back` at an entry's areas goes back to its text, not out of the list.
    @Test func backAtADetailGoesToTheEntrysText() throws {
        let terminal = run(["Port city", ":back", "Port", ":quit"])
        #expect(terminal.prompts[1].prompt.contains("Areas"))
        #expect(terminal.prompts[2] == .init(prompt: "Strength 1> ", prefill: "Port city"))
        #expect(try savedStrengths().count == 4)
    }

    /// A drop names the entry it removed.
    @Test func aDropNamesTheEntry() throws {
        let terminal = run(["Port", ":drop", ":quit"])
        #expect(terminal.output.contains("Removed: University"))
        #expect(try savedStrengths().map(\.text) == ["Port", "Football", "Old town"])
    }

    /// Review of issue 13: after `:review` the question is shown again above
    /// its prompt, as the listing has pushed it up the screen.
    @Test func theQuestionIsShownAgainAfterReview() throws {
        let terminal = run([":review", ":quit"])
        let listing = try #require(terminal.output.range(of: "Answers so far:"))
        #expect(terminal.output[listing.upperBound...].contains("\nA strength\n"))
    }

    /// `:keep` outside a list is explained, and the question is asked again.
    @Test func keepAtASingleAnswerIsExplained() throws {
        let terminal = run([":back", ":keep", ":quit"])
        #expect(terminal.output.contains("No earlier entries are left to keep."))
        #expect(terminal.prompts.count == 3)
    }
}
