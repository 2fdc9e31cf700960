import PlanModel

/// Lines of text inside a chart. SVG does not wrap text, so the charts
/// measure it themselves, character by character with `DisplayWidth`: a
/// wide (Chinese) character is one em, as CJK fonts draw it, and any other
/// a little wider than an average sans-serif letter (0.6 em), so a line
/// never runs out of its box (it may end a little short).
enum ChartText {
    /// How much fits in `width` pixels at `fontSize`, in tenths of an em:
    /// the unit `wrap` measures in.
    static func columns(in width: Double, fontSize: Double) -> Int {
        max(6, Int(width / fontSize * 10))
    }

    /// The width of a character in tenths of an em: 10 for a wide one, 6 for
    /// a narrow one, none for a combining mark or an invisible control.
    static func advance(_ character: Character) -> Int {
        switch DisplayWidth.of(character) {
        case 0: 0
        case 2: 10
        default: 6
        }
    }

    /// The width of a line in tenths of an em.
    static func measure(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + advance($1) }
    }

    /// The width of a line in the chart's pixels at `fontSize`.
    static func width(_ text: some StringProtocol, fontSize: Double) -> Double {
        Double(measure(text)) * fontSize / 10
    }

    /// `text` broken into lines at most `columns` tenths of an em wide (see `columns(in:fontSize:)`): at
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
            let tokenWidth = measure(token)
            if token == " " {
                if width > 0 && width < columns {
                    line += " "
                    width += 6
                }
                continue
            }
            if width + tokenWidth > columns && width > 0 {
                if line.hasSuffix(" ") { line.removeLast() }
                flush()
            }
            if tokenWidth > columns {
                for character in token {
                    let characterWidth = advance(character)
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
        while !last.isEmpty && measure(last) + 10 > columns { last.removeLast() }
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
