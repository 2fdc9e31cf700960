import Foundation
import PlanModel
import Storage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes straight to a file descriptor. Glibc's `stderr` global is rejected
/// by Swift 6's concurrency checks in release builds; a descriptor is not.
///
/// Everything shown to a person passes here: text bound for a terminal, and
/// every message on standard error, is cleaned of escape codes first, because
/// much of it comes from files (city names, file names, questionnaire texts)
/// that could otherwise set the window title or clear the screen (issue 14,
/// item 11). A document sent to a file or a pipe is written as it is.
enum StandardStream {
    /// Writes every byte; the error number when the descriptor refuses
    /// (a full disk, a closed pipe), nil when all was written.
    @discardableResult
    static func write(_ text: String, to descriptor: Int32) -> Int32? {
        let shown = descriptor == STDERR_FILENO || isTerminal(descriptor) ? InputSanitizer.cleanForDisplay(text) : text
        return write(bytes: Array(shown.utf8), to: descriptor)
    }

    /// Bytes as they are (a Word file on a pipe), never cleaned.
    static func write(bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
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

    /// A message for the person; if even standard error fails there is no one left to tell.
    static func error(_ text: String) {
        write(text, to: STDERR_FILENO)
    }

    /// A command's result on standard output. A failed write is an error
    /// (exit 73), never a silent success: `export > /dev/full` or a disk that
    /// fills up half-way would otherwise leave a cut plan behind (issue 14, item 12).
    static func output(_ text: String) throws(WizardFailure) {
        if let code = write(text, to: STDOUT_FILENO) {
            throw .standardOutput(reason: WriteFailure.reason(code))
        }
    }

    /// A document's bytes on standard output, as they are; a failed write is an error as for text.
    static func output(bytes data: Data) throws(WizardFailure) {
        if let code = write(bytes: Array(data), to: STDOUT_FILENO) {
            throw .standardOutput(reason: WriteFailure.reason(code))
        }
    }

    static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }
}
