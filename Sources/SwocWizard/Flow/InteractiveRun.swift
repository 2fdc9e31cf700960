import Foundation
import Messages
import PlanModel
import Storage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the wizard on a terminal: picks readline or plain lines, says where
/// the answers are saved, and at the end says how to continue or export.
enum InteractiveRun {
    /// - Parameters:
    ///   - introduction: lines shown before the first question (a revival explains itself).
    ///   - passedOverMessage: what is said when the flow turns back to questions passed over.
    ///   - lock: the command's lock on the session, which follows the file as it is saved.
    static func run(
        engine: WizardEngine, catalog: RuleCatalog, sessionURL: URL, lock: SessionLock, from start: Question?,
        introduction: [String] = [],
        passedOverMessage: PassedOverNote? = nil
    ) throws(WizardFailure) {
        InterruptSignal.install()
        let interactive = StandardStream.isTerminal(STDIN_FILENO)
        let terminal: Terminal = interactive ? ReadlineTerminal() : PlainTerminal()
        let saver = SessionSaver(url: sessionURL, lock: lock, canAsk: interactive)
        let flow = WizardFlow(engine: engine, terminal: terminal, saver: saver)
        let messages = flow.messages
        let words = messages.flow
        let title = engine.questionnaire.title.text(
            in: engine.session.language, fallback: engine.questionnaire.defaultLanguage)
        terminal.say("swoc-wizard · \(title)")
        terminal.say(words.savedAfterEveryQuestion(path: saver.path))
        terminal.say(TextLayout.wrap(words.helpAtAnyQuestion, width: min(terminal.width, 100)))
        for line in introduction { terminal.say(TextLayout.wrap(line, width: min(terminal.width, 100))) }

        if let passedOverMessage { flow.passedOverNote = passedOverMessage }
        // A new session's file is created before the first question, so the path
        // shown exists even if the very first answer is interrupted; without
        // fsync, as it holds no answer yet and this keeps the first question
        // instant. If it cannot be created (and no other place is given), no
        // question is asked: the answers would have nowhere to go. An existing
        // file is only written when an answer changes it.
        if !FileManager.default.fileExists(atPath: sessionURL.path),
            !saver.save(engine.session, terminal: terminal, durable: false)
        {
            throw .cannotWrite(path: saver.path, reason: words.sessionFileNotCreated)
        }
        let outcome = flow.run(from: start)
        let path = ShellQuote.quote(saver.path)
        if saver.lastSaveFailed {
            throw .cannotWrite(path: saver.path, reason: words.latestAnswersLost)
        }
        switch outcome {
        case .completed:
            terminal.say(
                SuggestionsSummary(
                    suggestions: Suggestions(
                        questionnaire: engine.questionnaire, session: flow.engine.session, catalog: catalog),
                    words: messages.reports, width: terminal.width, names: catalog.names,
                    language: flow.engine.session.language
                ).render()
            )
            terminal.say("\n" + words.everyQuestionDealtWith(path: saver.path))
            terminal.say(
                aligned([
                    (words.fullPlanLabel, "\(Invocation.command) export \(path) --format html --output plan.html"),
                    (words.asDataLabel, "\(Invocation.command) export \(path) --format json"),
                ]))
            if !flow.engine.session.previousRounds.isEmpty {
                terminal.say("\(words.changesSinceLastRoundLabel)  \(Invocation.command) diff \(path)")
            }
        case .paused, .interrupted:
            terminal.say("\n" + words.savedTo(path: saver.path))
            terminal.say("\(words.continueLaterLabel)  \(Invocation.command) resume \(path)")
        }
        if outcome == .interrupted { throw .interrupted }
        if outcome == .paused, !interactive, let refused = flow.lastLineRefused {
            throw .inputEndedOnRefusedAnswer(question: refused)
        }
    }

    /// Labels and commands in two columns, the commands starting at one
    /// terminal column whatever the language of the labels.
    static func aligned(_ rows: [(label: String, command: String)]) -> String {
        let width = (rows.map(\.label.displayWidth).max() ?? 0) + 2
        return rows.map { $0.label.rightPadded(to: width) + $0.command }.joined(separator: "\n")
    }
}
