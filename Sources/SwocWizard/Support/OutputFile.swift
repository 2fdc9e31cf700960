import Foundation
import PlanModel

/// Writes a command's document to a file (atomically, never replacing an
/// existing file without --force) or, without a path, to standard output.
enum OutputFile {
    static func write(_ text: String, to path: String?, force: Bool, what: String) throws(WizardFailure) {
        guard let path else {
            StandardStream.output(text)
            return
        }
        if !force && FileManager.default.fileExists(atPath: path) { throw .outputExists(path: path) }
        do {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: path), permissions: 0o644)
        } catch {
            throw .cannotWrite(path: path, reason: error.message)
        }
        StandardStream.error("\(what) written to \(path).\n")
    }
}
