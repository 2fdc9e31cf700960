/// A strategy that pairs an internal factor (a strength or weakness) with an
/// external one (an opportunity or challenge) sharing a cooperation area: the
/// TOWS reading of a SWOC.
public struct TOWSStrategy: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// Use a strength to seize an opportunity.
        case so = "SO"
        /// Overcome a weakness by taking an opportunity.
        case wo = "WO"
        /// Use a strength to meet a challenge.
        case st = "ST"
        /// Limit a weakness so a challenge cannot exploit it.
        case wt = "WT"

        /// The phrase of `rules/phrases.yaml` that writes this kind's sentence.
        public var phraseName: String { "strategy-\(rawValue.lowercased())" }

        /// The English name, for callers without the catalogue; the plan's
        /// language is in `rules/names.yaml` (`CatalogNames.name(of:in:)`).
        public var title: String {
            switch self {
            case .so: "Use strengths to seize opportunities"
            case .wo: "Overcome weaknesses through opportunities"
            case .st: "Use strengths to meet challenges"
            case .wt: "Shield weaknesses from challenges"
            }
        }
    }

    public var kind: Kind
    public var internalEntry: SwocReference
    public var externalEntry: SwocReference
    /// The cooperation areas the two entries share (ids).
    public var areas: [String]
    public var text: String
}
