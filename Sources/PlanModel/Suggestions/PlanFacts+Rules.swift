/// Facts about the city that several rules use, worked out from the answers.
extension PlanFacts {
    /// Staff or a liaison office of the city already work in the partner city.
    public var hasPresenceInPartnerCity: Bool {
        let presence: Set<String> = ["dedicated-staff-in-partner-city", "liaison-office-in-partner-city"]
        return text("management-entity").map(presence.contains) == true
            || texts("bridging-organisations").contains("office-in-partner-city")
    }

    /// People already go back and forth between the cities, as the answers
    /// record it: schools, cultural groups or earlier visits among the links.
    /// (An old partnership is not assumed to have exchanges.)
    public var exchangesRunning: Bool {
        guard hasPartner else { return false }
        let exchanging: Set<String> = ["schools", "cultural-groups", "earlier-visits"]
        return texts("existing-link-types").contains(where: exchanging.contains)
    }

    /// Words that say an entry is about companies (for a missing helix group
    /// that is industry), in the languages the questionnaire is written in.
    static let industryWords = ["compan", "firm", "business", "industr", "enterprise", "企业", "公司", "产业", "商界"]

    /// Whether an entry's text speaks of companies.
    static func mentionsIndustry(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return industryWords.contains { lowered.contains($0) }
    }

    /// The kinds of obstacle the rules know, for questionnaires without the vocabulary.
    static let builtInObstacleKinds = [
        "language-culture", "funding", "staff-turnover", "experience", "publicity", "missing-helix", "political-risk",
    ]
}

extension PlanFacts {
    /// The entry a reference points at.
    public func entry(_ reference: SwocReference) -> SwocEntry? {
        let list = entries(reference.quadrant)
        guard reference.number >= 1, reference.number <= list.count else { return nil }
        return list[reference.number - 1].entry
    }
}

extension PlanFacts {
    /// The city's side: the team's answer to `city-side`. Only when that is
    /// unanswered (a session saved before the profile asked it) is the side
    /// read from the country as answered, so that such a session's plan still
    /// fits its side; the wizard asks the side when it is resumed. Nil when
    /// neither is answered.
    public var citySide: CitySide? {
        if let answered = text(CitySide.questionID) { return CitySide(rawValue: answered) }
        return CitySide.guessed(fromCountry: text("city-country"))
    }

    /// Whether the city is on the Chinese side (`citySide`, so the answer to
    /// `city-side` first, the country only for an old session without it).
    public var isChineseCity: Bool { citySide == .chinese }

    /// The answers with the side filled in from `citySide` when the session
    /// has none, for resolving a question's side-dependent choices the way
    /// the wizard would once the side is answered.
    var answersWithSide: [String: AnswerValue] {
        guard answers[CitySide.questionID] == nil, let side = citySide else { return answers }
        var completed = answers
        completed[CitySide.questionID] = .text(side.rawValue)
        return completed
    }
}
