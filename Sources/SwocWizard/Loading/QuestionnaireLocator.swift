import Foundation
import PlanModel

/// Finds and loads the questionnaire: the folder given with --questionnaire,
/// or the built-in `questionnaires/` folder next to the executable's checkout
/// or install (so `swift run` and an installed binary both find it).
enum QuestionnaireLocator {
    static let environmentVariable = "SWOC_WIZARD_QUESTIONNAIRE"

    static func load(explicit: String?) throws(WizardFailure) -> Questionnaire {
        try load(directory: directory(explicit: explicit))
    }

    /// The folder to read: the one given, or the built-in one.
    static func directory(explicit: String?) throws(WizardFailure) -> URL {
        guard let directory = explicit.map({ URL(fileURLWithPath: $0) }) ?? builtIn() else {
            throw .questionnaireNotFound
        }
        return directory
    }

    static func load(directory: URL) throws(WizardFailure) -> Questionnaire {
        do {
            return try QuestionnaireLoader().load(directory: directory)
        } catch {
            throw .questionnaire(error, directory: directory.displayPath)
        }
    }

    /// Looks upwards from the executable, then in the current folder.
    static func builtIn() -> URL? {
        if let path = ProcessInfo.processInfo.environment[environmentVariable], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return BuiltInFiles.find("questionnaires/manifest.yaml")?.deletingLastPathComponent()
    }
}

/// Files that ship with swoc-wizard (questionnaires, the report's city pairs),
/// found next to the executable's checkout or install, so `swift run` and an
/// installed binary both find them.
enum BuiltInFiles {
    static func find(_ relativePath: String) -> URL? {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var folder = executable.deletingLastPathComponent()
            for _ in 0..<6 {
                candidates.append(folder.appendingPathComponent(relativePath))
                candidates.append(folder.appendingPathComponent("share/swoc-wizard/" + relativePath))
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates.append(URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent(relativePath))
        return candidates.first { fileManager.fileExists(atPath: $0.path) }
    }
}
