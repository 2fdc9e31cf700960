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
///
/// The temporary file is created exclusively (`O_CREAT | O_EXCL | O_NOFOLLOW`)
/// under a name no one can guess in advance, and only that file is renamed: a
/// link planted in a shared folder under a temporary name can neither be
/// written through nor moved over the target (issue 14, item 4).
public enum AtomicFile {
    /// - Parameters:
    ///   - permissions: the new file's mode, set exactly (the umask does not apply).
    ///   - durable: flush to disk before renaming (the default). Only a file
    ///     whose loss would cost nothing, such as a session with no answer yet
    ///     or match-making's profile cache, is written without, to keep the
    ///     wizard's start and a ranking instant.
    public static func write(_ data: Data, to url: URL, permissions: mode_t, durable: Bool = true)
        throws(WriteFailure)
    {
        let folder = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        StaleTemporaryFiles.removeOnce(in: folder, for: name)
        let (descriptor, temporary) = try createTemporary(in: folder, for: name, permissions: permissions)
        var failure = writeAll(data, to: descriptor)
        if failure == nil, fchmod(descriptor, permissions) != 0 { failure = errno }
        if failure == nil, durable, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary)
            throw WriteFailure(code: failure)
        }
        guard rename(temporary, url.path) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteFailure(code: code)
        }
        let folderDescriptor = durable ? open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// ".rome.json.PID.RANDOM.tmp": the process id lets a later save recognise
    /// the leftovers of a killed process (`StaleTemporaryFiles`).
    static func temporaryPrefix(for name: String) -> String {
        "." + name + "."
    }

    private static func createTemporary(in folder: String, for name: String, permissions: mode_t)
        throws(WriteFailure) -> (Int32, String)
    {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let random = String(generator.next() & 0xFFFF_FFFF, radix: 16)
            let path = folder + "/" + temporaryPrefix(for: name) + "\(getpid()).\(random).tmp"
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, permissions & 0o600)
            if descriptor >= 0 { return (descriptor, path) }
            if errno != EEXIST && errno != EINTR { throw WriteFailure(code: errno) }
        }
        throw WriteFailure(.noTemporaryFile)
    }

    /// Writes every byte, retrying after signals; the error number of a failure.
    static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { buffer -> Int32? in
            var written = 0
            while written < buffer.count {
                let result = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += result
            }
            return nil
        }
    }
}

/// The system call, under a name that `AtomicFile.write(_:to:)` does not hide.
func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
