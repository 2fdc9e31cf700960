import Foundation
import Messages
import Storage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes rather than text (a Word file), through the same safe rules as
/// `OutputFile.write(_ text:)`: atomic, never over a session, --force to replace.
/// On standard output they go as they are, never cleaned for a terminal
/// (the command refuses a terminal before it starts).
extension OutputFile {
    static func write(
        _ data: Data, to path: String?, force: Bool, what: DocumentKind, messages: Messages
    ) throws(WizardFailure) {
        let destination: DocumentFile.Destination
        do {
            destination = try DocumentFile.destination(for: path, force: force)
        } catch {
            throw .output(error)
        }
        guard destination != .standardOutput, let path else {
            if let code = writeAll(data, to: STDOUT_FILENO) {
                throw .standardOutput(reason: WriteFailure.reason(code))
            }
            return
        }
        do {
            try DocumentFile.write(data, to: destination, path: path)
        } catch {
            throw .output(error)
        }
        StandardStream.error(messages.commands.documentWritten(what, to: path) + "\n")
    }

    /// Every byte to `descriptor`; the error number when it refuses, nil when all was written.
    private static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < data.count {
            let written = data.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}
