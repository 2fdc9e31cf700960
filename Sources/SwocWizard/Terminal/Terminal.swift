/// What the wizard needs from a terminal, kept this small so the whole flow
/// can be driven by a scripted terminal in tests.
protocol Terminal: AnyObject {
    /// Reads one line. `prefill` is put on the line ready to edit (an earlier
    /// answer or a default); `completions` are offered on Tab.
    func readLine(prompt: String, prefill: String?, completions: [String]) -> TerminalInput

    /// Shows text to the person (the caller adds line breaks).
    func write(_ text: String)

    /// Columns available, for laying out choice lists.
    var width: Int { get }
}

extension Terminal {
    /// Shows one line of text.
    func say(_ line: String = "") {
        write(line + "\n")
    }
}

/// What came back from the keyboard.
enum TerminalInput: Equatable {
    case line(String)
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
    /// Ctrl-C.
    case interrupted
}
