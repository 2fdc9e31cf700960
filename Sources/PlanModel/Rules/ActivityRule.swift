/// One kind of activity the five-year plan can hold, as written in
/// `rules/activities.yaml`: when it applies, in which year and stream, who
/// leads, what it costs, which SWOC entries it answers, its texts and the
/// report section it comes from.
public struct ActivityRule: Sendable {
    /// How often the rule puts its activity in the plan.
    public enum Repetition: Sendable, Equatable {
        case once
        /// In each of these plan years.
        case years([Int])
        /// Once for each of the city's strongest cooperation areas, up to `limit`,
        /// in consecutive years from `year`.
        case rankedAreas(limit: Int)
        /// At each anniversary of the first agreement falling in the plan (5, 10, 15 … years).
        case anniversaries
        /// Once, on the business interest chosen (or else the strongest area).
        case businessInterest
    }

    /// Which SWOC entries the activity answers (and so cites).
    public enum Answers: Sendable, Equatable {
        case none
        /// Weaknesses and challenges of this obstacle kind.
        case obstacle(String)
        /// Entries tagged with the area at hand, in these quadrants.
        case area([SwocQuadrant])
    }

    public let id: String
    public let condition: RuleCondition?
    public let repetition: Repetition
    /// The plan year (1 to 5), or the first one for areas.
    public let year: Int
    /// A later year when this condition holds (an agreement whose prerequisites are not met yet).
    public let later: (condition: RuleCondition, year: Int)?
    /// A fixed stream, or nil for the stream of the area at hand.
    public let stream: ActivityStream?
    /// The quadruple-helix group that leads; with `followEntries`, the group
    /// that raised most of the entries answered leads instead.
    public let lead: String
    public let followEntries: Bool
    public let cost: CostLevel
    /// The cost when resources are lean, if different.
    public let leanCost: CostLevel?
    public let characteristic: Characteristic
    public let answers: Answers
    public let source: String
    /// Added only when the health check's weakest characteristic has no activity yet.
    public let forWeakest: Bool
    public let title: LocalizedTemplate
    public let description: LocalizedTemplate
    public let indicator: LocalizedTemplate
    public let reason: LocalizedTemplate
    /// Where it is written, for messages.
    public let file: String
    public let line: Int?

    /// The quadruple helix, for questionnaires without a `helix-actors` vocabulary.
    static let helixActors = ["government", "academia", "industry", "civil-society"]

    /// Every question the rule reads, through its condition, its texts and its answers.
    var questions: [String] {
        var ids = condition?.questions ?? []
        for template in [title, description, indicator, reason] { ids += template.slots.flatMap(\.questions) }
        switch answers {
        case .none: break
        case .obstacle: ids += ["weaknesses", "challenges"]
        case .area(let quadrants): ids += quadrants.map(\.rawValue)
        }
        return ids
    }
}
