/// A text a person reads, kept per language so that a facilitator can add a
/// translation to the questionnaire files without touching the code.
public struct LocalizedText: Sendable, Equatable {
    /// Texts keyed by language code, e.g. `en`, `de`, `zh`.
    public var texts: [String: String]

    public init(_ texts: [String: String]) {
        self.texts = texts
    }

    /// The text in `language`, or in `fallback` when there is no translation,
    /// or any text at all so that a half-translated questionnaire still works.
    public func text(in language: String, fallback: String) -> String {
        if let text = texts[language] { return text }
        if let text = texts[fallback] { return text }
        return texts.keys.sorted().first.flatMap { texts[$0] } ?? ""
    }
}
