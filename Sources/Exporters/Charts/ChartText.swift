import PlanModel

/// Lines of text inside a chart. SVG does not wrap text, so the charts
/// measure it themselves: `String.displayWidth` counts a Chinese character
/// as two columns and a Latin letter as one, and a column at a given font
/// size is taken a little wider than an average sans-serif letter, so a line
/// never runs out of its box (it may end a little short).
enum ChartText {
    /// The width of one display column at `fontSize`, in the chart's pixels.
    static func columnWidth(fontSize: Double) -> Double { fontSize * 0.6 }

    /// How many display columns fit in `width` pixels at `fontSize`.
    static func columns(in width: Double, fontSize: Double) -> Int {
        max(1, Int(width / columnWidth(fontSize: fontSize)))
    }

    /// `text` broken into lines of at most `columns` display columns: at
    /// spaces between words, between any two Chinese characters, and inside
    /// a word only when it is longer than a line. With `maxLines`, the last
    /// line kept ends with "…" when text was left out.
    static func wrap(_ text: String, columns: Int, maxLines: Int = .max) -> [String] {
        var lines: [String] = []
        var line = ""
        var width = 0
        func flush() {
            lines.append(line)
            line = ""
            width = 0
        }
        for token in tokens(text) {
            let tokenWidth = token.displayWidth
            if token == " " {
                if width > 0 && width < columns {
                    line += " "
                    width += 1
                }
                continue
            }
            if width + tokenWidth > columns && width > 0 {
                if line.hasSuffix(" ") { line.removeLast() }
                flush()
            }
            if tokenWidth > columns {
                for character in token {
                    let characterWidth = DisplayWidth.of(character)
                    if width + characterWidth > columns && width > 0 { flush() }
                    line.append(character)
                    width += characterWidth
                }
            } else {
                line += token
                width += tokenWidth
            }
        }
        if line.hasSuffix(" ") { line.removeLast() }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        guard lines.count > maxLines, maxLines > 0 else { return lines }
        var kept = Array(lines.prefix(maxLines))
        var last = kept[maxLines - 1]
        while !last.isEmpty && last.displayWidth + 1 > columns { last.removeLast() }
        kept[maxLines - 1] = last.trimmingWhitespace() + "…"
        return kept
    }

    /// Words, single spaces, and each wide (Chinese) character on its own,
    /// with the punctuation that must not start a line kept on the character before.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        func flush() {
            if !word.isEmpty { tokens.append(word) }
            word = ""
        }
        for character in text {
            if character.isWhitespace {
                flush()
                if tokens.last != " " { tokens.append(" ") }
            } else if DisplayWidth.of(character) == 2 {
                if noLineStart.contains(character), !word.isEmpty || !tokens.isEmpty {
                    if word.isEmpty, let last = tokens.popLast() { word = last }
                    word.append(character)
                    flush()
                } else {
                    flush()
                    word.append(character)
                    flush()
                }
            } else {
                if let last = word.last, DisplayWidth.of(last) == 2 { flush() }
                word.append(character)
            }
        }
        flush()
        return tokens
    }

    /// Chinese punctuation that closes or pauses: kept at the end of a line, never at the start.
    private static let noLineStart: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "》", "”"]
}
