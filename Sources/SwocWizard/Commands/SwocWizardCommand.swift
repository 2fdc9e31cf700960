import ArgumentParser

/// The `swoc-wizard` command line. With no subcommand it starts a new session.
struct SwocWizardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swoc-wizard",
        abstract: "Plan an EU–China city-to-city partnership, question by question.",
        discussion: """
            The wizard takes a city team through the four steps of the URBAN-EU-CHINA city \
            partnership guidelines: a SWOC analysis, finding partner cities, choosing agreements, \
            and delivering and monitoring. Answers are saved after every question.
            """,
        subcommands: [
            StartCommand.self, ResumeCommand.self, ReviveCommand.self, SuggestCommand.self, DiffCommand.self,
            ExportCommand.self, MatchCommand.self,
        ],
        defaultSubcommand: StartCommand.self
    )
}
