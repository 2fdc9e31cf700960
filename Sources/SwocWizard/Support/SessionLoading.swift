import Foundation
import PlanModel

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

    static func load(_ url: URL, for questionnaire: Questionnaire) throws(WizardFailure) -> Session {
        let session: Session
        do {
            session = try SessionStore(questionnaire: questionnaire).load(from: url)
        } catch {
            throw .sessionFile(error)
        }
        guard session.questionnaireID == questionnaire.id else {
            throw .sessionFile(
                .otherQuestionnaire(
                    path: url.displayPath, found: session.questionnaireID, expected: questionnaire.id))
        }
        if let mismatch = SessionShapeCheck.firstMismatch(in: session, for: questionnaire) {
            throw .sessionFile(
                .wrongShape(path: url.displayPath, field: mismatch.field, detail: mismatch.expected))
        }
        return session
    }
}
