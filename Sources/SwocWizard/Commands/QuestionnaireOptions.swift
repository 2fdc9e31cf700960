import ArgumentParser
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

    /// The questionnaire, and the catalogue checked against it.
    func load() throws(WizardFailure) -> (Questionnaire, RuleCatalog) {
        let questionnaire = try QuestionnaireLocator.load(explicit: directory)
        let catalog = try RulesLocator.load(explicit: rules, for: questionnaire)
        if !catalog.unreachable.isEmpty {
            StandardStream.error(
                "Note: with this questionnaire these rules of the plan can never apply, because they read questions "
                    + "it does not ask: \(catalog.unreachable.joined(separator: ", ")).\n")
        }
        return (questionnaire, catalog)
    }
}
