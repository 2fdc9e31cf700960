import Foundation
import PlanModel
import Storage
import Testing

@testable import SwocWizard

/// Issue 14, item 6: a wizard command typed at the end of a pre-filled answer
/// ("Manchester:quit", "…began:drop") is carried out, not saved as the answer;
/// ordinary answers with a colon in them stay answers.
@Suite struct PrefilledCommandTests {
    let questionnaire: Questionnaire
    let sessionURL: URL
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        questionnaire = try QuestionnaireLoader().load(directory: FlowFixtures.smallQuestionnaire())
        sessionURL = FileManager.default.temporaryDirectory.appendingPathComponent("prefill-\(UUID().uuidString).json")
    }

    @discardableResult
    private func run(_ terminal: ScriptedTerminal, session: Session) -> (FlowOutcome, Session) {
        let flow = WizardFlow(
            engine: WizardEngine(questionnaire: questionnaire, session: session), terminal: terminal,
            saver: SessionSaver(url: sessionURL), now: { now })
        return (flow.run(from: nil), flow.engine.session)
    }

    private func saved() throws -> Session {
        try SessionFile().load(from: sessionURL)
    }

    private func answeredSession() -> Session {
        var session = Session(questionnaire: questionnaire, language: "en", now: now)
        session.answers = [
            "city-name": .text("Manchester"), "has-partner": .flag(false),
            "strengths": .swocEntries([
                SwocEntry(text: "A friendship that began in 1986"), SwocEntry(text: "Bilingual staff"),
            ]),
        ]
        return session
    }

    // MARK: Reading the line

    @Test func aCommandRightAfterThePrefillIsACommand() {
        #expect(LineCommand("Manchester:quit", after: "Manchester") == .quit)
        #expect(LineCommand("Manchester :quit", after: "Manchester") == .quit)
        #expect(LineCommand("…began:drop", after: "…began") == .clear)
        #expect(LineCommand("Manchester:goto 2", after: "Manchester") == .goto("2"))
        #expect(LineCommand("Manchester:BACK", after: "Manchester") == .back)
    }

    @Test func theFullWidthColonWorksAlone() {
        #expect(LineCommand("：quit") == .quit)
        #expect(LineCommand("：drop") == .clear)
        #expect(LineCommand("Manchester：quit", after: "Manchester") == .quit)
        #expect(LineCommand("曼彻斯特：退出", after: "曼彻斯特") == nil, "not a command word")
    }

    @Test func answersWithAColonStayAnswers() {
        #expect(LineCommand("Trade fair city: expo", after: "Trade fair city") == nil)
        #expect(LineCommand("10:30", after: "10") == nil)
        #expect(LineCommand("Ratio 3:1", after: "Ratio 3") == nil)
        // One-letter short forms count only as a whole line.
        #expect(LineCommand("Sector:c", after: "Sector") == nil)
        #expect(LineCommand("Note:q", after: "Note") == nil)
        #expect(LineCommand("Manchester:quit now", after: "Manchester") == nil)
        // Without the pre-filled text in front, a colon later in the line is text.
        #expect(LineCommand("Manchster:quit", after: "Manchester") == nil)
        #expect(LineCommand("Manchester:quit", after: nil) == nil)
    }

    @Test func aPrefillCleanedForTheScreenStillCounts() {
        // Readline shows "Man\u{1B}[2Jchester" as "Manchester"; the line comes back that way.
        #expect(LineCommand("Manchester:quit", after: "Man\u{1B}[2Jchester") == .quit)
    }

    // MARK: In the flow

    @Test func quitAfterThePrefilledCityQuitsAndKeepsTheCity() throws {
        let terminal = ScriptedTerminal(lines: ["Manchester:quit"])
        let (outcome, session) = run(terminal, session: answeredSession())
        #expect(outcome == .paused)
        #expect(terminal.prompts.count == 1, "no further question was asked")
        #expect(session.answers["city-name"] == .text("Manchester"))
    }

    @Test func dropAfterAPrefilledEntryRemovesIt() throws {
        var session = answeredSession()
        session.finished = ["city-name", "has-partner"]
        let terminal = ScriptedTerminal(lines: ["A friendship that began in 1986：drop", ":quit"])
        #expect(run(terminal, session: session).0 == .paused)
        #expect(terminal.output.contains("Removed: A friendship that began in 1986"))
        #expect(terminal.prompts[1] == .init(prompt: "Strength 1> ", prefill: "Bilingual staff"))
        #expect(try saved().answers["strengths"] == .swocEntries([SwocEntry(text: "Bilingual staff")]))
    }

    @Test func skipAfterPrefilledAreasLeavesTheEntryWithoutAreas() throws {
        var session = answeredSession()
        session.finished = ["city-name", "has-partner"]
        session.answers["strengths"] = .swocEntries([SwocEntry(text: "Port", areas: ["port-logistics"])])
        // An edited entry is asked its tags again, the old ones on the line.
        let terminal = ScriptedTerminal(lines: ["Port city", "Port logistics:skip", "", "", ":quit"])
        run(terminal, session: session)
        #expect(terminal.prompts[1].prefill == "Port logistics")
        #expect(terminal.prompts[2].prompt.contains("Raised by"), "the areas were not asked again")
        #expect(!terminal.output.contains("not one of the choices"))
        #expect(try saved().answers["strengths"] == .swocEntries([SwocEntry(text: "Port city")]))
    }

    @Test func aColonInAnEditedAnswerIsSavedAsTyped() throws {
        let terminal = ScriptedTerminal(lines: ["Manchester: city of science", ":quit"])
        run(terminal, session: answeredSession())
        #expect(try saved().answers["city-name"] == .text("Manchester: city of science"))
    }
}
