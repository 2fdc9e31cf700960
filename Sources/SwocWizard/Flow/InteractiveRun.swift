import Foundation
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
    ///   - passedOverMessage: said when the flow turns back to questions passed over.
    ///   - lock: the command's lock on the session, which follows the file as it is saved.
    static func run(
        engine: WizardEngine, catalog: RuleCatalog, sessionURL: URL, lock: SessionLock, from start: Question?,
        introduction: [String] = [],
        passedOverMessage: String? = nil
    ) throws(WizardFailure) {
        InterruptSignal.install()
        let interactive = StandardStream.isTerminal(STDIN_FILENO)
        let terminal: Terminal = interactive ? ReadlineTerminal() : PlainTerminal()
        let saver = SessionSaver(url: sessionURL, lock: lock, canAsk: interactive)
        let title = engine.questionnaire.title.text(
            in: engine.session.language, fallback: engine.questionnaire.defaultLanguage)
        terminal.say("swoc-wizard · \(title)")
        terminal.say("Your answers are saved after every question to: \(saver.path)")
        terminal.say("Type :help at any question for guidance and the list of commands.")
        for line in introduction { terminal.say(TextLayout.wrap(line, width: min(terminal.width, 100))) }

        let flow = WizardFlow(engine: engine, terminal: terminal, saver: saver)
        if let passedOverMessage { flow.passedOverMessage = passedOverMessage }
        // A new session's file is created before the first question, so the path
        // shown exists even if the very first answer is interrupted; without
        // fsync, as it holds no answer yet and this keeps the first question
        // instant. If it cannot be created (and no other place is given), no
        // question is asked: the answers would have nowhere to go. An existing
        // file is only written when an answer changes it.
        if !FileManager.default.fileExists(atPath: sessionURL.path),
            !saver.save(engine.session, terminal: terminal, durable: false)
        {
            throw .cannotWrite(path: saver.path, reason: "the session file cannot be created, so no question was asked")
        }
        let outcome = flow.run(from: start)
        let path = ShellQuote.quote(saver.path)
        if saver.lastSaveFailed {
            throw .cannotWrite(
                path: saver.path, reason: "the latest answers could not be saved; they are lost when the wizard stops")
        }
        switch outcome {
        case .completed:
            terminal.say(
                SuggestionsSummary(
                    suggestions: Suggestions(
                        questionnaire: engine.questionnaire, session: flow.engine.session, catalog: catalog),
                    width: terminal.width
                ).render()
            )
            terminal.say("\nEvery question has been dealt with. The session is saved in \(saver.path).")
            terminal.say("The full plan:  swoc-wizard export \(path) --format md --output plan.md")
            terminal.say("As data:        swoc-wizard export \(path) --format json")
            if !flow.engine.session.previousRounds.isEmpty {
                terminal.say("What changed since the last round:  swoc-wizard diff \(path)")
            }
        case .paused, .interrupted:
            terminal.say("\nSaved to \(saver.path).")
            terminal.say("To continue later:  swoc-wizard resume \(path)")
        }
        if outcome == .interrupted { throw .interrupted }
    }
}
