/// Reads plain lines from standard input when it is not a terminal (piped
/// answers, scripts), writing prompts and messages to standard error so that
/// standard output stays clean for whatever the command prints there.
final class PlainTerminal: Terminal {
    /// Without line editing an earlier answer cannot be put on the line, so it
    /// is shown in brackets and an empty line keeps it, as Enter does in readline.
    func readLine(prompt: String, prefill: String?, completions: [String]) -> TerminalInput {
        if InterruptSignal.isRequested { return .interrupted }
        // Prompts and earlier answers come from files: shown without escape codes.
        let shown = prefill.map(TerminalText.line).flatMap { $0.isEmpty ? nil : $0 }
        StandardStream.error(TerminalText.prompt(prompt) + (shown.map { "[\($0)] " } ?? ""))
        guard let line = Swift.readLine(strippingNewline: true) else {
            StandardStream.error("\n")  // End the unanswered prompt's line.
            return InterruptSignal.isRequested ? .interrupted : .endOfInput
        }
        // Echo what was read, so a log of stderr reads like a transcript.
        StandardStream.error(TerminalText.line(line) + "\n")
        if let shown, line.isEmpty { return .line(shown) }
        return .line(line)
    }

    /// Piped output has no width; 80 columns reads well in logs.
    var width: Int { 80 }

    /// Nor a height: a log is laid out as for a standard 80×24 window.
    var height: Int { 24 }

    /// Nobody is there to press Enter for more: listings come whole.
    var pagesLongOutput: Bool { false }

    func write(_ text: String) {
        StandardStream.error(text)
    }
}
