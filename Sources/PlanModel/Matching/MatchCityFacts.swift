/// Basic facts about a city that partner searches compare, as Sister Cities
/// International's guidance does and as the report's pairs show (Stavanger
/// and Yantai, both coastal with a marine industry, Case study 4; Rome and
/// Yantai, similar industries, Case study 18): the population band, whether
/// it is a coastal or port city, and its main economic sectors. All optional;
/// a fact one city did not give counts for nothing.
public struct MatchCityFacts: Sendable, Equatable {
    public static let bandQuestion = "population-band"
    public static let coastalQuestion = "coastal-port"
    public static let sectorsQuestion = "economic-sectors"
    public static let bandsVocabulary = "population-bands"
    public static let sectorsVocabulary = "economic-sectors"
    public static let questionIDs = [bandQuestion, coastalQuestion, sectorsQuestion]

    /// A `population-bands` id.
    public var band: String?
    public var coastal: Bool?
    /// `economic-sectors` ids as bits (`MatchIndex.sectors`).
    public var sectors: UInt64

    public init(band: String? = nil, coastal: Bool? = nil, sectors: UInt64 = 0) {
        self.band = band
        self.coastal = coastal
        self.sectors = sectors
    }

    init(facts: PlanFacts, index: MatchIndex) {
        band = facts.text(Self.bandQuestion).flatMap { index.bands[$0] == nil ? nil : $0 }
        coastal = facts.flag(Self.coastalQuestion)
        var sectors: UInt64 = 0
        for id in facts.texts(Self.sectorsQuestion) {
            if let bit = index.sectors[id] { sectors |= 1 << UInt64(bit) }
        }
        self.sectors = sectors
    }

    public var isEmpty: Bool { band == nil && coastal == nil && sectors == 0 }
}
