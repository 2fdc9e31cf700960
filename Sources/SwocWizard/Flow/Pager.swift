/// Shows a long listing (`:review`, `:help`) a window-full at a time, so
/// what the team reads back on a projector does not scroll away (issue 13).
/// After each window-full it asks "— more: Enter · q stops —" in the
/// session's language. A terminal that does not page (piped input, a log)
/// gets the listing whole.
struct Pager {
    let context: FlowContext

    /// How a listing ended.
    enum Outcome: Equatable {
        /// Shown to the end, or stopped with q.
        case shown
        case interrupted
        case endOfInput
    }

    /// Shows `text`, fitted to the width, a window-full at a time.
    func show(_ text: String, keepingWhole: [String] = []) -> Outcome {
        let terminal = context.terminal
        let width = terminal.width
        let lines = TextLayout.fitted(text, width: width, keepingWhole: keepingWhole)
            .split(separator: "\n", omittingEmptySubsequences: false)
        // One row is kept for the "more" prompt.
        let rowsPerPage = max(terminal.height - 1, 1)
        guard terminal.pagesLongOutput, Self.rows(lines, width: width) > rowsPerPage else {
            terminal.write(lines.joined(separator: "\n") + "\n")
            return .shown
        }
        var rowsShown = 0
        for line in lines {
            let rows = Self.rows([line], width: width)
            if rowsShown > 0 && rowsShown + rows > rowsPerPage {
                switch terminal.readLine(prompt: context.words.morePrompt, prefill: nil, completions: []) {
                case .interrupted: return .interrupted
                case .endOfInput: return .endOfInput
                case .line(let answer):
                    // The "more" line has done its job: it is taken off the
                    // screen so the listing reads on without it.
                    terminal.write(Self.eraseLineAbove)
                    if stops(answer) { return .shown }
                }
                rowsShown = 0
            }
            terminal.write(line + "\n")
            rowsShown += rows
        }
        return .shown
    }

    /// Moves the cursor up to the line just answered and clears it (ECMA-48
    /// CUU and EL), which every terminal readline runs on understands; only
    /// sent where pages are asked for, so never into a pipe or a log.
    static let eraseLineAbove = "\u{1B}[1A\u{1B}[2K\r"

    /// q (or a word for it in the session's language, or :quit) stops the
    /// listing, and only the listing: the question is asked again.
    private func stops(_ answer: String) -> Bool {
        let typed = answer.trimmingWhitespace().lowercased()
        return context.words.stopPagingWords.contains(typed) || LineCommand(typed) == .quit
    }

    /// Rows the lines take on the screen; a word longer than the width (a
    /// path) makes the terminal wrap it onto the next row.
    static func rows(_ lines: [Substring], width: Int) -> Int {
        lines.reduce(0) { $0 + max(1, ($1.displayWidth + width - 1) / max(width, 1)) }
    }
}
