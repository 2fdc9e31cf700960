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
    private static let inline: Set<UInt32> = Set("\\`*_{}[]#|~!:@".unicodeScalars.map(\.value))
    private static let blockStart: Set<Character> = ["-", "+", "=", ":", ">"]

    /// Works on Unicode scalars, not characters: every special character is
    /// ASCII, and scalars are much faster to walk through for a long plan.
    public static func escape(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var lastIsSpace = true  // so leading spaces are dropped
        func append(_ string: String) {
            output.append(contentsOf: string.unicodeScalars)
            lastIsSpace = false
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x3C: append("&lt;")
            case 0x3E: append("&gt;")
            case 0x26: append("&amp;")
            case 0x09...0x0D, 0x20, 0x85, 0x2028, 0x2029:
                if !lastIsSpace {
                    output.append(" ")
                    lastIsSpace = true
                }
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            case 0x2E where Self.endsWithWWW(output):
                append("\\.")
            default:
                if inline.contains(scalar.value) { output.append("\\") }
                output.append(scalar)
                lastIsSpace = false
            }
        }
        var result = String(output)
        while result.hasSuffix(" ") { result.removeLast() }  // Trailing spaces would make a hard break.
        return escapeBlockStart(result)
    }

    private static func endsWithWWW(_ output: String.UnicodeScalarView) -> Bool {
        let tail = output.suffix(3)
        return tail.count == 3 && tail.allSatisfy { $0 == "w" || $0 == "W" }
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
    /// Read by Unicode scalar, so that "\r\n" (one Character) and every other
    /// line or paragraph separator and control character become a space too.
    public static func mermaidLabel(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var lastIsSpace = true  // so leading spaces are dropped
        for scalar in text.unicodeScalars {
            if mermaidSpecial.contains(scalar.value) || scalar.properties.isWhitespace
                || scalar.properties.generalCategory == .control
            {
                if !lastIsSpace { output.append(" ") }
                lastIsSpace = true
            } else {
                output.append(scalar)
                lastIsSpace = false
            }
        }
        if lastIsSpace, !output.isEmpty { output.removeLast() }
        return String(output)
    }

    private static let mermaidSpecial: Set<UInt32> = Set(":;#`<>&%\"\\|".unicodeScalars.map(\.value))
}
