#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file could not be written, in words a city officer can act on. The
/// callers add the path and what was being written (a session, a plan).
public struct WriteFailure: Error, Sendable, Equatable {
    /// The reason as an English phrase: one of `Reason`'s, or the system's own
    /// words for a rarer error. Messages in other languages translate the
    /// phrases of `Reason` (`ProblemMessages.reason`).
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }

    public init(_ reason: Reason) {
        self.reason = reason.rawValue
    }

    /// A plain-language reason for a system error number.
    public init(code: Int32) {
        reason = Self.reason(code)
    }

    /// The reasons a write fails that a person can do something about. The raw
    /// value is the English phrase that the messages embed ("Cannot write
    /// plan.md (the disk is full)."), and the key by which they are translated.
    public enum Reason: String, Sendable, CaseIterable {
        case noPermission = "no permission to write in that folder"
        case diskFull = "the disk is full"
        case noFolder = "the folder does not exist"
        case readOnly = "the disk is read-only"
        case notAFolder = "part of the path is a file, not a folder"
        case symbolicLink = "the path is a symbolic link, which is not followed here"
        case isFolder = "it is a folder"
        case diskError = "the disk reported an error"
        case noTemporaryFile = "no temporary file could be created in that folder"
    }

    public static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return Reason.noPermission.rawValue
        case ENOSPC, EDQUOT: return Reason.diskFull.rawValue
        case ENOENT: return Reason.noFolder.rawValue
        case EROFS: return Reason.readOnly.rawValue
        case ENOTDIR: return Reason.notAFolder.rawValue
        case ELOOP: return Reason.symbolicLink.rawValue
        case EISDIR: return Reason.isFolder.rawValue
        case EIO: return Reason.diskError.rawValue
        default: return String(cString: strerror(code))
        }
    }
}
