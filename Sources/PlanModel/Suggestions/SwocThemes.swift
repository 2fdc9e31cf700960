/// Recurring problems the report discusses, recognised in the words of
/// weaknesses and challenges so the plan can answer them. The keywords are
/// English; a translated questionnaire would add its own.
public enum SwocTheme: String, Sendable, CaseIterable, Codable {
    case language
    case staffTurnover = "staff-turnover"
    case funding
    case experience
    case publicity

    var keywords: [String] {
        switch self {
        case .language: ["language", "chinese", "english", "translat", "interpret", "cultur"]
        case .staffTurnover:
            ["turnover", "staff leav", "continuity", "changes of staff", "staff change", "people leave"]
        case .funding: ["fund", "budget", "money", "cost", "resource", "financ"]
        case .experience: ["experience", "unfamiliar", "know-how", "new to", "never"]
        case .publicity: ["publicity", "junket", "media", "citizens do not", "visibility", "unknown"]
        }
    }

    /// The weaknesses and challenges that mention this theme.
    public func references(in facts: PlanFacts) -> [SwocReference] {
        [SwocQuadrant.weaknesses, .challenges].flatMap { facts.entries($0) }.filter { item in
            let text = item.entry.text.lowercased()
            return keywords.contains { text.contains($0) }
        }.map(\.reference)
    }
}
