import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces a file's contents so that readers, and a crash, only ever see the
/// old contents or the new ones: write a temporary file in the same folder,
/// fsync it, rename it over the target, then fsync the folder so the rename
/// itself survives a power cut.
public enum AtomicFile {
    /// - Parameter durable: flush to disk before renaming (the default). Only a
    ///   file whose loss would cost nothing, such as a session with no answer
    ///   yet, is written without, to keep the wizard's start instant.
    public static func write(_ data: Data, to url: URL, permissions: mode_t, durable: Bool = true)
        throws(SessionFileError)
    {
        let path = url.displayPath
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw .unwritable(path: path, reason: Self.reason(errno)) }
        var written = 0
        let failure: Int32? = data.withUnsafeBytes { buffer -> Int32? in
            while written < buffer.count {
                let result = writeBytes(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += result
            }
            return !durable || fsync(descriptor) == 0 ? nil : errno
        }
        close(descriptor)
        if let failure {
            unlink(temporary)
            throw .unwritable(path: path, reason: Self.reason(failure))
        }
        guard rename(temporary, url.path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .unwritable(path: path, reason: Self.reason(code))
        }
        let folderDescriptor = durable ? open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// A plain-language reason for the most common failures.
    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "no permission to write in that folder"
        case ENOSPC, EDQUOT: return "the disk is full"
        case ENOENT: return "the folder does not exist"
        case EROFS: return "the disk is read-only"
        default: return String(cString: strerror(code))
        }
    }
}

/// The system call, under a name that the `write(_:to:)` above does not hide.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
