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
        // Every line is wrapped to the window as it is when shown; a path stays whole, to be copied.
        func tell(_ text: String, keepingWhole: [String] = []) {
            terminal.say(
                TextLayout.wrap(text, width: min(terminal.width, 100), keepingWhole: keepingWhole),
                keepingWhole: keepingWhole)
        }
        tell("swoc-wizard · \(title)")
        tell(words.savedAfterEveryQuestion(path: saver.path), keepingWhole: [saver.path])
        tell(words.helpAtAnyQuestion)
        for line in introduction { tell(line, keepingWhole: [saver.path]) }

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
            terminal.say()
            tell(words.everyQuestionDealtWith(path: saver.path), keepingWhole: [saver.path])
            var rows = [
                (words.fullPlanLabel, "\(Invocation.command) export \(path) --format html --output plan.html"),
                (words.asDataLabel, "\(Invocation.command) export \(path) --format json"),
            ]
            if !flow.engine.session.previousRounds.isEmpty {
                rows.append((words.changesSinceLastRoundLabel, "\(Invocation.command) diff \(path)"))
            }
            terminal.say(aligned(rows, width: terminal.width), keepingWhole: rows.map(\.1))
        case .paused, .interrupted:
            terminal.say()
            tell(words.savedTo(path: saver.path), keepingWhole: [saver.path])
            let resume = "\(Invocation.command) resume \(path)"
            terminal.say(aligned([(words.continueLaterLabel, resume)], width: terminal.width), keepingWhole: [resume])
        }
        if outcome == .interrupted { throw .interrupted }
        if outcome == .paused, !interactive, let refused = flow.lastLineRefused {
            throw .inputEndedOnRefusedAnswer(question: refused)
        }
    }

    /// Labels and commands in two columns, the commands starting at one
    /// terminal column whatever the language of the labels. When a row would
    /// not fit the window, each command goes on a line of its own under its
    /// label instead: a command is never broken, so it can be copied whole.
    static func aligned(_ rows: [(label: String, command: String)], width: Int = .max) -> String {
        let column = (rows.map(\.label.displayWidth).max() ?? 0) + 2
        if rows.allSatisfy({ column + $0.command.displayWidth <= width }) {
            return rows.map { $0.label.rightPadded(to: column) + $0.command }.joined(separator: "\n")
        }
        return rows.map { TextLayout.wrap($0.label, width: width) + "\n  " + $0.command }.joined(separator: "\n")
    }
}
