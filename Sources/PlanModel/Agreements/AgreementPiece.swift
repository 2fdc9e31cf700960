/// A piece of a drafted clause: the clause's own words, a detail as a team
/// typed it (shown as typed, isolated from the words around it), or a blank
/// for a fact the answers do not give, to be filled in by hand.
public enum AgreementPiece: Sendable, Equatable {
    case text(String)
    case typed(String)
    /// The words inside the blank: "signatory's title" for `[____ signatory's title]`.
    case blank(String)

    /// How a blank is written in every format, so it is seen and can be searched for.
    public static func blankText(_ words: String) -> String {
        "[____ \(words)]"
    }

    /// The piece as plain text, a blank written as `[____ …]`.
    public var plain: String {
        switch self {
        case .text(let text), .typed(let text): text
        case .blank(let words): Self.blankText(words)
        }
    }
}

extension Array where Element == AgreementPiece {
    /// The pieces as plain text.
    public var plain: String { map(\.plain).joined() }
}
