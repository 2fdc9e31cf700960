import Foundation
import PlanModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole file, refusing what cannot be one: a session must be a
/// plain file (a named pipe would hang the wizard, `/dev/zero` would fill the
/// memory); an answers file may also come through a pipe, such as the `<(…)`
/// of a shell, which FileManager refuses. Both are read up to a limit.
public enum FileContents {
    public enum Failure: Error, Sendable, Equatable {
        case missing
        case isFolder
        /// A device, a socket, or a pipe where only a plain file will do.
        case notAFile
        case tooLarge(limit: Int)
        /// No permission to read it.
        case noPermission
        /// Another error, in the system's own words.
        case unreadable(reason: String)
    }

    /// What may be read.
    public enum Kinds: Sendable {
        case plainFiles
        case plainFilesAndPipes
    }

    /// Far beyond any session or answers file a workshop makes (a session with
    /// 2,000 SWOC entries is about 1 MB), and small enough to read in memory.
    public static let defaultLimit = 64 << 20

    public static func read(_ path: String, kinds: Kinds = .plainFiles, limit: Int = defaultLimit) throws(Failure)
        -> Data
    {
        // O_NONBLOCK: opening a pipe nobody writes to must not hang before the type is checked.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw .missing
            case EACCES, EPERM: throw .noPermission
            default: throw .unreadable(reason: String(cString: strerror(errno)))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(reason: String(cString: strerror(errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            if Int(info.st_size) > limit { throw .tooLarge(limit: limit) }
        case S_IFDIR:
            throw .isFolder
        case S_IFIFO where kinds == .plainFilesAndPipes:
            // Wait for the writer like an ordinary read of a pipe.
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        default:
            throw .notAFile
        }
        // Read straight into the result, sized from the stat (one byte more to
        // see the end in the same read), grown only if the file grows or is a
        // pipe: a portfolio of ten thousand sessions is read file by file, and
        // a fresh zeroed 64 KB buffer per file cost more than reading it.
        var data = Data(count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == data.count { data.count = Swift.min(data.count * 2 + 4096, limit + 1) }
            let room = data.count - filled
            let count = data.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + filled, room) }
            if count == 0 {
                data.count = filled
                return data
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(reason: String(cString: strerror(errno)))
            }
            filled += count
            if filled > limit { throw .tooLarge(limit: limit) }
        }
    }
}

extension FileContents.Failure {
    /// The reason as the messages word it (`ProblemMessages.fileReason`), for
    /// messages that name the file themselves.
    public var fileReason: FileReason {
        switch self {
        case .missing: .doesNotExist
        case .isFolder: .isAFolder
        case .notAFile: .notAPlainFile
        case .tooLarge(let limit): .tooLarge(limit: limit)
        case .noPermission: .noReadPermission
        case .unreadable(let words): .phrase(words)
        }
    }
}

private func systemRead(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, bytes, count)
}
