import Foundation
import Messages
import PlanModel
import Storage
import Testing

@testable import SwocWizard

/// Issue 13, "On the projector", in the flow on the built-in questionnaire
/// at 80×24: each tag's list in full once per run and a one-line reminder
/// after it, "?" to list the choices again, and `:review` a window-full at a time.
@Suite struct ProjectorFlowTests {
    let questionnaire: Questionnaire
    let sessionURL: URL
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let words = Messages.english.flow

    init() throws {
        questionnaire = try QuestionnaireLoader().load(
            directory: FlowFixtures.repositoryRoot.appendingPathComponent("questionnaires"))
        sessionURL = FileManager.default.temporaryDirectory.appendingPathComponent(
            "projector-\(UUID().uuidString).json")
    }

    private func projector(_ lines: [String]) -> ScriptedTerminal {
        let terminal = ScriptedTerminal(lines: lines)
        terminal.width = 80
        terminal.height = 24
        return terminal
    }

    private func run(_ terminal: ScriptedTerminal, from id: String, session: Session? = nil) -> FlowOutcome {
        let session = session ?? Session(questionnaire: questionnaire, language: "en", now: now)
        let flow = WizardFlow(
            engine: WizardEngine(questionnaire: questionnaire, session: session), terminal: terminal,
            saver: SessionSaver(url: sessionURL), now: { now })
        return flow.run(from: questionnaire.question(id: id))
    }

    private func count(_ text: String, in output: String) -> Int {
        output.components(separatedBy: text).count - 1
    }

    /// The lines the wizard printed, without the prompts and what was typed
    /// at them (readline wraps those itself).
    private func printedLines(_ terminal: ScriptedTerminal) -> [Substring] {
        let typed = Set(terminal.prompts.map { $0.prompt + ($0.prefill ?? "") })
        return terminal.output.split(separator: "\n").filter { line in
            !typed.contains(where: { line.hasPrefix($0) })
        }
    }

    /// The 22 areas come once, at the first entry of the first quadrant; the
    /// next quadrant gets a one-line reminder, and "?" at the areas prompt
    /// lists them again in the same numbers and asks again.
    @Test func eachTagIsListedInFullOnceThenReminded() throws {
        let terminal = projector([
            "Port with rail link to Chongqing", "6", "3", "",
            "Small international team", "?", "11", "1", "2", "", ":quit",
        ])
        #expect(run(terminal, from: "strengths") == .paused)
        let output = terminal.output
        #expect(count(words.areasToTagWith, in: output) == 1)
        #expect(count(words.whoRaisedIt, in: output) == 1)
        #expect(count(words.areasReminder, in: output) == 1, "at the first weakness")
        #expect(count(words.actorsReminder, in: output) == 1)
        #expect(count("22. Trade and investment", in: output) == 2, "listed, then listed again by ?")
        // The obstacle kinds, first asked at the weaknesses, are listed in full there.
        #expect(count(String(words.obstacleKindsIntro.prefix(20)), in: output) == 1)
        let areasPrompts = terminal.prompts.filter { $0.prompt.contains(words.areasPrompt) }
        #expect(areasPrompts.count == 3, "the weakness's areas asked again after ?")
        let session = try SessionFile().load(from: sessionURL)
        guard case .swocEntries(let weaknesses) = session.answers["weaknesses"] else {
            Issue.record("no weaknesses saved")
            return
        }
        #expect(weaknesses.first?.areas.count == 1, "11 was taken after the list was shown again")
        for line in printedLines(terminal) { #expect(line.displayWidth <= 80, "\(line)") }
    }

    /// At 80×24 the list is compact: the question, the entry typed and the
    /// areas prompt all fit in the last 24 lines after the list is shown.
    @Test func theQuestionAndTheEntryStayOnTheScreen() {
        let terminal = projector(["Port with rail link to Chongqing"])
        _ = run(terminal, from: "strengths")
        let lines = terminal.output.split(separator: "\n", omittingEmptySubsequences: false)
        let screen = lines.suffix(24)
        #expect(screen.contains { $0.contains("A strength your city brings") }, "\(screen.joined(separator: "\n"))")
        // A scripted terminal shows the prompt, not what was typed after it.
        #expect(screen.contains { $0.hasPrefix("Strength 1> ") })
        #expect(screen.contains { $0.contains("22. Trade and investment") })
    }

    /// "?" at a single-choice question lists its choices again and asks again
    /// with what was on the line; a long list comes back later as a reminder.
    @Test func aQuestionMarkRelistsTheChoicesOfAQuestion() {
        let terminal = projector(["?", "6", ":back", ":quit"])
        _ = run(terminal, from: "business-interest")
        let output = terminal.output
        #expect(count("22. Trade and investment", in: output) == 2, "in the header, then after ?")
        #expect(terminal.prompts[0] == terminal.prompts[1], "asked again as it was")
        #expect(count(words.choicesReminder, in: output) == 1, "when :back comes back to it")
    }

    /// `:review` longer than the window stops after each window-full with
    /// "— more: Enter · q stops —"; q stops the listing and the question is asked again.
    @Test func reviewIsPagedOnAScreen() {
        let terminal = projector([
            "Port with rail link to Chongqing", "6", "3", "Strong university", "15", "2", "Film festival", "16",
            "4", "Wine region", "19", "3", ":review", "", "q", ":quit",
        ])
        terminal.height = 6
        terminal.pagesLongOutput = true
        _ = run(terminal, from: "strengths")
        let more = terminal.prompts.filter { $0.prompt == words.morePrompt }
        #expect(more.count == 2, "Enter showed the next window-full, q stopped")
        #expect(terminal.prompts.last?.prompt.hasPrefix("Strength 5") == true, "the entry asked again")
        let review = terminal.output.components(separatedBy: words.answersSoFar).last ?? ""
        let firstPage = review.components(separatedBy: words.morePrompt).first ?? ""
        #expect(firstPage.split(separator: "\n", omittingEmptySubsequences: false).count <= 6, "5 rows and the prompt")
        #expect(!terminal.output.contains("questions not answered yet"), "q stopped before the last window-full")
    }

    /// Piped input (and a log) gets the whole listing, with no "more" prompt.
    @Test func reviewIsNotPagedWithoutAScreen() {
        let terminal = projector(["Port with rail link", "6", "3", ":review", ":quit"])
        terminal.height = 8
        _ = run(terminal, from: "strengths")
        #expect(!terminal.prompts.contains { $0.prompt == words.morePrompt })
        #expect(terminal.output.contains("- Port with rail link [Port logistics; raised by Industry"))
    }

    /// A Chinese session is paged with a Chinese prompt.
    @Test func theMorePromptIsInTheSessionsLanguage() {
        let terminal = projector([":review", "q", ":quit"])
        terminal.height = 3
        terminal.pagesLongOutput = true
        let session = Session(questionnaire: questionnaire, language: "zh", now: now)
        var withAnswers = session
        withAnswers.answers["city-name"] = .text("苏州")
        withAnswers.answers["city-country"] = .text("中国")
        withAnswers.answers["city-region"] = .text("江苏")
        _ = run(terminal, from: "strengths", session: withAnswers)
        #expect(terminal.prompts.contains { $0.prompt == Messages.chinese.flow.morePrompt })
    }
}
