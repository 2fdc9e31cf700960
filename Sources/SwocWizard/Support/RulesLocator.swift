import Foundation
import PlanModel

/// Finds and loads the rule catalogue: the folder given with --rules, or the
/// built-in `rules/` folder found like the questionnaires. It is checked
/// against the questionnaire before the first question, so a broken rule file
/// stops the wizard at the start, not after a two-hour workshop.
enum RulesLocator {
    static let environmentVariable = "SWOC_WIZARD_RULES"

    static func load(explicit: String?, for questionnaire: Questionnaire) throws(WizardFailure) -> RuleCatalog {
        guard let directory = explicit.map({ URL(fileURLWithPath: $0) }) ?? builtIn() else {
            throw .rulesNotFound
        }
        do {
            return try RuleCatalogLoader().load(directory: directory, questionnaire: questionnaire)
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
