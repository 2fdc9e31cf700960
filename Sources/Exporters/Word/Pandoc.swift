import Foundation

/// The pandoc program, found on PATH, run as a subprocess with its messages
/// kept for when it fails.
public struct Pandoc: Sendable, Equatable {
    public let executable: URL

    public init(executable: URL) {
        self.executable = executable
    }

    /// The first executable `name` in the folders of `path` (the PATH
    /// variable's form, folders separated by colons), nil when there is none.
    public static func find(_ name: String = "pandoc", path: String?) -> URL? {
        for folder in (path ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        return nil
    }

    /// Runs pandoc in `folder`; what it writes to standard error goes to a
    /// file there (never a pipe that could fill and stall it). Warnings are
    /// not failures: only a non-zero exit is.
    func run(_ arguments: [String], in folder: URL) throws(WordExportError) {
        let messages = folder.appendingPathComponent("pandoc-messages.txt")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        do {
            _ = FileManager.default.createFile(atPath: messages.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: messages)
            try process.run()
        } catch {
            throw .pandocFailed(status: -1, message: error.localizedDescription)
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = (try? String(contentsOf: messages, encoding: .utf8)) ?? ""
            throw .pandocFailed(
                status: process.terminationStatus, message: said.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// Converts `markdown` to Word with the shipped styling, in a private
    /// folder of its own that holds `files` beside it (a picture the text
    /// names, by file name), and returns the document's bytes: the one way
    /// the plan and the agreement become Word files.
    func word(_ markdown: String, files: [String: String] = [:], styling: WordStyling) throws(WordExportError)
        -> Data
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "swoc-wizard-docx-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("document.md")
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Data(markdown.utf8).write(to: input)
            for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        } catch {
            throw .workspace(reason: error.localizedDescription)
        }
        let output = folder.appendingPathComponent("document.docx")
        let arguments =
            ["--from", "gfm", "--to", "docx", "--output", output.path] + styling.arguments + [input.path]
        try run(arguments, in: folder)
        do {
            return try Data(contentsOf: output)
        } catch {
            throw .pandocFailed(status: 0, message: error.localizedDescription)
        }
    }
}
