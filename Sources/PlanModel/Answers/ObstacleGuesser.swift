/// Guesses what kind of obstacle a weakness or challenge is (language and
/// culture, funding, staff turnover, ...) from its words, using the `words:`
/// of the obstacle-kinds vocabulary. The guess is only ever a suggestion: the
/// wizard puts it on the line for the team to accept or change, and the plan
/// uses it only for entries the team never tagged (files made before tags).
///
/// Languages written with spaces are matched on whole words and phrases of
/// whole words, so "agriculture" is not culture and "fundamental" is not
/// funding. Chinese and Japanese have no spaces between words, so their words
/// are found anywhere in the text. The session's language is tried first;
/// when its words find nothing, every language's words are tried, so an entry
/// typed in Chinese in an English session is still recognised.
public struct ObstacleGuesser: Sendable {
    /// One obstacle kind's words, prepared once for fast matching.
    fileprivate struct Kind: Sendable {
        var id: String
        /// Per language: single words, looked up in the text's set of words.
        var singleWords: [String: Set<String>] = [:]
        /// Per language: phrases of several whole words.
        var phrases: [String: [[String]]] = [:]
        /// Per language written without spaces: texts to find anywhere.
        var substrings: [String: [String]] = [:]
    }

    /// Language codes whose words are found anywhere in a text.
    static let unspacedLanguages: Set<String> = ["zh", "ja"]

    private let kinds: [Kind]
    private let language: String

    public init(vocabulary: Vocabulary, language: String) {
        self.language = Self.primaryCode(language)
        kinds = vocabulary.choices.compactMap { choice in
            guard !choice.words.isEmpty else { return nil }
            var kind = Kind(id: choice.id)
            for (code, words) in choice.words {
                let code = Self.primaryCode(code)
                for word in words {
                    let lowered = word.lowercased()
                    if Self.unspacedLanguages.contains(code) {
                        kind.substrings[code, default: []].append(lowered)
                        continue
                    }
                    let parts = SwocTheme.words(lowered)
                    switch parts.count {
                    case 0: continue
                    case 1: kind.singleWords[code, default: []].insert(parts[0])
                    default: kind.phrases[code, default: []].append(parts)
                    }
                }
            }
            return kind
        }
    }

    /// The ids of the kinds the text names, in the vocabulary's order; empty when none.
    public func guess(_ text: String) -> [String] {
        guard !kinds.isEmpty, !text.isEmpty else { return [] }
        let lowered = text.utf8.contains { $0 >= 0x80 } ? text.lowercased() : text
        let words = SwocTheme.words(lowered)
        let wordSet = Set(words)
        let own = kinds.filter { $0.matches(lowered, words, wordSet, languages: [language]) }.map(\.id)
        if !own.isEmpty { return own }
        return kinds.filter { $0.matches(lowered, words, wordSet, languages: nil) }.map(\.id)
    }

    /// "zh-Hans" → "zh": words are keyed by the language, not the script or region.
    static func primaryCode(_ code: String) -> String {
        String(code.lowercased().split(separator: "-").first ?? Substring(code))
    }
}

extension ObstacleGuesser.Kind {
    /// Whether the text names this kind in one of `languages` (nil: any language).
    func matches(_ text: String, _ words: [String], _ wordSet: Set<String>, languages: Set<String>?) -> Bool {
        func included(_ code: String) -> Bool { languages?.contains(code) ?? true }
        for (code, singles) in singleWords where included(code) {
            if !singles.isDisjoint(with: wordSet) { return true }
        }
        for (code, list) in phrases where included(code) {
            if list.contains(where: { Self.contains(words, $0) }) { return true }
        }
        for (code, list) in substrings where included(code) {
            if list.contains(where: { text.contains($0) }) { return true }
        }
        return false
    }

    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { start in
            phrase.indices.allSatisfy { words[start + $0] == phrase[$0] }
        }
    }
}
