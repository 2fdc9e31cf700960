import Foundation
import PlanModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
            if error == .missing { throw .missing(path: path) }
            throw .unreadable(path: path, reason: error.fileReason)
        }
        return try store.decode(data, path: path)
    }

    public func save(_ session: Session, to url: URL, durable: Bool = true) throws(SessionFileError) {
        var data = try store.encode(session)
        data.append(0x0A)
        do {
            try AtomicFile.write(data, to: url, permissions: 0o600, durable: durable)
        } catch {
            throw .unwritable(path: url.displayPath, reason: .phrase(error.reason))
        }
    }

    /// Why a session could not be saved in its folder (missing, not a folder,
    /// not writable), or nil. Asked before the first question: the answers
    /// must have somewhere to go, or the team would type into a session that
    /// can never be saved.
    public static func folderProblem(for url: URL) -> FileReason? {
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else {
            return .folderMissing(folder: folder.displayPath)
        }
        guard isFolder.boolValue else { return .folderIsAFile(folder: folder.displayPath) }
        guard access(folder.path, W_OK) == 0 else { return .phrase(WriteFailure.reason(errno)) }
        return nil
    }
}
