/// What the wizard needs from a terminal, kept this small so the whole flow
/// can be driven by a scripted terminal in tests.
protocol Terminal: AnyObject {
    /// Reads one line. `prefill` is put on the line ready to edit (an earlier
    /// answer or a default); `completions` are offered on Tab.
    func readLine(prompt: String, prefill: String?, completions: [String]) -> TerminalInput

    /// Shows text exactly as it is (the caller adds line breaks and fits it
    /// to the width; `say` does both).
    func write(_ text: String)

    /// Columns available now: asked each time, so a window resized in the
    /// middle of a session (a projector, a split screen) is followed.
    var width: Int { get }

    /// Rows available now, for choosing how compactly to list choices and
    /// how much of a long listing to show at a time.
    var height: Int { get }

    /// Whether a long listing (`:review`, `:help`) is shown a window-full at a
    /// time. Only a person at a screen can press Enter for more; piped input
    /// and logs get it all at once.
    var pagesLongOutput: Bool { get }
}

extension Terminal {
    /// Shows text, each line fitted to the window as it is now: a line that
    /// fits is shown as it is (runs of spaces line up columns), a longer one
    /// is wrapped between words with a hanging indent (`TextLayout.fitted`).
    /// Text in `keepingWhole` (a path, a command to copy) is never broken.
    func say(_ text: String = "", keepingWhole: [String] = []) {
        write(TextLayout.fitted(text, width: width, keepingWhole: keepingWhole) + "\n")
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
