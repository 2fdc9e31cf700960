import Foundation
import PlanModel

/// Saves the session after every answer. When the file cannot be written
/// (folder gone read-only, disk full) it asks for another place instead of
/// losing the answers.
final class SessionSaver {
    private(set) var url: URL
    /// The lock on a place chosen after a failed save (the command holds the first one).
    private var fallbackLock: SessionLock?
    /// True when the person gave up after a failed save: the file is behind.
    private(set) var lastSaveFailed = false
    private let store = SessionStore()

    init(url: URL) {
        self.url = url
    }

    var path: String { url.displayPath }

    /// Tries to save; on failure keeps asking for another path until a save
    /// works or the person gives up (then the caller says the answers are unsaved).
    @discardableResult
    func save(_ session: Session, terminal: Terminal, durable: Bool = true) -> Bool {
        while true {
            do {
                try store.save(session, to: url, durable: durable)
                lastSaveFailed = false
                return true
            } catch {
                terminal.say("Could not save: \(error.message)")
                terminal.say("Type another file path to save to, or press Enter to try the same place again.")
                // A Ctrl-C that led here must not also cancel this question.
                InterruptSignal.reset()
                switch terminal.readLine(prompt: "Save to> ", prefill: nil, completions: []) {
                case .line(let line):
                    let path = line.trimmingWhitespace()
                    guard !path.isEmpty else { continue }
                    let candidate = URL(fileURLWithPath: path).resolvingSymlinksInPath()
                    // Never save over another file, least of all another wizard's session.
                    if FileManager.default.fileExists(atPath: candidate.path) {
                        terminal.say("\(path) already exists; it is left alone. Give a new file name.")
                        continue
                    }
                    do {
                        fallbackLock = try SessionLock.acquire(for: candidate)
                        url = candidate
                    } catch {
                        terminal.say(error.message)
                    }
                case .endOfInput, .interrupted:
                    terminal.say("The latest answers are NOT saved.")
                    lastSaveFailed = true
                    return false
                }
            }
        }
    }
}
