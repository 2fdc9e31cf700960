/// Recurring problems the report discusses, recognised in the words of
/// weaknesses and challenges so the plan can answer them. Matching is on whole
/// words (or short phrases), so "agriculture" does not count as culture nor
/// "fundamental" as funding. The words are English; a translated
/// questionnaire's entries are simply not matched.
public enum SwocTheme: String, Sendable, CaseIterable, Codable {
    case language
    case staffTurnover = "staff-turnover"
    case funding
    case experience
    case publicity

    /// Whole words, or phrases of whole words, that name the theme.
    var phrases: [[String]] {
        let words: [String]
        switch self {
        case .language:
            words = [
                "language", "languages", "chinese", "mandarin", "translation", "translator", "translators",
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

    /// The weaknesses and challenges that mention this theme.
    public func references(in facts: PlanFacts) -> [SwocReference] {
        [SwocQuadrant.weaknesses, .challenges].flatMap { facts.entries($0) }.filter { item in
            let words = Self.words(item.entry.text)
            return phrases.contains { phrase in Self.contains(words, phrase) }
        }.map(\.reference)
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init)
    }

    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { Array(words[$0..<$0 + phrase.count]) == phrase }
    }
}
