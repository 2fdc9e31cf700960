/// The rungs of the agreement ladder (report §1.3, §3), in the order a
/// partnership climbs them. Each agreement fits a different stage.
public enum AgreementStage: Int, Sendable, Comparable, CaseIterable, Codable {
    case noAgreement = 0
    case memorandum
    case letterOfIntent
    case projectAgreement
    case projectContract

    /// The choice id used in the `agreement-stages` vocabulary.
    public var id: String {
        switch self {
        case .noAgreement: "no-agreement"
        case .memorandum: "mou"
        case .letterOfIntent: "letter-of-intent"
        case .projectAgreement: "project-agreement"
        case .projectContract: "project-contract"
        }
    }

    public init?(id: String) {
        switch id {
        case "no-agreement": self = .noAgreement
        case "mou", "friendship-agreement": self = .memorandum
        case "letter-of-intent": self = .letterOfIntent
        case "project-agreement": self = .projectAgreement
        case "project-contract": self = .projectContract
        default: return nil
        }
    }

    /// The English name, for callers without the catalogue; a plan in any
    /// language takes it from `rules/names.yaml` (`CatalogNames.name(of:in:)`),
    /// whose English a test keeps equal to this.
    public var name: String {
        switch self {
        case .noAgreement: "no agreement yet"
        case .memorandum: "Memorandum of Understanding (or friendship agreement)"
        case .letterOfIntent: "Letter of Cooperation Intent"
        case .projectAgreement: "Project Agreement"
        case .projectContract: "Project Contract"
        }
    }

    /// The report section that describes this agreement.
    public var source: String {
        switch self {
        case .noAgreement: "§1.2"
        case .memorandum: "§1.3.1"
        case .letterOfIntent: "§1.3.2"
        case .projectAgreement, .projectContract: "§1.3.3; §3"
        }
    }

    public static func < (lhs: AgreementStage, rhs: AgreementStage) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// Written as its vocabulary id ("letter-of-intent"), not a number, so files stay readable.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let id = try container.decode(String.self)
        guard let stage = AgreementStage(id: id) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown agreement stage \(id)")
        }
        self = stage
    }
}
