import ArgumentParser

/// Options shared by every command that reads the questionnaire.
struct QuestionnaireOptions: ParsableArguments {
    @Option(
        name: .customLong("questionnaire"),
        help: ArgumentHelp("Use the questionnaire files in this folder instead of the built-in ones.", valueName: "dir")
    )
    var directory: String?
}
