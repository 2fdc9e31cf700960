import PlanModel

/// The `:back`-style commands a person can type on the answer line at any
/// prompt instead of an answer (not to be confused with the program's
/// subcommands in `Commands/`, such as `export`).
enum LineCommand: Equatable {
    case back
    case skip
    case clear
    /// In a list: keep the earlier entry shown and every one after it, then add new ones.
    case keep
    case help
    case review
    case goto(String)
    case save
    case quit
    case unknown(String)

    /// Names offered by Tab completion and listed by `:help` (explained in
    /// each language by `FlowMessages.commandSummary`).
    static let names = [":back", ":skip", ":clear", ":keep", ":help", ":review", ":goto", ":save", ":quit"]

    /// The colons a command may start with: the ASCII one, and the full-width
    /// one (U+FF1A) that Chinese and Japanese input methods type.
    private static let colons: Set<Character> = [":", "："]

    /// The command typed, or nil when the line is an answer.
    init?(_ line: String) {
        let trimmed = line.trimmingWhitespace()
        guard let first = trimmed.first, Self.colons.contains(first), trimmed.count > 1 else { return nil }
        // Any space separates the argument, also the full-width one Chinese input methods type.
        let parts = trimmed.dropFirst().split(maxSplits: 1, whereSeparator: \.isWhitespace)
        let name = parts.first.map { $0.lowercased() } ?? ""
        let argument = parts.count > 1 ? String(parts[1]).trimmingWhitespace() : ""
        switch name {
        case "back", "b": self = .back
        case "skip", "s": self = .skip
        case "clear", "c", "drop", "d": self = .clear
        case "keep", "k": self = .keep
        case "help", "h", "?": self = .help
        case "review", "r": self = .review
        case "goto", "g", "go": self = .goto(argument)
        case "save": self = .save
        case "quit", "q", "exit": self = .quit
        default: self = .unknown(trimmed)
        }
    }

    /// The command in a line that readline returned with `prefill` on it.
    ///
    /// An earlier answer is put on the line ready to edit, so a person who
    /// types `:quit` without clearing it first sends "Manchester:quit"
    /// (issue 14, item 6). That counts as the command when the line is the
    /// pre-filled text followed by a colon and one of the full command words
    /// (`:quit`, `:drop`, `:goto 2`, …), nothing else. A colon inside an
    /// ordinary answer ("Trade fair city: expo", "10:30") and the one-letter
    /// short forms after text are left alone, so no real answer is misread.
    init?(_ line: String, after prefill: String?) {
        if let command = LineCommand(line) {
            self = command
            return
        }
        guard let prefill, !prefill.isEmpty else { return nil }
        // Readline shows the pre-filled text cleaned of control characters,
        // so the line may start with either form.
        let shown = [prefill, TerminalText.line(prefill)]
        guard let typed = shown.lazy.compactMap({ Self.suffix(of: line, after: $0) }).first else { return nil }
        let rest = String(typed).trimmingWhitespace()
        guard let colon = rest.first, Self.colons.contains(colon) else { return nil }
        let word = rest.dropFirst().prefix { !$0.isWhitespace }.lowercased()
        guard Self.wordsAfterText.contains(word), let command = LineCommand(rest) else { return nil }
        // Only :goto takes something after its name.
        if case .goto = command {} else if rest.dropFirst().count != word.count { return nil }
        self = command
    }

    /// Full command words recognised after pre-filled text.
    private static let wordsAfterText: Set<String> = [
        "back", "skip", "clear", "drop", "keep", "help", "review", "goto", "save", "quit", "exit",
    ]

    private static func suffix(of line: String, after prefix: String) -> Substring? {
        guard !prefix.isEmpty, line.hasPrefix(prefix) else { return nil }
        return line.dropFirst(prefix.count)
    }
}
