/// One activity of the five-year plan, with everything a city needs to put it
/// in a work programme and to check later whether it happened.
public struct PlanActivity: Sendable, Equatable, Codable {
    /// The id of the catalogue rule that put it in the plan (`rules/activities.yaml`).
    public var rule: String
    /// The calendar year.
    public var year: Int
    /// 1 to 5 within the plan.
    public var planYear: Int
    public var stream: ActivityStream
    public var title: String
    public var description: String
    /// The quadruple-helix actor who leads (a `helix-actors` id).
    public var lead: String
    public var cost: CostLevel
    /// How to tell it happened.
    public var indicator: String
    /// The SWOC entries it answers.
    public var answers: [SwocReference]
    /// The success characteristic it strengthens.
    public var characteristic: Characteristic
    /// The report section or case study it comes from.
    public var source: String
    /// Why it is in this city's plan.
    public var reason: String
    /// The questions whose answers put it there (ids), beyond the SWOC entries.
    public var basis: [String]
    /// True when nothing in it comes from this city's answers (no detail of
    /// theirs named, no entry answered): it is the report's general advice,
    /// and the plan says so.
    public var generalAdvice: Bool
}
