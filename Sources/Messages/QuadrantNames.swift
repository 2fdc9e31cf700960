import PlanModel

/// The four SWOC quadrants by name, once per language, for every area of
/// messages that names them (the wizard's entry prompts, the reports, the plan).
enum QuadrantNames {
    /// "Strengths", "Weaknesses", "Opportunities", "Challenges" (the report says Challenges, not Threats).
    static func english(_ quadrant: SwocQuadrant) -> String { quadrant.rawValue.capitalized }

    /// 优势、劣势、机遇、挑战, as the glossary names them.
    static func chinese(_ quadrant: SwocQuadrant) -> String {
        switch quadrant {
        case .strengths: "优势"
        case .weaknesses: "劣势"
        case .opportunities: "机遇"
        case .challenges: "挑战"
        }
    }
}
