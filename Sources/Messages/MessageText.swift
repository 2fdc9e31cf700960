/// Small formatting facts every language's messages share.
enum MessageText {
    /// Keeps a pasted page from filling the projector with its own echo.
    static func shortened(_ input: String) -> String {
        input.count > 40 ? String(input.prefix(37)) + "..." : input
    }

    /// 3, not 3.0; 2.5 as typed.
    static func number(_ value: Double) -> String {
        Int(exactly: value).map(String.init) ?? String(value)
    }
}
