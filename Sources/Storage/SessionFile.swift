import Foundation
import PlanModel

/// Reads and writes session files on disk; `SessionStore` turns them into
/// sessions and back. Saves are atomic (`AtomicFile`) and readable by the
/// owner only: a session's notes can be politically sensitive.
public struct SessionFile: Sendable {
    private let store: SessionStore

    public init(questionnaire: Questionnaire? = nil) {
        store = SessionStore(questionnaire: questionnaire)
    }

    public func load(from url: URL) throws(SessionFileError) -> Session {
        let path = url.displayPath
        let data: Data
        do {
            data = try FileContents.read(url.path)
        } catch {
            switch error {
            case .missing: throw .missing(path: path)
            case .isFolder: throw .unreadable(path: path, reason: "it is a folder, not a file")
            case .unreadable(let reason): throw .unreadable(path: path, reason: reason)
            }
        }
        return try store.decode(data, path: path)
    }

    public func save(_ session: Session, to url: URL, durable: Bool = true) throws(SessionFileError) {
        var data = try store.encode(session)
        data.append(0x0A)
        do {
            try AtomicFile.write(data, to: url, permissions: 0o600, durable: durable)
        } catch {
            throw .unwritable(path: url.displayPath, reason: error.reason)
        }
    }
}
