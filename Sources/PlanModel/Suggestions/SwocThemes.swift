/// Recurring problems the report discusses, recognised in the words of
/// weaknesses and challenges; match-making still compares cities by them
/// (the plan uses the team's obstacle tags). "Chinese" alone is no language
/// problem: almost every entry of an EU–China partnership mentions China. Matching is on whole
/// words (or short phrases), so "agriculture" does not count as culture nor
/// "fundamental" as funding. The words are English; a translated
/// questionnaire's entries are simply not matched.
public enum SwocTheme: String, Sendable, CaseIterable, Codable {
    case language
    case staffTurnover = "staff-turnover"
    case funding
    case experience
    case publicity

    /// Whole words, or phrases of whole words, that name the theme (worked out once).
    var phrases: [[String]] { Self.phraseTable[self] ?? [] }

    private static let phraseTable: [SwocTheme: [[String]]] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0, $0.phraseList) })

    private var phraseList: [[String]] {
        let words: [String]
        switch self {
        case .language:
            words = [
                "language", "languages", "mandarin", "translation", "translator", "translators",
                "interpreter",
                "interpreters", "interpreting", "culture", "cultural", "intercultural",
            ]
        case .staffTurnover:
            words = [
                "turnover", "continuity", "staff leave", "staff leaves", "staff leaving", "key staff", "staff change",
                "staff changes", "people leave", "people leaving", "elections",
            ]
        case .funding:
            words = [
                "fund", "funds", "funding", "funded", "unfunded", "budget", "budgets", "money", "finance", "finances",
                "financial", "financing", "resources",
            ]
        case .experience:
            words = ["experience", "inexperienced", "unfamiliar", "know-how"]
        case .publicity:
            words = ["publicity", "junket", "junkets", "visibility", "invisible", "media", "press", "reputation"]
        }
        return words.map { $0.split(separator: " ").map(String.init) }
    }

    /// The weaknesses and challenges (or the quadrants given) that mention this theme.
    public func references(
        in facts: PlanFacts, quadrants: [SwocQuadrant] = [.weaknesses, .challenges]
    ) -> [SwocReference] {
        quadrants.flatMap { facts.entries($0) }.filter { item in
            let words = Self.words(item.entry.text)
            return phrases.contains { phrase in Self.contains(words, phrase) }
        }.map(\.reference)
    }

    /// Lowercased words: runs of letters, digits and hyphens. ASCII is sorted
    /// out byte by byte (the common case, and fast); other characters count as letters.
    /// Whether a text, already split into `words`, names this theme.
    func isNamed(in words: [String]) -> Bool {
        phrases.contains { Self.contains(words, $0) }
    }

    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"),
                0x80...:
                current.append(byte)
            default:
                if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { Array(words[$0..<$0 + phrase.count]) == phrase }
    }
}
