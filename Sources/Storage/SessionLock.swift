import Foundation
import PlanModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps two wizards from writing the same session file at once (two laptops
/// on a shared folder, or a second terminal opened by mistake): the second is
/// refused with a message. Both locks are advisory `flock`s, which the system
/// releases when the holding process ends in any way, so a crashed or killed
/// wizard never leaves them stuck.
///
/// Two locks, because a session has two identities:
/// - its name: a small lock file beside it (".rome.json.lock"), which stays the
///   same although every save replaces the file itself;
/// - its inode: the session file itself, so that a hard link (another name for
///   the same file) is refused too. After each save the new file is locked
///   (`follow()`).
///
/// A lock that cannot be taken is a refusal with the reason, never silently
/// skipped: two wizards without it would overwrite each other (issue 14, item 3).
public final class SessionLock {
    private let descriptor: Int32
    /// The lock on the file as it was when the session was opened: other
    /// names for that file (hard links made before) stay refused all along.
    private let originalDescriptor: Int32
    /// The lock on the file the latest save put in place.
    private var fileDescriptor: Int32
    private let session: URL

    /// ".rome.json.lock" beside "rome.json".
    public static func lockURL(for session: URL) -> URL {
        session.deletingLastPathComponent().appendingPathComponent("." + session.lastPathComponent + ".lock")
    }

    private init(descriptor: Int32, fileDescriptor: Int32, session: URL) {
        self.descriptor = descriptor
        originalDescriptor = fileDescriptor
        self.fileDescriptor = -1
        self.session = session
    }

    /// Takes the lock for a session file (which need not exist yet), or says
    /// who holds it or why it cannot be taken.
    public static func acquire(for session: URL) throws(SessionFileError) -> SessionLock {
        let path = session.displayPath
        let url = lockURL(for: session)
        // O_NOFOLLOW: a link planted where the lock belongs is refused, not followed.
        // O_NONBLOCK: a planted pipe must not hang the wizard.
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotLock(path: path, reason: lockReason(errno, url)) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw .cannotLock(path: path, reason: .lockNotAPlainFile(name: url.lastPathComponent))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            defer { close(descriptor) }
            guard code == EWOULDBLOCK else {
                throw .cannotLock(path: path, reason: .phrase(WriteFailure.reason(code)))
            }
            throw .inUse(path: path, process: holder(descriptor))
        }
        let fileDescriptor: Int32
        do {
            fileDescriptor = try lockFile(session)
        } catch {
            close(descriptor)
            throw error
        }
        // Record who holds it, for the message another wizard shows.
        // The number first, then the length: a reader never finds the file empty.
        let text = Array("\(getpid())\n".utf8)
        _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        _ = ftruncate(descriptor, off_t(text.count))
        return SessionLock(descriptor: descriptor, fileDescriptor: fileDescriptor, session: session)
    }

    /// Locks the file that a save has just put in place (a save replaces the
    /// file, and with it the inode the lock was on).
    public func follow() {
        guard let next = try? Self.lockFile(session), next >= 0 else { return }
        if fileDescriptor >= 0 { close(fileDescriptor) }
        fileDescriptor = next
    }

    /// The session file's own lock; -1 when there is no file yet.
    private static func lockFile(_ session: URL) throws(SessionFileError) -> Int32 {
        let descriptor = open(session.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return -1 }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(descriptor)
            if code == EWOULDBLOCK { throw .inUse(path: session.displayPath, process: nil) }
            return -1
        }
        return descriptor
    }

    /// The process number the holder wrote into the lock file, if readable.
    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingWhitespace())
    }

    /// Why the lock file could not be opened, for `ProblemMessages.fileReason` to word.
    private static func lockReason(_ code: Int32, _ url: URL) -> FileReason {
        var info = stat()
        let exists = lstat(url.path, &info) == 0
        let name = url.lastPathComponent
        switch code {
        case ELOOP: return .lockIsALink(name: name)
        case EACCES,
            EPERM where exists:
            return .lockNotOpenable(name: name)
        default: return .lockNotCreatable(name: name, because: .phrase(WriteFailure.reason(code)))
        }
    }

    /// Closing releases the locks. The small lock file stays: removing it would
    /// let a third wizard lock a new file while a second still holds the old one.
    deinit {
        close(descriptor)
        if originalDescriptor >= 0 { close(originalDescriptor) }
        if fileDescriptor >= 0 { close(fileDescriptor) }
    }
}
