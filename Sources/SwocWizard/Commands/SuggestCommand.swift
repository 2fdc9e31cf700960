import ArgumentParser
import Foundation
import Messages
import PlanModel

/// `swoc-wizard suggest FILE`: the headline suggestions for a session, in the
/// terminal, in the session's language.
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
        SessionLoading.noteSideTakenFromCountry(session, questionnaire: questionnaire, file: file)
        try WizardFailure.speaking(session.language) { () throws(WizardFailure) in
            try show(session, questionnaire: questionnaire, catalog: catalog)
        }
    }

    private func show(_ session: Session, questionnaire: Questionnaire, catalog: RuleCatalog) throws(WizardFailure) {
        let width = StandardStream.isTerminal(STDOUT_FILENO) ? ReadlineTerminal.columns(of: STDOUT_FILENO) : 100
        let words = (Messages.in(session.language) ?? .english).reports
        let summary = SuggestionsSummary(
            suggestions: Suggestions(questionnaire: questionnaire, session: session, catalog: catalog), words: words,
            width: width, names: catalog.names, language: session.language)
        let command = "swoc-wizard export \(ShellQuote.quote(file)) --format md"
        try StandardStream.output(
            InputSanitizer.cleanForDisplay(summary.render()) + "\n\n" + words.fullPlanHint(command: command) + "\n")
    }
}
