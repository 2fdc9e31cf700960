import Foundation
import Yams

/// The rule files read and parsed as YAML, before they are checked against a
/// questionnaire. Parsing is most of a load's time and needs no
/// questionnaire, so the wizard does it on a second core while the
/// questionnaire loads, and the first question comes sooner.
///
/// Unchecked `Sendable`: it is filled once by `parse` and only read after the
/// thread that parsed it has finished (the caller waits for it), and each file
/// is then read by one loader.
public final class ParsedRuleFiles: @unchecked Sendable {
    let directory: URL
    private var files: [String: (file: YAMLFile, root: Node?)] = [:]

    private init(directory: URL) {
        self.directory = directory
    }

    /// The manifest and every file it names.
    public static func parse(directory: URL) -> ParsedRuleFiles {
        let parsed = ParsedRuleFiles(directory: directory)
        let (manifest, root) = parsed.read("manifest.yaml")
        parsed.files["manifest.yaml"] = (manifest, root)
        for (key, value) in root?.mapping ?? [:] where key.string != "defaultLanguage" {
            guard let name = value.string, name.hasSuffix(".yaml"), parsed.files[name] == nil else { continue }
            parsed.files[name] = parsed.read(name)
        }
        return parsed
    }

    /// A file and its parsed contents (nil when it is missing or not YAML,
    /// with the problem recorded in the file).
    func file(_ name: String) -> (file: YAMLFile, root: Node?) {
        if let known = files[name] { return known }
        let fresh = read(name)
        files[name] = fresh
        return fresh
    }

    private func read(_ name: String) -> (file: YAMLFile, root: Node?) {
        let url = directory.appendingPathComponent(name)
        let file = YAMLFile(name: url.displayPath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            file.report(nil, "the file is missing or cannot be read")
            return (file, nil)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            file.report(nil, "the file is not UTF-8 text")
            return (file, nil)
        }
        return (file, file.parse(text))
    }
}
