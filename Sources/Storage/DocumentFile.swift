import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command's document goes, decided before anything is written, and
/// the one safe way to write it (issue 14, items 1, 5 and 13):
/// - no path, `-` or `/dev/stdout` is standard output; `/dev/stderr` and
///   `/dev/fd/N` are those open descriptors, written as a redirection would;
/// - a symbolic link is written through to the file it points to, never replaced;
/// - a device or a named pipe (such as `/dev/null`) is written to, never replaced;
/// - a plain file is replaced atomically, only with `force`, keeping its
///   permissions (without execute bits), and never when it is a session;
/// - a new file is readable by its owner only: a plan carries the same
///   political notes as the session it comes from.
public enum DocumentFile {
    public enum Destination: Equatable, Sendable {
        case standardOutput
        /// A plain file to create or replace atomically, with the mode to give it.
        case file(URL, permissions: mode_t)
        /// A device or pipe to write into as it is.
        case stream(URL)
        /// An open file descriptor of the process (`/dev/stderr`, `/dev/fd/3`):
        /// written where it points, as a shell redirection would, never
        /// reopened (that would start at the beginning of a log file).
        case descriptor(Int32)
    }

    /// The mode of a new document: owner only, like the session.
    public static let newFilePermissions: mode_t = 0o600

    /// Paths that mean standard output.
    static let standardOutputNames: Set<String> = ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]

    /// `/dev/stderr`, `/dev/fd/N` and `/proc/self/fd/N` as the descriptor they name.
    static func openDescriptor(named path: String) -> Int32? {
        if path == "/dev/stderr" { return STDERR_FILENO }
        for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
            if let number = Int32(path.dropFirst(prefix.count)), number >= 0, fcntl(number, F_GETFD) != -1 {
                return number
            }
        }
        return nil
    }

    public static func destination(for path: String?, force: Bool) throws(OutputFailure) -> Destination {
        guard let path, !standardOutputNames.contains(path) else { return .standardOutput }
        if let descriptor = openDescriptor(named: path) {
            return descriptor == STDOUT_FILENO ? .standardOutput : .descriptor(descriptor)
        }
        var url = URL(fileURLWithPath: path)
        var info = stat()
        if lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
            // A link to standard output or another open descriptor means that descriptor.
            let pointee = (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) ?? "?"
            if standardOutputNames.contains(pointee) { return .standardOutput }
            if let descriptor = openDescriptor(named: pointee) {
                return descriptor == STDOUT_FILENO ? .standardOutput : .descriptor(descriptor)
            }
            guard let target = realpath(url.path, nil) else { throw .danglingLink(path: path, target: pointee) }
            url = URL(fileURLWithPath: String(cString: target))
            free(target)
            if standardOutputNames.contains(url.path) { return .standardOutput }
        }
        guard stat(url.path, &info) == 0 else { return .file(url, permissions: newFilePermissions) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            throw .isFolder(path: path)
        case S_IFREG:
            if SessionFileSniffer.readsAsSession(url.path) { throw .wouldReplaceSession(path: path) }
            guard force else { throw .exists(path: path) }
            return .file(url, permissions: mode_t(info.st_mode) & 0o666)
        default:
            return .stream(url)
        }
    }

    /// Writes the document to a destination other than standard output.
    public static func write(_ data: Data, to destination: Destination, path: String) throws(OutputFailure) {
        switch destination {
        case .standardOutput:
            preconditionFailure("standard output is written by the terminal layer")
        case .file(let url, let permissions):
            do {
                try AtomicFile.write(data, to: url, permissions: permissions)
            } catch {
                throw .cannotWrite(path: path, reason: error.reason)
            }
        case .descriptor(let descriptor):
            if let failure = AtomicFile.writeAll(data, to: descriptor) {
                throw .cannotWrite(path: path, reason: WriteFailure.reason(failure))
            }
        case .stream(let url):
            let descriptor = open(url.path, O_WRONLY | O_NOCTTY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: WriteFailure.reason(errno)) }
            let failure = AtomicFile.writeAll(data, to: descriptor)
            let closed = close(descriptor)
            if let failure { throw .cannotWrite(path: path, reason: WriteFailure.reason(failure)) }
            if closed != 0 { throw .cannotWrite(path: path, reason: WriteFailure.reason(errno)) }
        }
    }
}
