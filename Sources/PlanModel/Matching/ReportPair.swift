/// A real city pair recorded in the report (a table or a case study), used as
/// a precedent in match-making proposals.
public struct ReportPair: Sendable, Equatable, Codable {
    public struct Place: Sendable, Equatable, Codable {
        public var city: String
        /// The city's name in Chinese, so that a partner named in one script
        /// is known as the city named in the other (`CityNames`).
        public var zh: String?
        /// Other usual spellings of the city's name ("Lyon" for the report's "Lyons").
        public var aka: [String]?
        public var country: String?
        public var province: String?
    }

    /// How much of the entry could be read back from the report's text.
    public enum Certainty: String, Sendable, Codable {
        case certain
        /// The pair is sure; its areas or details were lost in the extraction.
        case pairOnly = "pair-only"
        case uncertain
    }

    public var europe: Place
    public var china: Place
    public var formalised: Int?
    /// Cooperation-area ids the source states for this pair.
    public var areas: [String]
    /// "Table 6", "Case study 13", ...
    public var source: String
    public var certainty: Certainty
    public var note: String?
    /// What the real pair did, in one line of our own words per language
    /// (`en`, `zh`), from the report's case study, so that a consultant can
    /// cite the precedent; nil for a table row that says no more than the pair.
    public var did: [String: String]?

    /// The line in `language`, or in English when it has none there.
    public func did(in language: String) -> String? {
        did?[language] ?? did?["en"]
    }

    /// Whether this pair is the two cities named (in either order).
    public func joins(_ first: String, _ second: String) -> Bool {
        let names = [europe.city.lowercased(), china.city.lowercased()]
        return names.contains(first.lowercased()) && names.contains(second.lowercased())
    }
}
