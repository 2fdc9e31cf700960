import Foundation
import PlanModel

/// Finds and loads the rule catalogue: the folder given with --rules, or the
/// built-in `rules/` folder found like the questionnaires. It is checked
/// against the questionnaire before the first question, so a broken rule file
/// stops the wizard at the start, not after a two-hour workshop.
enum RulesLocator {
    static let environmentVariable = "SWOC_WIZARD_RULES"

    /// The folder to read: the one given, or the built-in one.
    static func directory(explicit: String?) throws(WizardFailure) -> URL {
        guard let directory = explicit.map({ URL(fileURLWithPath: $0) }) ?? builtIn() else {
            throw .rulesNotFound
        }
        return directory
    }

    /// Checks the (already parsed) rule files against the questionnaire.
    static func load(_ parsed: ParsedRuleFiles, in directory: URL, for questionnaire: Questionnaire)
        throws(WizardFailure) -> RuleCatalog
    {
        do {
            return try RuleCatalogLoader().load(directory: directory, questionnaire: questionnaire, parsed: parsed)
        } catch {
            throw .rules(error, directory: directory.displayPath)
        }
    }

    static func builtIn() -> URL? {
        if let path = ProcessInfo.processInfo.environment[environmentVariable], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return BuiltInFiles.find("rules/manifest.yaml")?.deletingLastPathComponent()
    }
}
