/// What match-making needs to know about one city, read once from its session:
/// the cooperation areas it offers, needs and wants, the challenges it faces,
/// and whom it already knows (report §1.2, §1.3).
public struct MatchProfile: Sendable, Equatable, Codable {
    public var cityName: String
    public var country: String?
    public var partnerName: String?
    /// Areas it wants to work on: opportunities, shared areas, the business interest.
    public var interests: AreaSet
    /// Areas it is strong in.
    public var offers: AreaSet
    /// Areas where it is weak or looks for opportunities.
    public var needs: AreaSet
    public var challengeAreas: AreaSet
    public var challengeThemes: Set<SwocTheme>
    /// Existing links and the partner's name, as typed, to find mentions of another city.
    public var knownNames: [String]

    public init(facts: PlanFacts, areaIndex: [String: Int]) {
        func set(_ ids: [String]) -> AreaSet { AreaSet(ids.compactMap { areaIndex[$0] }) }
        var byQuadrant: [SwocQuadrant: [String]] = [:]
        for quadrant in SwocQuadrant.allCases { byQuadrant[quadrant] = facts.entries(quadrant).flatMap(\.entry.areas) }
        func areas(_ quadrant: SwocQuadrant) -> [String] { byQuadrant[quadrant] ?? [] }
        cityName = facts.text("city-name") ?? "(no name)"
        country = facts.text("city-country")
        partnerName = facts.hasPartner ? facts.text("partner-name") : nil
        var interestIDs = areas(.opportunities) + facts.sharedAreas
        if let business = facts.text("business-interest") { interestIDs.append(business) }
        interests = set(interestIDs)
        offers = set(areas(.strengths))
        needs = set(areas(.weaknesses) + areas(.opportunities))
        challengeAreas = set(areas(.challenges))
        // Each challenge is split into words once, then checked for every theme.
        let challengeWords = facts.entries(.challenges).map { SwocTheme.words($0.entry.text) }
        challengeThemes = Set(SwocTheme.allCases.filter { theme in challengeWords.contains(where: theme.isNamed) })
        knownNames = facts.texts("existing-links") + [partnerName].compactMap { $0 }
    }

    /// Whether this city's links or partner name mention `other`'s name.
    public func knows(_ other: MatchProfile) -> Bool {
        !mentions(of: other).isEmpty
    }

    /// The links (or partner name) that name `other`, as whole words with the
    /// name's capitals: "Nice" in "a nice museum" is not the city of Nice.
    public func mentions(of other: MatchProfile) -> [String] {
        let name = Self.words(other.cityName)
        guard !name.isEmpty else { return [] }
        return knownNames.filter { text in
            let words = Self.words(text)
            guard words.count >= name.count else { return false }
            return (0...(words.count - name.count)).contains { Array(words[$0..<$0 + name.count]) == name }
        }
    }

    /// Words as typed (letters and digits), keeping their capitals.
    private static func words(_ text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber) }
    }
}
