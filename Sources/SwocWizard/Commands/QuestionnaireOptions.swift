import ArgumentParser
import Foundation
import PlanModel

/// Options shared by every command that reads the questionnaire (and the
/// rule catalogue that turns its answers into a plan).
struct QuestionnaireOptions: ParsableArguments {
    @Option(
        name: .customLong("questionnaire"),
        help: ArgumentHelp("Use the questionnaire files in this folder instead of the built-in ones.", valueName: "dir")
    )
    var directory: String?

    @Option(
        name: .customLong("rules"),
        help: ArgumentHelp("Use the plan's rule files in this folder instead of the built-in ones.", valueName: "dir"))
    var rules: String?

    /// The questionnaire, and the catalogue checked against it. The rule files
    /// are parsed on a second thread while the questionnaire loads: both are
    /// needed before the first question, and together they are most of the
    /// wizard's start-up.
    func load() throws(WizardFailure) -> (Questionnaire, RuleCatalog) {
        let rulesDirectory = try RulesLocator.directory(explicit: rules)
        let parsing = BackgroundWork { ParsedRuleFiles.parse(directory: rulesDirectory) }
        let questionnaire = try QuestionnaireLocator.load(explicit: directory)
        let catalog = try RulesLocator.load(parsing.result(), in: rulesDirectory, for: questionnaire)
        for note in catalog.notes { StandardStream.error("Note: \(note)\n") }
        if !catalog.unreachable.isEmpty {
            StandardStream.error(
                "Note: with this questionnaire these rules of the plan can never apply, because they read questions "
                    + "it does not ask: \(catalog.unreachable.joined(separator: ", ")).\n")
        }
        return (questionnaire, catalog)
    }
}
