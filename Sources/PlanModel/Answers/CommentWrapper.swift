/// Breaks a text into lines of at most a number of terminal columns, for the
/// comments of an answers template: between words, and between any two
/// Chinese characters (never before closing punctuation such as "，" or "）").
enum CommentWrapper {
    static func lines(_ text: String, width: Int, firstIndent: String = "", indent: String = "") -> [String] {
        var lines: [String] = []
        var line = firstIndent
        var lineHasText = false
        for token in tokens(of: text) {
            let gap = lineHasText && token.spaced ? " " : ""
            if lineHasText && (line + gap + token.text).displayWidth > width {
                lines.append(line)
                line = indent + token.text
            } else {
                line += gap + token.text
            }
            lineHasText = true
        }
        if lineHasText { lines.append(line) }
        return lines
    }

    private struct Token {
        var text: String
        /// Whether a space stood before it (a word), rather than nothing (a Chinese character).
        var spaced: Bool
    }

    /// Punctuation a line never starts with: it stays with the character before it.
    private static let closing: Set<Character> = ["，", "。", "；", "：", "、", "）", "”", "！", "？", "》"]

    /// Punctuation a line never ends with: it goes with the character after it.
    private static let opening: Set<Character> = ["（", "“", "《"]

    private static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        var spaced = false
        var word = ""
        var wordSpaced = false
        func flush() {
            if !word.isEmpty { tokens.append(Token(text: word, spaced: wordSpaced)) }
            word = ""
        }
        for character in text {
            if opening.contains(character) {
                flush()
                word.append(character)
                wordSpaced = spaced
                spaced = false
            } else if word.last.map(opening.contains) ?? false, !character.isWhitespace {
                word.append(character)
                if String(character).displayWidth > 1 { flush() }
            } else if character.isWhitespace {
                flush()
                spaced = true
            } else if closing.contains(character) && word.isEmpty && !spaced && !tokens.isEmpty {
                tokens[tokens.count - 1].text.append(character)
            } else if String(character).displayWidth > 1 && !closing.contains(character) {
                flush()
                tokens.append(Token(text: String(character), spaced: spaced))
                spaced = false
            } else {
                if word.isEmpty {
                    wordSpaced = spaced
                    spaced = false
                }
                word.append(character)
            }
        }
        flush()
        return tokens
    }
}
