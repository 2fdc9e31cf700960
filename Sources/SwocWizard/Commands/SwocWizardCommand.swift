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

            The wizard speaks the language of --language, or else of LC_ALL, LC_MESSAGES or LANG \
            (zh_CN.UTF-8 gives Chinese) when every text is written in it; `swoc-wizard translations CODE` \
            lists what is missing in a language.
            """,
        subcommands: [
            StartCommand.self, ResumeCommand.self, ReviveCommand.self, SuggestCommand.self, DiffCommand.self,
            ExportCommand.self, MatchCommand.self, TranslationsCommand.self, TemplateCommand.self,
            AgreementCommand.self,
        ],
        defaultSubcommand: StartCommand.self
    )
}
