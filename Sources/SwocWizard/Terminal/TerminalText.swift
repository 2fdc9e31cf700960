import PlanModel

/// Text from files made safe to put on a terminal line: a prompt built from a
/// questionnaire, an earlier answer from a session file put on the line to
/// edit. Escape sequences there could set the window title, clear the screen
/// or move the cursor, and a line break would confuse line editing (issue 14,
/// item 11); they are removed the way typed input is cleaned.
enum TerminalText {
    /// Text for the editable line: cleaned exactly as a typed answer is, so
    /// pressing Enter on it stores what the person saw.
    static func line(_ text: String) -> String {
        InputSanitizer.clean(text)
    }

    /// A prompt: cleaned the same way, but its leading indentation and the
    /// space before the cursor are kept.
    static func prompt(_ text: String) -> String {
        let leading = text.prefix { $0 == " " }
        let trailing = text.reversed().prefix { $0 == " " }
        guard leading.count < text.count else { return text }
        return String(leading) + InputSanitizer.clean(text) + String(trailing)
    }
}
