/// The invisible characters a questionnaire text may not hold, and how to show
/// them in a message.
///
/// A label such as `"Evil\e]0;TITLE\a"` would set the terminal's title when the
/// question is asked, and a `"\r\n"` inside a choice label adds lines to the
/// plan's Mermaid chart. Swift counts `"\r\n"` as one `Character`, so every check
/// here works on Unicode scalars.
public enum ControlCharacters {
    /// The first character of `text` that must not appear in it, if any.
    /// - Parameter allowLineBreaks: true for texts of several lines (help, intro), which may hold U+000A.
    public static func firstForbidden(in text: String, allowLineBreaks: Bool) -> Unicode.Scalar? {
        text.unicodeScalars.first { isForbidden($0) && !(allowLineBreaks && $0 == "\n") }
    }

    /// C0 and C1 control characters (tab, line breaks and escape among them), the
    /// Unicode line and paragraph separators, and the direction overrides that
    /// make text display in another order than it is stored.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// A name a facilitator can search for, e.g. "U+001B (escape)".
    public static func name(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let names: [UInt32: String] = [
            0x09: "tab", 0x0A: "line break", 0x0D: "carriage return", 0x1B: "escape", 0x07: "bell",
            0x00: "null", 0x7F: "delete", 0x2028: "line separator", 0x2029: "paragraph separator",
        ]
        if let name = names[scalar.value] { return "\(code) (\(name))" }
        if (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) {
            return "\(code) (text direction control)"
        }
        return "\(code) (control character)"
    }

    /// `text` with each forbidden character written out as `\u{1B}`, so that a
    /// message quoting a file can be printed without acting on the terminal.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            if isForbidden(scalar) {
                output += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
