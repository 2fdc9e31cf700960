import Foundation
import Messages
import PlanModel
import Storage

/// Opens a session file for a command and checks it belongs to the loaded questionnaire.
enum SessionLoading {
    /// Takes the session's lock for as long as the returned value lives.
    static func lock(_ url: URL) throws(WizardFailure) -> SessionLock {
        do {
            return try SessionLock.acquire(for: url)
        } catch {
            throw .sessionFile(error)
        }
    }

    /// A session opened to be written: the real file behind any link, its
    /// lock (held while this value lives), and the session read under it.
    struct Open {
        var url: URL
        var lock: SessionLock
        var session: Session
    }

    /// Opens a session to continue or revive it: through a link the lock and
    /// the saves must reach the real file, and it is read only once locked.
    static func open(_ file: String, for questionnaire: Questionnaire) throws(WizardFailure) -> Open {
        let url = URL(fileURLWithPath: file).resolvingSymlinksInPath()
        guard FileManager.default.fileExists(atPath: url.path) else { throw .sessionFile(.missing(path: file)) }
        if let problem = SessionFile.folderProblem(for: url) {
            throw .sessionFile(.cannotLock(path: url.displayPath, reason: problem))
        }
        let lock = try lock(url)
        return Open(url: url, lock: lock, session: try load(url, for: questionnaire))
    }

    static func load(_ url: URL, for questionnaire: Questionnaire) throws(WizardFailure) -> Session {
        let session: Session
        do {
            session = try SessionFile(questionnaire: questionnaire).load(from: url)
        } catch {
            throw .sessionFile(error)
        }
        guard session.questionnaireID == questionnaire.id else {
            throw .sessionFile(
                .otherQuestionnaire(
                    path: url.displayPath, found: session.questionnaireID, expected: questionnaire.id))
        }
        // Every round, with the same checks: answers of the wrong shape, ids
        // the questionnaire does not have, years and numbers out of range.
        if let problem = SessionShapeCheck.firstProblem(in: session, for: questionnaire) {
            throw .sessionFile(problem.error(path: url.displayPath))
        }
        return session
    }

    /// Says, on standard error and in the session's language, when a plan
    /// takes the city's side from its country because the session was saved
    /// before the wizard asked it: never a silent guess (issue 11).
    static func noteSideTakenFromCountry(_ session: Session, questionnaire: Questionnaire, file: String) {
        guard let side = CitySide.takenFromCountry(in: session, questionnaire: questionnaire) else { return }
        let messages = Messages.in(session.language) ?? .english
        let resume = "\(Invocation.command) resume \(ShellQuote.quote(file))"
        StandardStream.error(messages.commands.sideTakenFromCountry(side, file: file, resume: resume) + "\n")
    }
}
