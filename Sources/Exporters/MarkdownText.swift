/// Escapes text typed by users so that nothing in it can change the structure
/// of a Markdown document: a `|` cannot split a table cell, a `#` or `-` cannot
/// start a heading or a list, `<script>` stays text, and a line break cannot
/// end a table row. The result renders as the same characters in
/// GitHub-flavoured Markdown, in pandoc, and in the HTML and DOCX made from it.
///
/// User text is always placed after something on the same line (a list
/// marker, a table pipe, a label), so block syntax can only matter at its very
/// start; inline syntax is escaped everywhere.
public enum MarkdownText {
    /// `:` and `@` stop GFM from turning a typed web or e-mail address into a link.
    private static let inline: Set<Character> = ["\\", "`", "*", "_", "{", "}", "[", "]", "#", "|", "~", "!", ":", "@"]
    private static let blockStart: Set<Character> = ["-", "+", "=", ":", ">"]

    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.count + 8)
        for character in text {
            switch character {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\n", "\r", "\r\n", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                if output.last != " " { output += " " }
            default:
                if inline.contains(character) || (character == "." && output.lowercased().hasSuffix("www")) {
                    output += "\\" + String(character)
                } else if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                    continue
                } else {
                    output.append(character)
                }
            }
        }
        output = String(output.drop { $0 == " " })
        while output.hasSuffix(" ") { output.removeLast() }  // Trailing spaces would make a hard break.
        return escapeBlockStart(output)
    }

    /// "- x", "+ x", "1. x" and "1) x" at the start would open a list inside a list item.
    private static func escapeBlockStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if blockStart.contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = text.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }

    /// Text for a Mermaid gantt task or section title, where `:` `;` `#` and
    /// line breaks have a meaning: they are replaced by spaces, not escaped.
    public static func mermaidLabel(_ text: String) -> String {
        let replaced = text.map { character -> Character in
            switch character {
            case ":", ";", "#", "\n", "\r", "\t", "`", "<", ">", "&", "%", "\"", "\\", "|": return " "
            default: return character
            }
        }
        return String(replaced).split(separator: " ").joined(separator: " ")
    }
}
