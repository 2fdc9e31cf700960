import PlanModel

/// A paragraph cut into the pieces a line may break between: words for
/// languages written with spaces, single characters for Chinese (which a line
/// may break after any character), keeping closing punctuation such as "，"
/// or ")" with what comes before it and opening punctuation such as "（"
/// with what follows, as Chinese typesetting does.
struct LineBreakPieces: Sequence {
    struct Piece {
        var text: String
        var width: Int
        /// Whether a space separates it from the piece before (a word break);
        /// false between Chinese characters, which are joined without one.
        var spaceBefore: Bool
    }

    let pieces: [Piece]

    init(_ paragraph: Substring) {
        var pieces: [Piece] = []
        var pendingSpace = false
        var glueNext = false
        for character in paragraph {
            if character == " " {
                pendingSpace = true
                glueNext = false
                continue
            }
            let wide = DisplayWidth.of(character) == 2
            let attachToPrevious =
                !pendingSpace && !pieces.isEmpty
                && (glueNext || Self.neverStartsALine.contains(character)
                    || (!wide && !(pieces.last.map(Self.endsWide) ?? false)))
            if attachToPrevious {
                pieces[pieces.count - 1].text.append(character)
                pieces[pieces.count - 1].width += DisplayWidth.of(character)
            } else {
                pieces.append(
                    Piece(text: String(character), width: DisplayWidth.of(character), spaceBefore: pendingSpace))
            }
            // After a wide character the next one starts a new piece, unless this one opens a bracket.
            glueNext = Self.neverEndsALine.contains(character)
            pendingSpace = false
        }
        self.pieces = pieces
    }

    func makeIterator() -> IndexingIterator<[Piece]> { pieces.makeIterator() }

    private static func endsWide(_ piece: Piece) -> Bool {
        piece.text.last.map { DisplayWidth.of($0) == 2 } ?? false
    }

    /// Punctuation that must not begin a line (it stays with the text before).
    static let neverStartsALine: Set<Character> = [
        "，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "》", "】", "”", "’", "…", ",", ".", ";", ":", "!",
        "?", ")", "]",
    ]
    /// Punctuation that must not end a line (it stays with the text after).
    static let neverEndsALine: Set<Character> = ["（", "「", "『", "《", "【", "“", "‘", "(", "["]
}
