extension Questionnaire {
    /// The label of a choice id in a named vocabulary, in `language` (or the
    /// default language); the id itself when the vocabulary or choice is unknown,
    /// so that a session made with another version of the files still reads.
    public func label(_ id: String, in vocabulary: String, language: String? = nil) -> String {
        guard let vocabulary = vocabularies[vocabulary], let choice = vocabulary.choice(id: id) else { return id }
        return choice.label.text(in: language ?? defaultLanguage, fallback: defaultLanguage)
    }

    /// Cooperation-area labels joined with commas (labels such as "Trade and
    /// investment" make "A and B and C" ambiguous).
    public func areaList(_ ids: [String], language: String? = nil) -> String {
        ids.map { label($0, in: "cooperation-areas", language: language) }.joined(separator: ", ")
    }
}

extension Questionnaire {
    /// A SWOC entry's details as read out: "Sport, Culture and tourism; raised
    /// by Industry (companies and business groups); obstacle: Funding and
    /// resources", or nil when it has none.
    public func entryDetail(_ entry: SwocEntry, language: String? = nil) -> String? {
        var parts: [String] = []
        if !entry.areas.isEmpty { parts.append(areaList(entry.areas, language: language)) }
        if let actor = entry.actor { parts.append("raised by " + label(actor, in: "helix-actors", language: language)) }
        if !entry.obstacles.isEmpty {
            // Shown so that a diff whose only change is a tag says what changed.
            let kinds = entry.obstacles.map { label($0, in: "obstacle-kinds", language: language) }
            parts.append("obstacle: " + kinds.joined(separator: ", "))
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
