import Foundation
import PlanModel
import Storage
import Testing

@testable import SwocWizard

/// Review of issue 13: a city without a partner is asked nothing in step 3
/// (agreements). Going there, or past it, says why, instead of "There is no
/// step 3" or a silent jump from step 2 to "Step 4 of 4".
@Suite struct StepWithoutQuestionsTests {
    let questionnaire: Questionnaire
    let sessionURL: URL
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        questionnaire = try QuestionnaireLoader().load(
            directory: FlowFixtures.repositoryRoot.appendingPathComponent("questionnaires"))
        sessionURL = FileManager.default.temporaryDirectory.appendingPathComponent("steps-\(UUID().uuidString).json")
    }

    private func engine() -> WizardEngine {
        var session = Session(questionnaire: questionnaire, language: "en", now: now)
        session.answers = [
            "city-name": .text("Münster"), "city-country": .text("Germany"), "city-side": .text("european"),
            "has-partner": .flag(false),
        ]
        return WizardEngine(questionnaire: questionnaire, session: session)
    }

    private func run(_ lines: [String], from id: String? = nil) -> ScriptedTerminal {
        let terminal = ScriptedTerminal(lines: lines)
        let engine = engine()
        let flow = WizardFlow(engine: engine, terminal: terminal, saver: SessionSaver(url: sessionURL), now: { now })
        _ = flow.run(from: id.flatMap { engine.questionnaire.question(id: $0) })
        return terminal
    }

    @Test func gotoAStepThatAsksNothingSaysWhy() {
        let terminal = run([":goto 3", ":quit"])
        #expect(terminal.output.contains("Step 3, Agreements, asks nothing of your city with the answers given so far"))
        #expect(!terminal.output.contains("There is no step"))
    }

    @Test func passingOverTheStepSaysSo() throws {
        let last = try #require(questionnaire.steps.first { $0.number == 2 }?.questions.last)
        let terminal = run([":skip", ":quit"], from: last.id)
        let note = try #require(terminal.output.range(of: "Step 3, Agreements, asks nothing"))
        let banner = try #require(terminal.output.range(of: "== Step 4 of 4"))
        #expect(note.lowerBound < banner.lowerBound)
    }
}
