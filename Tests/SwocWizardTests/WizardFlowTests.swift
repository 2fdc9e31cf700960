import Foundation
import PlanModel
import Storage
import Testing

@testable import SwocWizard

/// The interactive flow, driven through a scripted terminal against a small
/// questionnaire: navigation, commands, lists and saving.
@Suite struct WizardFlowTests {
    let questionnaire: Questionnaire
    let sessionURL: URL
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        questionnaire = try QuestionnaireLoader().load(directory: FlowFixtures.smallQuestionnaire())
        sessionURL = FileManager.default.temporaryDirectory.appendingPathComponent("flow-\(UUID().uuidString).json")
    }

    private func run(_ terminal: ScriptedTerminal, session: Session? = nil) -> (FlowOutcome, WizardFlow) {
        let session = session ?? Session(questionnaire: questionnaire, language: "en", now: now)
        let flow = WizardFlow(
            engine: WizardEngine(questionnaire: questionnaire, session: session), terminal: terminal,
            saver: SessionSaver(url: sessionURL), now: { now })
        return (flow.run(from: nil), flow)
    }

    private func saved() throws -> Session {
        try SessionFile().load(from: sessionURL)
    }

    @Test func answersAreSavedAndTheSessionCompletes() throws {
        let terminal = ScriptedTerminal(lines: [
            "Rome", "y", "Yantai", "Film and culture", "cul", "gov", "", "1, port l", "3",
        ])
        let (outcome, _) = run(terminal)
        #expect(outcome == .completed)
        let session = try saved()
        #expect(session.answers["city-name"] == .text("Rome"))
        #expect(session.answers["partner-name"] == .text("Yantai"))
        #expect(
            session.answers["strengths"]
                == .swocEntries([SwocEntry(text: "Film and culture", areas: ["culture-tourism"], actor: "government")]))
        #expect(session.answers["areas"] == .texts(["smart-cities", "port-logistics"]))
        #expect(session.answers["staff"] == .number(3))
        #expect(session.completedAt == now)
        #expect(terminal.output.contains("[Before step 1 · About your city · question 1 of up to 3]"))
        #expect(terminal.output.contains("[Step 1 of 1 · SWOC analysis · question 1 of 3]"))
    }

    @Test func wrongAnswersGetAMessageAndTheQuestionAgain() throws {
        let terminal = ScriptedTerminal(lines: ["", "Rome", "perhaps", "n", "", "nowhere", "2", "500", "5"])
        let (outcome, _) = run(terminal)
        #expect(outcome == .completed)
        #expect(terminal.output.contains("This question needs an answer"))
        #expect(terminal.output.contains("\"perhaps\" is not yes or no"))
        #expect(terminal.output.contains("\"nowhere\" is not one of the choices"))
        #expect(terminal.output.contains("Please give a value from 0 to 50."))
        #expect(try saved().answers["staff"] == .number(5))
    }

    @Test func backPutsTheEarlierAnswerOnTheLineToEdit() throws {
        // A scripted line is the whole line as readline returns it: Enter on a
        // pre-filled "no" comes back as "no".
        let terminal = ScriptedTerminal(lines: ["Rom", "n", ":back", ":back", ":back", "Rome", "no", ":quit"])
        let (outcome, _) = run(terminal)
        #expect(outcome == .paused)
        #expect(terminal.prompts[3] == .init(prompt: "> ", prefill: "no"))
        #expect(terminal.prompts[4] == .init(prompt: "> ", prefill: "Rom"))
        #expect(terminal.prompts[5] == .init(prompt: "> ", prefill: "Rom"), "asked again after the first question")
        #expect(terminal.prompts[6] == .init(prompt: "> ", prefill: "no"))
        let session = try saved()
        #expect(session.answers["city-name"] == .text("Rome"))
        #expect(session.answers["has-partner"] == .flag(false))
        #expect(terminal.output.contains("This is the first question"))
    }

    @Test func requiredQuestionsCannotBeSkipped() throws {
        let terminal = ScriptedTerminal(lines: [":skip", "Bonn", ":skip", ":quit"])
        _ = run(terminal)
        #expect(terminal.output.contains("This question cannot be skipped"))
        let session = try saved()
        #expect(session.finished == ["city-name", "has-partner"])
        #expect(session.answers["has-partner"] == nil)
    }

    @Test func helpShowsTheGuidelineAndCommands() {
        let terminal = ScriptedTerminal(lines: [":help", ":quit"])
        _ = run(terminal)
        #expect(terminal.output.contains("The name. (§1)"))
        #expect(terminal.output.contains("Guideline: report §1"))
        #expect(terminal.output.contains(":goto STEP"))
    }

    @Test func gotoJumpsAndPassedOverQuestionsAreAskedAtTheEnd() throws {
        let terminal = ScriptedTerminal(lines: [":goto 1", "", "", "2", "Bonn", "n"])
        let (outcome, _) = run(terminal)
        #expect(outcome == .completed)
        #expect(terminal.output.contains("Some questions were passed over"))
        #expect(try saved().answers["city-name"] == .text("Bonn"))
        #expect(terminal.unreadInputs == 0)
    }

    @Test func gotoAnUnknownStepListsTheSteps() {
        let terminal = ScriptedTerminal(lines: [":goto 9", ":quit"])
        _ = run(terminal)
        #expect(terminal.output.contains("There is no step \"9\". Steps: 0 About your city, 1 SWOC analysis."))
    }

    @Test func reviewListsTheAnswersSoFar() {
        let terminal = ScriptedTerminal(lines: ["Bonn", "y", "Chengdu", "Beethoven week", "", "", ":review", ":quit"])
        _ = run(terminal)
        #expect(terminal.output.contains("Name?: Bonn"))
        #expect(terminal.output.contains("Partner name?: Chengdu"))
        #expect(terminal.output.contains("    - Beethoven week"))
    }

    @Test func earlierEntriesCanBeKeptEditedOrRemoved() throws {
        var session = Session(questionnaire: questionnaire, language: "en", now: now)
        session.answers = [
            "city-name": .text("Bonn"), "has-partner": .flag(false),
            "strengths": .swocEntries([
                SwocEntry(text: "Keep me", areas: ["smart-cities"]), SwocEntry(text: "Edit me"),
                SwocEntry(text: "Drop me"),
            ]),
        ]
        session.finished = ["city-name", "has-partner"]
        // Issue 13: an entry with its tags is kept with one Enter; an edited one is asked its tags.
        let terminal = ScriptedTerminal(lines: [
            "Keep me", "Edited", "", "acad", "", "New one", "", "", "", ":quit",
        ])
        _ = run(terminal, session: session)
        #expect(terminal.prompts[0] == .init(prompt: "Strength 1> ", prefill: "Keep me"))
        #expect(terminal.prompts[1] == .init(prompt: "Strength 2> ", prefill: "Edit me"))
        #expect(terminal.prompts[2].prompt.contains("Areas"))
        #expect(terminal.prompts[4] == .init(prompt: "Strength 3> ", prefill: "Drop me"))
        #expect(terminal.output.contains("kept [Smart cities]"))
        #expect(terminal.output.contains("Removed: Drop me"))
        #expect(
            try saved().answers["strengths"]
                == .swocEntries([
                    SwocEntry(text: "Keep me", areas: ["smart-cities"]), SwocEntry(text: "Edited", actor: "academia"),
                    SwocEntry(text: "New one"),
                ]))
    }

    @Test func skipAtAnEntryDetailSkipsOnlyThatDetailAndKeepsTheEntry() throws {
        let terminal = ScriptedTerminal(lines: ["Bonn", "n", "Beethoven", ":skip", ":skip", "", ":quit"])
        _ = run(terminal)
        let session = try saved()
        #expect(session.answers["strengths"] == .swocEntries([SwocEntry(text: "Beethoven")]))
        #expect(session.finished == ["city-name", "has-partner", "strengths"])
    }

    @Test func leavingFromAnEntryDetailSavesTheEntryFirst() throws {
        let terminal = ScriptedTerminal(lines: ["Bonn", "n", "Beethoven", "culture", ":back", ":quit"])
        _ = run(terminal)
        let session = try saved()
        #expect(
            session.answers["strengths"] == .swocEntries([SwocEntry(text: "Beethoven", areas: ["culture-tourism"])]))
        #expect(!session.finished.contains("strengths"))
    }

    @Test func clearRemovesAnAnswerOrAnEntry() throws {
        var session = Session(questionnaire: questionnaire, language: "en", now: now)
        session.answers = [
            "city-name": .text("Bonn"), "has-partner": .flag(true), "partner-name": .text("Chengdu"),
            "strengths": .swocEntries([SwocEntry(text: "One"), SwocEntry(text: "Two")]),
        ]
        let terminal = ScriptedTerminal(lines: [
            ":clear", "Bonn", "yes", ":clear", ":clear", "Two", "", "", "", ":quit",
        ])
        _ = run(terminal, session: session)
        #expect(terminal.output.contains("This question needs an answer, so it cannot be left empty"))
        #expect(terminal.output.contains("Answer removed."))
        #expect(terminal.output.contains("Removed: One"))
        let saved = try saved()
        #expect(saved.answers["city-name"] == .text("Bonn"))
        #expect(saved.answers["partner-name"] == nil)
        #expect(saved.answers["strengths"] == .swocEntries([SwocEntry(text: "Two")]))
    }

    @Test func aRequiredListCannotBeSkippedOrLeftEmpty() throws {
        let directory = try FlowFixtures.copyOfSmallQuestionnaire()
        let step = directory.appendingPathComponent("two.yaml")
        let text = try String(contentsOf: step, encoding: .utf8)
        try text.replacingOccurrences(of: "quadrant: strengths", with: "quadrant: strengths\n    required: true")
            .write(to: step, atomically: true, encoding: .utf8)
        let strict = try QuestionnaireLoader().load(directory: directory)
        let terminal = ScriptedTerminal(lines: ["Bonn", "n", ":skip", "", "Music", "", "", ":quit"])
        let flow = WizardFlow(
            engine: WizardEngine(
                questionnaire: strict, session: Session(questionnaire: strict, language: "en", now: now)),
            terminal: terminal, saver: SessionSaver(url: sessionURL), now: { now })
        _ = flow.run(from: nil)
        #expect(terminal.output.contains("This question cannot be skipped"))
        #expect(terminal.output.contains("This question needs an answer: the plan builds on it."))
        #expect(try saved().answers["strengths"] == .swocEntries([SwocEntry(text: "Music")]))
    }

    @Test func aRequiredAnswerMissingAtTheEndIsAskedFor() throws {
        var session = Session(questionnaire: questionnaire, language: "en", now: now)
        session.finished = ["city-name"]  // e.g. a file written by an answers import of an older version
        let terminal = ScriptedTerminal(lines: ["n", "", "", "", "Bonn"])
        let (outcome, _) = run(terminal, session: session)
        #expect(outcome == .completed)
        #expect(terminal.output.contains("This question needs an answer before the session is complete."))
        #expect(try saved().answers["city-name"] == .text("Bonn"))
    }

    @Test func givingUpAfterAFailedSaveIsReported() throws {
        let terminal = ScriptedTerminal(lines: ["Bonn"])
        let saver = SessionSaver(url: URL(fileURLWithPath: "/proc/no-such-folder/s.json"))
        let flow = WizardFlow(
            engine: WizardEngine(
                questionnaire: questionnaire, session: Session(questionnaire: questionnaire, language: "en", now: now)),
            terminal: terminal, saver: saver, now: { now })
        #expect(flow.run(from: nil) == .paused, "the wizard stops instead of asking more it cannot save")
        #expect(saver.lastSaveFailed)
        #expect(terminal.output.contains("The latest answers are NOT saved."))
        #expect(terminal.prompts.map(\.prompt) == ["> ", "Save to> "])
    }

    @Test func aPlaceToSaveThatAlreadyExistsIsRefused() throws {
        let existing = FileManager.default.temporaryDirectory.appendingPathComponent("taken-\(UUID().uuidString).json")
        try Data("another wizard's session".utf8).write(to: existing)
        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("fresh-\(UUID().uuidString).json")
        let terminal = ScriptedTerminal(lines: ["Bonn", existing.path, fresh.path, ":quit"])
        let flow = WizardFlow(
            engine: WizardEngine(
                questionnaire: questionnaire, session: Session(questionnaire: questionnaire, language: "en", now: now)),
            terminal: terminal, saver: SessionSaver(url: URL(fileURLWithPath: "/proc/no-such-folder/s.json")),
            now: { now })
        _ = flow.run(from: nil)
        #expect(terminal.output.contains("already exists; it is left alone"))
        #expect(try String(contentsOf: existing, encoding: .utf8) == "another wizard's session")
        #expect(try SessionFile().load(from: fresh).answers["city-name"] == .text("Bonn"))
    }

    @Test func interruptingInTheMiddleOfAListKeepsTheEntriesSoFar() throws {
        let terminal = ScriptedTerminal([
            .line("Bonn"), .line("n"), .line("First"), .line(""), .line(""), .interrupted,
        ])
        let (outcome, _) = run(terminal)
        #expect(outcome == .interrupted)
        let session = try saved()
        #expect(session.answers["strengths"] == .swocEntries([SwocEntry(text: "First")]))
        #expect(!session.finished.contains("strengths"), "resume comes back to the unfinished list")
    }

    @Test func endOfInputPausesAndSaves() throws {
        let terminal = ScriptedTerminal(lines: ["Bonn"])
        let (outcome, _) = run(terminal)
        #expect(outcome == .paused)
        #expect(try saved().answers["city-name"] == .text("Bonn"))
    }

    @Test func tabCompletionOffersChoicesAndCommands() {
        let terminal = ScriptedTerminal(lines: ["Bonn", "n", "", ":quit"])
        _ = run(terminal)
        #expect(terminal.completions[1].starts(with: ["yes", "no"]))
        #expect(terminal.completions[3].starts(with: ["Smart cities", "Port logistics"]))
        #expect(terminal.completions[3].contains(":goto"))
    }

    @Test func unknownCommandsAreExplained() {
        let terminal = ScriptedTerminal(lines: [":frobnicate", ":quit"])
        _ = run(terminal)
        #expect(terminal.output.contains(":frobnicate is not a wizard command"))
    }

    @Test func aFailedSaveAsksForAnotherPlace() throws {
        let fallback = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fallback-\(UUID().uuidString).json")
        let terminal = ScriptedTerminal(lines: ["Bonn", fallback.path, ":quit"])
        let flow = WizardFlow(
            engine: WizardEngine(
                questionnaire: questionnaire, session: Session(questionnaire: questionnaire, language: "en", now: now)),
            terminal: terminal, saver: SessionSaver(url: URL(fileURLWithPath: "/proc/no-such-folder/s.json")),
            now: { now })
        #expect(flow.run(from: nil) == .paused)
        #expect(terminal.output.contains("Could not save"))
        #expect(try SessionFile().load(from: fallback).answers["city-name"] == .text("Bonn"))
    }
}

enum FlowFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The same small questionnaire the PlanModel tests use, kept as files under Tests/Fixtures.
    static func smallQuestionnaire() -> URL {
        repositoryRoot.appendingPathComponent("Tests/Fixtures/small-questionnaire")
    }

    /// A copy to change in one test.
    static func copyOfSmallQuestionnaire() throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("questions-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: smallQuestionnaire(), to: copy)
        return copy
    }
}
