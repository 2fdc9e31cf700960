import Foundation
import Messages
import PlanModel
import Storage

/// Saves the session after every answer. When the file cannot be written
/// (folder gone read-only, disk full), a person at a terminal is asked for
/// another place instead of losing the answers; without a terminal nobody can
/// answer, so the wizard stops (exit 73) rather than reading the next piped
/// answer as a file name (issue 14, item 2). It speaks the session's language.
final class SessionSaver {
    private(set) var url: URL
    /// The session's lock: it follows the file each save puts in place.
    private var lock: SessionLock?
    /// True when the answers could not be saved and the person gave up (or could not be asked).
    private(set) var lastSaveFailed = false
    private let file = SessionFile()
    private let canAsk: Bool

    /// - Parameters:
    ///   - lock: the lock the command took on `url`.
    ///   - canAsk: whether a person can be asked for another place (standard input is a terminal).
    init(url: URL, lock: SessionLock? = nil, canAsk: Bool = true) {
        self.url = url
        self.lock = lock
        self.canAsk = canAsk
    }

    var path: String { url.displayPath }

    /// Tries to save; on failure keeps asking for another path until a save
    /// works or the person gives up (then the caller says the answers are unsaved).
    @discardableResult
    func save(_ session: Session, terminal: Terminal, durable: Bool = true) -> Bool {
        let messages = Messages.in(session.language) ?? .english
        let words = messages.flow
        func tell(_ message: String) { Self.tell(message, on: terminal, keepingWhole: [path]) }
        while true {
            do {
                try file.save(session, to: url, durable: durable)
                lock?.follow()
                lastSaveFailed = false
                return true
            } catch {
                tell(words.couldNotSave(reason: messages.problems.sessionFile(error)))
                guard canAsk else {
                    tell(words.noTerminalToAskWhere)
                    lastSaveFailed = true
                    return false
                }
                tell(words.askForAnotherPlace)
                // A Ctrl-C that led here must not also cancel this question.
                InterruptSignal.reset()
                switch terminal.readLine(prompt: words.saveToPrompt + "> ", prefill: nil, completions: []) {
                case .line(let line):
                    let path = line.trimmingWhitespace()
                    guard !path.isEmpty else { continue }
                    moveTo(path, terminal: terminal, messages: messages)
                case .endOfInput, .interrupted:
                    tell(words.latestAnswersNotSaved)
                    lastSaveFailed = true
                    return false
                }
            }
        }
    }

    /// Takes a new place to save to, if it is free and can be locked.
    private func moveTo(_ path: String, terminal: Terminal, messages: Messages) {
        let candidate = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        // Never save over another file, least of all another wizard's session.
        func tell(_ message: String) { Self.tell(message, on: terminal, keepingWhole: [path, self.path]) }
        if FileManager.default.fileExists(atPath: candidate.path) {
            tell(messages.flow.alreadyExists(path: path))
            return
        }
        do {
            lock = try SessionLock.acquire(for: candidate)
            url = candidate
        } catch {
            tell(messages.problems.sessionFile(error))
        }
    }

    /// A message wrapped to the window as it is now; the paths in it stay whole, to be copied.
    private static func tell(_ message: String, on terminal: Terminal, keepingWhole paths: [String]) {
        terminal.say(TextLayout.wrap(message, width: terminal.width, keepingWhole: paths), keepingWhole: paths)
    }
}
