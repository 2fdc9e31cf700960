@preconcurrency import CReadline
import PlanModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Line editing with GNU readline: arrow keys, history (Up), Tab completion
/// of choices and wizard commands, and an earlier answer put on the line
/// ready to edit. Used only when standard input is a terminal.
final class ReadlineTerminal: Terminal {
    /// Where prompts and messages go: standard output when it is a terminal,
    /// otherwise standard error, so `swoc-wizard > file` still shows the questions.
    private let outputDescriptor: Int32

    init() {
        outputDescriptor = StandardStream.isTerminal(STDOUT_FILENO) ? STDOUT_FILENO : STDERR_FILENO
        ReadlineTerminal.configure(outputDescriptor: outputDescriptor)
    }

    /// The terminal's width now, asked of the terminal each time (a projector
    /// window may be resized mid-session; no SIGWINCH handler is needed).
    var width: Int {
        Self.columns(of: outputDescriptor)
    }

    /// The terminal's height now, asked the same way.
    var height: Int {
        Self.size(of: outputDescriptor)?.rows ?? 24
    }

    /// A person is at the screen to press Enter for more.
    var pagesLongOutput: Bool { true }

    /// The width of the terminal on `descriptor`, or 80 when it has none.
    static func columns(of descriptor: Int32) -> Int {
        size(of: descriptor)?.columns ?? 80
    }

    /// The window's size as the terminal reports it (TIOCGWINSZ), or nil.
    static func size(of descriptor: Int32) -> (rows: Int, columns: Int)? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return (Int(size.ws_row), Int(size.ws_col))
    }

    /// Tells readline the window's size before it draws a line. Readline
    /// follows a resize only while it is reading (its SIGWINCH handler, run
    /// from `rl_check_signals` in `ReadlineInput`, calls `rl_resize_terminal`);
    /// the handler is removed between lines, so a window resized while the
    /// wizard was printing would otherwise be edited at the old width, and a
    /// long answer would wrap in the wrong place. `rl_set_screen_size` only
    /// records the size (no redraw), which is right before the prompt is shown.
    private func followWindowSize() {
        guard let size = Self.size(of: outputDescriptor) else { return }
        var rows: Int32 = 0
        var columns: Int32 = 0
        rl_get_screen_size(&rows, &columns)
        if rows != Int32(size.rows) || columns != Int32(size.columns) {
            rl_set_screen_size(Int32(size.rows), Int32(size.columns))
        }
    }

    func write(_ text: String) {
        StandardStream.write(text, to: outputDescriptor)
    }

    func readLine(prompt: String, prefill: String?, completions: [String]) -> TerminalInput {
        if InterruptSignal.isRequested { return .interrupted }
        // Prompts and earlier answers come from questionnaire and session
        // files: no escape code in them may reach the terminal (issue 14, item 11).
        ReadlineState.prefill = prefill.map(TerminalText.line)
        ReadlineState.candidates = completions.map(TerminalText.line)
        followWindowSize()
        LineEditingSignals.install()
        let read = readline(TerminalText.prompt(prompt))
        LineEditingSignals.restore()
        guard let pointer = read else {
            guard InterruptSignal.isRequested else { return .endOfInput }
            write("\n")  // Readline leaves the cursor on the interrupted line.
            return .interrupted
        }
        defer { free(pointer) }
        if InterruptSignal.isRequested {
            write("\n")
            return .interrupted
        }
        let line = String(decoding: UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self)
        if line.contains(where: { !$0.isWhitespace }) { add_history(pointer) }
        return .line(line)
    }

    /// One-time readline set-up. Readline keeps its settings in C globals.
    private static func configure(outputDescriptor: Int32) {
        // Without a UTF-8 locale readline counts bytes, not characters, and the
        // cursor lands in the wrong place after Chinese or accented text.
        if setlocale(LC_ALL, "") == nil || !String(cString: setlocale(LC_CTYPE, nil)).lowercased().contains("utf") {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
        rl_readline_name = UnsafePointer(strdup("swoc-wizard"))
        rl_outstream = fdopen(dup(outputDescriptor), "w")
        for (name, value) in [
            ("show-all-if-ambiguous", "on"), ("completion-ignore-case", "on"), ("input-meta", "on"),
            ("output-meta", "on"), ("convert-meta", "off"), ("enable-bracketed-paste", "on"),
        ] {
            rl_variable_bind(name, value)
        }
        // Only "," separates words: choice names contain spaces, and several
        // choices are typed comma-separated.
        rl_completer_word_break_characters = UnsafePointer(strdup(","))
        rl_startup_hook = { () -> Int32 in
            if let text = ReadlineState.prefill {
                rl_insert_text(text)
            }
            return 0
        }
        rl_attempted_completion_function = { text, _, _ in
            rl_attempted_completion_over = 1  // never fall back to file names
            rl_completion_suppress_append = 1
            ReadlineState.prepareMatches(for: text.map { String(cString: $0) } ?? "")
            return rl_completion_matches(text) { _, state in
                ReadlineState.nextMatch(state: state)
            }
        }
        // Ctrl-C, Ctrl-Z and ending signals are handled by the wizard, and keys
        // are read by ReadlineInput, which also waits for the Ctrl-C wake-up
        // pipe: readline's own signal handling could lose a Ctrl-C (see there).
        rl_catch_signals = 0
        ReadlineInput.openKeyboard(for: STDIN_FILENO)
        rl_getc_function = { stream in
            ReadlineInput.nextKey(from: stream.map { fileno($0) } ?? STDIN_FILENO)
        }
    }
}

/// State the C callbacks read. Readline calls them synchronously on the thread
/// that called `readline()`, which is the only thread using it, so plain
/// globals are safe here.
enum ReadlineState {
    nonisolated(unsafe) static var prefill: String?
    nonisolated(unsafe) static var candidates: [String] = []
    nonisolated(unsafe) static var matches: [String] = []
    nonisolated(unsafe) static var matchIndex = 0

    /// Matches for the word before the cursor: candidates that start with it,
    /// ignoring case. Leading spaces (after a comma) are kept in front of the
    /// match. Readline breaks words only at single-byte characters (the ASCII
    /// comma), so a word may still hold the full-width separators a Chinese
    /// input method types ("政府，企"): what comes up to the last of them
    /// is kept as it is, and only the rest is completed.
    static func prepareMatches(for word: String) {
        let kept = word.lastIndex { AnswerParser.isChoiceSeparator($0) }.map { String(word[...$0]) } ?? ""
        let rest = word.dropFirst(kept.count)
        let leading = kept + String(rest.prefix { $0 == " " || $0 == "\u{3000}" })
        let typed = word.dropFirst(leading.count).lowercased()
        matches = candidates.filter { $0.lowercased().hasPrefix(typed) }.map { leading + $0 }
        matchIndex = 0
    }

    static func nextMatch(state: Int32) -> UnsafeMutablePointer<CChar>? {
        if state == 0 { matchIndex = 0 }
        guard matchIndex < matches.count else { return nil }
        defer { matchIndex += 1 }
        return strdup(matches[matchIndex])  // readline frees it
    }
}
