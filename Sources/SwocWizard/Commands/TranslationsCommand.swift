import ArgumentParser
import Foundation
import PlanModel

/// `swoc-wizard translations CODE`: every text of the questionnaire and the
/// rule catalogue not yet written in a language, with file and line, so a
/// translator knows what is left; exit 0 when the language is complete
/// (and the program's own words speak it), 65 when not.
struct TranslationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translations",
        abstract: "List every text not yet written in a language, with file and line.",
        discussion: """
            Prints one line per missing text ("questionnaires/step-0-profile.yaml:12: question \
            city-name prompt") on standard output and a summary on standard error. Exits 0 when \
            every text is written in the language and the wizard's own words speak it (then \
            `start --language CODE` works), 65 when something is missing.
            """
    )

    @Argument(help: ArgumentHelp("The language to check, e.g. zh.", valueName: "code"))
    var language: String

    @OptionGroup var questionnaireOptions: QuestionnaireOptions

    func run() throws(WizardFailure) {
        let choice = LanguageChoice()
        let files = try questionnaireOptions.loadFiles(messages: choice.messages)
        let gaps = files.translations.gaps(in: language)
        if !gaps.lines.isEmpty { try StandardStream.output(gaps.lines.joined(separator: "\n") + "\n") }
        guard gaps.isComplete else { throw .translationsMissing(gaps) }
        StandardStream.error(choice.messages.commands.translationsComplete(language) + "\n")
    }
}
