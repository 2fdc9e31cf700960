/// The side of an EU–China partnership a city is on (report §1; §2.1): the
/// two sides are organised and funded differently, so the plan names the
/// funding, offices and channels of the city's own side. The raw values are
/// the choice ids of the `city-sides` vocabulary, stored in sessions.
public enum CitySide: String, Sendable, CaseIterable {
    case european
    case chinese

    /// The question that asks it.
    public static let questionID = "city-side"

    /// The side of a city in this country, for a session saved before the
    /// profile asked the side: a country named as China ("China", "中国",
    /// "PRC") is the Chinese side, any other country the European side (the
    /// tool serves EU–China partnerships). Nil without a country. Only for
    /// reading such a session into a plan: the wizard never guesses the
    /// side, it asks the team when the session is resumed.
    static func guessed(fromCountry country: String?) -> CitySide? {
        guard let country = country?.trimmingWhitespace().lowercased(), !country.isEmpty else { return nil }
        let chinese = ["china", "中国", "prc"].contains { country.contains($0) }
        return chinese ? .chinese : .european
    }

    /// The side a plan takes for a session that does not record it (saved
    /// before the question existed), so a command can say so rather than
    /// guess silently; nil when the session records its side, or the
    /// questionnaire does not ask it.
    public static func takenFromCountry(in session: Session, questionnaire: Questionnaire) -> CitySide? {
        guard questionnaire.question(id: questionID) != nil, session.answers[questionID] == nil,
            case .text(let country)? = session.answers["city-country"]
        else { return nil }
        return guessed(fromCountry: country)
    }
}
