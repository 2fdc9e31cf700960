import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps two wizards from writing the same session file at once (two laptops
/// on a shared folder, or a second terminal opened by mistake): the second is
/// refused with a message. The lock is an advisory `flock` on a small file
/// beside the session, which the system releases when the holding process
/// ends in any way, so a crashed or killed wizard never leaves it stuck.
public final class SessionLock {
    private let descriptor: Int32

    /// ".rome.json.lock" beside "rome.json".
    public static func lockURL(for session: URL) -> URL {
        session.deletingLastPathComponent().appendingPathComponent("." + session.lastPathComponent + ".lock")
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Takes the lock for a session file, or says who holds it.
    public static func acquire(for session: URL) throws(SessionFileError) -> SessionLock {
        let url = lockURL(for: session)
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            // A folder we cannot write to: saving will fail too, and say so then.
            if errno == EACCES || errno == EROFS || errno == ENOENT { return SessionLock(descriptor: -1) }
            throw .unwritable(path: session.displayPath, reason: AtomicFile.reason(errno))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            var buffer = [UInt8](repeating: 0, count: 32)
            let count = read(descriptor, &buffer, buffer.count)
            close(descriptor)
            let pid = count > 0 ? Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingWhitespace()) : nil
            throw .inUse(path: session.displayPath, process: pid)
        }
        // Record who holds it, for the message another wizard shows.
        // The number first, then the length: a reader never finds the file empty.
        let text = Array("\(getpid())\n".utf8)
        _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        _ = ftruncate(descriptor, off_t(text.count))
        return SessionLock(descriptor: descriptor)
    }

    /// Closing releases the lock. The small lock file stays: removing it would
    /// let a third wizard lock a new file while a second still holds the old one.
    deinit {
        guard descriptor >= 0 else { return }
        close(descriptor)
    }
}
