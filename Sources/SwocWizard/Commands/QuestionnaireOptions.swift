import ArgumentParser
import Foundation
import Messages
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

    /// The questionnaire and the catalogue, with where they were read from.
    struct Loaded {
        var questionnaire: Questionnaire
        var catalog: RuleCatalog
        var questionnaireDirectory: URL
        var rulesDirectory: URL
        /// The same options, to repeat in a command the person is told to type.
        var options: String

        /// Which languages the wizard can run in with these files.
        var translations: TranslationCheck {
            TranslationCheck(
                questionnaire: questionnaire.textSites, rules: catalog.textSites,
                defaultLanguage: questionnaire.defaultLanguage, options: options)
        }
    }

    /// The questionnaire, and the catalogue checked against it.
    func load() throws(WizardFailure) -> (Questionnaire, RuleCatalog) {
        let loaded = try loadFiles()
        return (loaded.questionnaire, loaded.catalog)
    }

    /// The questionnaire and the catalogue checked against it. The rule files
    /// are parsed on a second thread while the questionnaire loads: both are
    /// needed before the first question, and together they are most of the
    /// wizard's start-up. Notes about the catalogue are printed in `messages`
    /// (before a session is known: the environment's language).
    func loadFiles(messages: Messages = LanguageChoice().messages) throws(WizardFailure) -> Loaded {
        let rulesDirectory = try RulesLocator.directory(explicit: rules)
        let parsing = BackgroundWork { ParsedRuleFiles.parse(directory: rulesDirectory) }
        let questionnaireDirectory = try QuestionnaireLocator.directory(explicit: directory)
        let questionnaire = try QuestionnaireLocator.load(directory: questionnaireDirectory)
        let catalog = try RulesLocator.load(parsing.result(), in: rulesDirectory, for: questionnaire)
        for note in catalog.notes { StandardStream.error(messages.commands.note("\(note)") + "\n") }
        if !catalog.unreachable.isEmpty {
            StandardStream.error(messages.commands.unreachableRules(catalog.unreachable) + "\n")
        }
        let options =
            (directory.map { " --questionnaire \(ShellQuote.quote($0))" } ?? "")
            + (rules.map { " --rules \(ShellQuote.quote($0))" } ?? "")
        return Loaded(
            questionnaire: questionnaire, catalog: catalog, questionnaireDirectory: questionnaireDirectory,
            rulesDirectory: rulesDirectory, options: options)
    }
}
