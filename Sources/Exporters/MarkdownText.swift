/// Escapes text typed by users so that nothing in it can change the structure
/// of a Markdown document: a `|` cannot split a table cell, a `#` or `-` cannot
/// start a heading or a list, `<script>` stays text, and a line break cannot
/// end a table row. The result renders as the same characters in
/// GitHub-flavoured Markdown, in pandoc, and in the HTML and DOCX made from it.
///
/// Only what Markdown would read is escaped, by position and context, so a
/// plan reads cleanly as plain text too (issue 12: "Trade fair city\: …" and
/// "1\.5" were escaped everywhere before):
/// - always: `\` `` ` `` `*` `~` `[` `]` `|` (emphasis, code, strike-through,
///   links and footnotes, table cells) and `<` (raw HTML, `<…>` autolinks),
///   so `<script>` reads `\<script>` and shows as typed;
/// - `_` only at a word's edge (GFM never reads `snake_case` as emphasis);
/// - `&` only where it would start an entity such as `&amp;`;
/// - `:` only before `//` (`https://`) or closing an emoji code (`:smile:`),
///   `@` only inside an e-mail address, `.` only after `www`: GFM's bare links;
/// - at the very start only: `#`, `-`, `+`, `=`, `>`, and `1.` / `1)` before a
///   space, which would open a heading, a list, a quote or a setext heading.
///
/// User text is placed after something on the same line (a list marker, a
/// table pipe, a label) or at a paragraph's start, so block syntax can only
/// matter at its very start. Right-to-left overrides and isolates typed into a
/// text are kept (they are the team's text) but closed at its end, so they
/// cannot reorder the program's words that follow.
public enum MarkdownText {
    private static let alwaysEscaped: Set<UInt32> = Set("\\`*~[]|".unicodeScalars.map(\.value))
    private static let blockStart: Set<Character> = ["#", "-", "+", "=", ">"]

    /// Works on Unicode scalars, not characters: every special character is
    /// ASCII, and scalars are much faster to walk through for a long plan.
    public static func escape(_ text: String) -> String {
        // The common case first: text with no character Markdown reads needs no copy.
        if isPlain(text) { return escapeBlockStart(text) }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var lastIsSpace = true  // so leading spaces are dropped
        var openEmbeddings = 0
        var openIsolates = 0
        /// Where the last `:` was written in `scalars`, to find emoji codes.
        var lastColon: Int?
        func append(_ string: String) {
            output.append(contentsOf: string.unicodeScalars)
            lastIsSpace = false
        }
        for (index, scalar) in scalars.enumerated() {
            let previous = index > 0 ? scalars[index - 1] : nil
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            switch scalar.value {
            case 0x3C: append("\\<")
            case 0x09...0x0D, 0x20, 0x85, 0x2028, 0x2029:
                if !lastIsSpace {
                    output.append(" ")
                    lastIsSpace = true
                }
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            case 0x202A...0x202E:
                openEmbeddings += scalar.value == 0x202C ? (openEmbeddings > 0 ? -1 : 0) : 1
                output.append(scalar)
                lastIsSpace = false
            case 0x2066...0x2069:
                openIsolates += scalar.value == 0x2069 ? (openIsolates > 0 ? -1 : 0) : 1
                output.append(scalar)
                lastIsSpace = false
            case let value where alwaysEscaped.contains(value):
                output.append("\\")
                output.append(scalar)
                lastIsSpace = false
            case 0x5F:  // _
                if !isWord(previous) || !isWord(next) { output.append("\\") }
                output.append(scalar)
                lastIsSpace = false
            case 0x26:  // &
                if startsEntity(scalars, at: index) { output.append("\\") }
                output.append(scalar)
                lastIsSpace = false
            case 0x3A:  // :
                let link = next == "/" && index + 2 < scalars.count && scalars[index + 2] == "/"
                if link || closesEmoji(scalars, from: lastColon, to: index) { output.append("\\") }
                lastColon = index
                output.append(scalar)
                lastIsSpace = false
            case 0x40:  // @
                if isWord(previous) && isWord(next) { output.append("\\") }
                output.append(scalar)
                lastIsSpace = false
            case 0x2E where endsWithWWW(output):
                append("\\.")
            default:
                output.append(scalar)
                lastIsSpace = false
            }
        }
        while output.last == " " { output.removeLast() }  // Trailing spaces would make a hard break.
        // Close what the text opened, so the override ends with the text (issue 12).
        for _ in 0..<openIsolates { output.append("\u{2069}") }
        for _ in 0..<openEmbeddings { output.append("\u{202C}") }
        return escapeBlockStart(String(output))
    }

    /// True for text the scalar loop would leave as it is: no character it
    /// looks at, and single spaces only between words. Most texts of a plan
    /// are like that, and are then not copied.
    private static func isPlain(_ text: String) -> Bool {
        var previousIsSpace = true
        var ws = 0  // "w"s just before, for "www."
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20:
                if previousIsSpace { return false }
                previousIsSpace = true
                ws = 0
                continue
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return false
            case 0x26, 0x3A, 0x3C, 0x40, 0x5F: return false
            case 0x2E where ws >= 3: return false
            case let value where alwaysEscaped.contains(value): return false
            default: break
            }
            previousIsSpace = false
            ws = scalar == "w" || scalar == "W" ? ws + 1 : 0
        }
        return !previousIsSpace || text.isEmpty
    }

    /// Letters and digits of any script: `_` between two of them is never emphasis, `@` between them an address.
    private static func isWord(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// `&name;`, `&#123;` or `&#x1F;` from `index` on: an entity Markdown would decode.
    private static func startsEntity(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var position = index + 1
        var length = 0
        while position < scalars.count, length <= 32 {
            let scalar = scalars[position]
            if scalar == ";" { return length > 0 }
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "#"
            else { return false }
            position += 1
            length += 1
        }
        return false
    }

    /// True when the `:` at `index` closes `:name:` (letters, digits, `_`, `+`, `-`): GFM's emoji codes.
    private static func closesEmoji(_ scalars: [Unicode.Scalar], from start: Int?, to index: Int) -> Bool {
        guard let start, index - start > 1 else { return false }
        return scalars[(start + 1)..<index].allSatisfy { scalar in
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "_+-".unicodeScalars.contains(scalar))
        }
    }

    private static func endsWithWWW(_ output: String.UnicodeScalarView) -> Bool {
        let tail = output.suffix(3)
        return tail.count == 3 && tail.allSatisfy { $0 == "w" || $0 == "W" }
    }

    /// "- x", "+ x", "# x", "> x", "=== x", "1. x" and "1) x" at the start would open
    /// a list, a heading or a quote (also inside a list item); "1.5" would not.
    private static func escapeBlockStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if blockStart.contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return text }
        let rest = text.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")" else { return text }
        let after = rest.dropFirst().first
        if after == nil || after == " " { return digits + "\\" + rest }
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
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
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
