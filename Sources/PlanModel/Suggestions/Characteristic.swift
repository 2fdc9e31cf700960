/// The five characteristics of successful partnerships the report identifies
/// (report §I and §3), in its order: human factors matter most.
public enum Characteristic: String, Sendable, CaseIterable, Codable {
    case humanFactors = "human-factors"
    case mutualInterests = "mutual-interests"
    case support
    case publicity
    case management

    /// The English name, for callers without the catalogue; a plan in any
    /// language takes it from `rules/names.yaml` (`CatalogNames.name(of:in:)`),
    /// whose English a test keeps equal to this.
    public var title: String {
        switch self {
        case .humanFactors: "Human factors"
        case .mutualInterests: "Mutual interests"
        case .support: "Support"
        case .publicity: "Publicity"
        case .management: "Management"
        }
    }
}
