import Foundation
import Messages
import PlanModel
import Storage

/// Writes a command's document where its `--output` says: standard output,
/// or a file through `DocumentFile`'s safe rules (never over a session, never
/// replacing a link or a device, private when new, --force to replace).
enum OutputFile {
    /// - Parameters:
    ///   - what: the document, as the note after writing names it ("Plan"), in `messages`' language.
    static func write(
        _ text: String, to path: String?, force: Bool, what: DocumentKind, messages: Messages
    ) throws(WizardFailure) {
        try write(
            Data(text.utf8), to: path, force: force, what: what, messages: messages,
            standardOutput: { () throws(WizardFailure) in try StandardStream.output(text) })
    }

    /// Bytes rather than text (a Word file), by the same rules; on standard
    /// output they go as they are, never cleaned for a terminal (the command
    /// refuses a terminal before it starts).
    static func write(
        _ data: Data, to path: String?, force: Bool, what: DocumentKind, messages: Messages
    ) throws(WizardFailure) {
        try write(
            data, to: path, force: force, what: what, messages: messages,
            standardOutput: { () throws(WizardFailure) in try StandardStream.output(bytes: data) })
    }

    private static func write(
        _ data: Data, to path: String?, force: Bool, what: DocumentKind, messages: Messages,
        standardOutput: () throws(WizardFailure) -> Void
    ) throws(WizardFailure) {
        let destination: DocumentFile.Destination
        do {
            destination = try DocumentFile.destination(for: path, force: force)
        } catch {
            throw .output(error)
        }
        guard destination != .standardOutput, let path else {
            try standardOutput()
            return
        }
        do {
            try DocumentFile.write(data, to: destination, path: path)
        } catch {
            throw .output(error)
        }
        StandardStream.error(messages.commands.documentWritten(what, to: path) + "\n")
    }
}
