import ArgumentParser
import Messages
import PlanModel

/// How a command shows its result (the screen, Markdown or JSON) and where it
/// writes it: shared by `diff` and `match`.
struct ReportOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case md
        case json
    }

    @Option(help: "How to show the result: text for the screen, md for Markdown, json for data.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Write to this file instead of the screen.", valueName: "path"))
    var output: String?

    @Flag(help: "Replace the output file if it already exists.")
    var force = false

    /// Writes the finished text where the options say. The text format is
    /// for reading on a screen, so it is cleaned of escape codes from the
    /// files (a candidate's city name) even when it goes to a file first.
    func write(_ text: String, what: DocumentKind, messages: Messages) throws(WizardFailure) {
        let shown = format == .text ? InputSanitizer.cleanForDisplay(text) : text
        try OutputFile.write(shown, to: output, force: force, what: what, messages: messages)
    }
}
