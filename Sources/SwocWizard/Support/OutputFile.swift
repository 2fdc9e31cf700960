import Foundation
import PlanModel

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a command's document to a file (atomically, never replacing an
/// existing file without --force) or, without a path, to standard output.
enum OutputFile {
    static func write(_ text: String, to path: String?, force: Bool, what: String) throws(WizardFailure) {
        guard let path else {
            StandardStream.output(text)
            return
        }
        let existing = try? FileManager.default.attributesOfItem(atPath: path)
        if !force && existing != nil { throw .outputExists(path: path) }
        // A replaced file keeps its permissions, so a plan kept private stays private.
        let permissions = (existing?[.posixPermissions] as? Int).map { mode_t($0) } ?? 0o644
        do {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: path), permissions: permissions)
        } catch {
            throw .cannotWrite(path: path, reason: error.message)
        }
        StandardStream.error("\(what) written to \(path).\n")
    }
}
