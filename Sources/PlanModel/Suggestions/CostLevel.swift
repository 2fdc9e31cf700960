/// A rough cost, enough to match activities to a city's resources.
public enum CostLevel: String, Sendable, CaseIterable, Codable, Comparable {
    case low
    case medium
    case high

    public static func < (lhs: CostLevel, rhs: CostLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
