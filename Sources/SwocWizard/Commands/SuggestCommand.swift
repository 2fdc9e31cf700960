import ArgumentParser
import Foundation
import PlanModel

/// `swoc-wizard suggest FILE`: the headline suggestions for a session, in the terminal.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Show the suggested next agreement, health check and five-year plan for a session."
    )

    @Argument(help: ArgumentHelp("The session file.", valueName: "file"))
    var file: String

    @OptionGroup var questionnaireOptions: QuestionnaireOptions

    func run() throws(WizardFailure) {
        let (questionnaire, catalog) = try questionnaireOptions.load()
        let session = try SessionLoading.load(URL(fileURLWithPath: file), for: questionnaire)
        let width = StandardStream.isTerminal(STDOUT_FILENO) ? ReadlineTerminal.columns(of: STDOUT_FILENO) : 100
        let summary = SuggestionsSummary(
            suggestions: Suggestions(questionnaire: questionnaire, session: session, catalog: catalog), width: width)
        try StandardStream.output(
            InputSanitizer.cleanForDisplay(summary.render()) + "\n"
                + "\nThe full plan, with every reason: swoc-wizard export \(ShellQuote.quote(file)) --format md\n")
    }
}
