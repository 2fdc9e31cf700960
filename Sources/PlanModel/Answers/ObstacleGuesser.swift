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
    /// One obstacle kind's words, prepared once for fast matching. Words are
    /// numbered (see `tokens`), so a text is looked up once per word and the
    /// kinds compare numbers, not strings.
    fileprivate struct Kind: Sendable {
        var id: String
        /// Per language: single words.
        var singleWords: [String: Set<Int>] = [:]
        /// Per language: phrases of several whole words.
        var phrases: [String: [[Int]]] = [:]
        /// Per language written without spaces: texts to find anywhere, as UTF-8.
        var substrings: [String: [[UInt8]]] = [:]
    }

    /// Language codes whose words are found anywhere in a text.
    static let unspacedLanguages: Set<String> = ["zh", "ja"]

    private let kinds: [Kind]
    private let language: String
    /// Every word of every phrase, numbered.
    private let tokens: [String: Int]

    public init(vocabulary: Vocabulary, language: String) {
        self.language = Self.primaryCode(language)
        var tokens: [String: Int] = [:]
        func token(_ word: String) -> Int {
            if let known = tokens[word] { return known }
            tokens[word] = tokens.count
            return tokens.count - 1
        }
        kinds = vocabulary.choices.compactMap { choice in
            guard !choice.words.isEmpty else { return nil }
            var kind = Kind(id: choice.id)
            for (code, words) in choice.words {
                let code = Self.primaryCode(code)
                for word in words {
                    let lowered = word.lowercased()
                    if Self.unspacedLanguages.contains(code) {
                        kind.substrings[code, default: []].append(Array(lowered.utf8))
                        continue
                    }
                    let parts = SwocTheme.words(lowered).map(token)
                    switch parts.count {
                    case 0: continue
                    case 1: kind.singleWords[code, default: []].insert(parts[0])
                    default: kind.phrases[code, default: []].append(parts)
                    }
                }
            }
            return kind
        }
        self.tokens = tokens
    }

    /// The ids of the kinds the text names, in the vocabulary's order; empty when none.
    public func guess(_ text: String) -> [String] {
        guard !kinds.isEmpty, !text.isEmpty else { return [] }
        let isASCII = !text.utf8.contains { $0 >= 0x80 }
        let lowered = isASCII ? text : text.lowercased()
        // Words no kind uses are left out: a phrase must match consecutive known words, so they
        // are kept as a gap (-1) between the others.
        var numbered = SwocTheme.words(lowered).map { tokens[$0] ?? -1 }
        if numbered.allSatisfy({ $0 < 0 }) { numbered = [] }
        // Chinese words are never ASCII: a text without other characters needs no search for them.
        let text = Text(bytes: isASCII ? [] : Array(lowered.utf8), words: numbered, wordSet: Set(numbered))
        let own = kinds.filter { $0.matches(text, languages: { $0 == language }) }.map(\.id)
        if !own.isEmpty { return own }
        return kinds.filter { $0.matches(text, languages: { $0 != language }) }.map(\.id)
    }

    /// "zh-Hans" → "zh": words are keyed by the language, not the script or region.
    static func primaryCode(_ code: String) -> String {
        String(code.lowercased().split(separator: "-").first ?? Substring(code))
    }
}

extension ObstacleGuesser {
    /// A text split once for all the kinds: its words as numbers (-1 for a word
    /// no kind uses; empty when it has no known word at all), and its UTF-8
    /// bytes (empty for a plain ASCII text) for the languages without spaces.
    fileprivate struct Text {
        var bytes: [UInt8]
        var words: [Int]
        var wordSet: Set<Int>
    }
}

extension ObstacleGuesser.Kind {
    /// Whether the text names this kind in a language for which `languages` holds.
    func matches(_ text: ObstacleGuesser.Text, languages included: (String) -> Bool) -> Bool {
        if !text.words.isEmpty {
            for (code, singles) in singleWords where included(code) {
                if !singles.isDisjoint(with: text.wordSet) { return true }
            }
            for (code, list) in phrases where included(code) {
                if list.contains(where: { Self.contains(text.words, $0) }) { return true }
            }
        }
        if !text.bytes.isEmpty {
            for (code, list) in substrings where included(code) {
                if list.contains(where: { Self.contains(text.bytes, $0) }) { return true }
            }
        }
        return false
    }

    /// Whether `needle` occurs in `haystack` as consecutive elements. On UTF-8
    /// bytes this finds whole characters only: UTF-8 never matches in the
    /// middle of a character.
    private static func contains<Element: Equatable>(_ haystack: [Element], _ needle: [Element]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
