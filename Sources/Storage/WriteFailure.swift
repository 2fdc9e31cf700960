#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file could not be written, in words a city officer can act on. The
/// callers add the path and what was being written (a session, a plan).
public struct WriteFailure: Error, Sendable, Equatable {
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }

    /// A plain-language reason for a system error number.
    public init(code: Int32) {
        reason = Self.reason(code)
    }

    public static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "no permission to write in that folder"
        case ENOSPC, EDQUOT: return "the disk is full"
        case ENOENT: return "the folder does not exist"
        case EROFS: return "the disk is read-only"
        case ENOTDIR: return "part of the path is a file, not a folder"
        case ELOOP: return "the path is a symbolic link, which is not followed here"
        case EISDIR: return "it is a folder"
        case EIO: return "the disk reported an error"
        default: return String(cString: strerror(code))
        }
    }
}
