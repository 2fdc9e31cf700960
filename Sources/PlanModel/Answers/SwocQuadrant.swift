/// The four quadrants of the SWOC analysis (report §1.1). The report speaks of
/// Challenges, not Threats.
public enum SwocQuadrant: String, Sendable, CaseIterable, Codable {
    case strengths
    case weaknesses
    case opportunities
    case challenges

    /// A singular noun for prompts such as "Strength 3".
    public var entryName: String {
        switch self {
        case .strengths: "Strength"
        case .weaknesses: "Weakness"
        case .opportunities: "Opportunity"
        case .challenges: "Challenge"
        }
    }
}
