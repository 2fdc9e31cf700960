/// The streams of a five-year plan, after Nottingham and Ningbo's plan of
/// inter-government, business and trade, cultural and education exchanges
/// (report §2.3.4), plus the management and publicity that keep it going.
public enum ActivityStream: String, Sendable, CaseIterable, Codable {
    case government
    case business
    case culture
    case education
    case management

    /// The English name, for callers without the catalogue; a plan in any
    /// language takes it from `rules/names.yaml` (`CatalogNames.name(of:in:)`),
    /// whose English a test keeps equal to this.
    public var title: String {
        switch self {
        case .government: "Inter-government exchanges"
        case .business: "Business and trade"
        case .culture: "Culture and people-to-people"
        case .education: "Education and research"
        case .management: "Management and publicity"
        }
    }

    /// The stream a cooperation area's activities belong to.
    public static func forArea(_ area: String) -> ActivityStream {
        switch area {
        case "vocational-education", "higher-education-research": .education
        case "culture-tourism", "sport", "creative-economy": .culture
        case "smart-cities", "low-carbon", "circular-economy", "mobility-transport", "urban-renewal",
            "climate-adaptation":
            .government
        default: .business
        }
    }
}
