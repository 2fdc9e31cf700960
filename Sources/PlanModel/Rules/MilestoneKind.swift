/// The kinds of milestone the plan's calendar holds (`export --format ics`):
/// the days a city puts in its diary rather than the work in between.
public enum MilestoneKind: String, Sendable, CaseIterable, Codable {
    /// An agreement of the ladder signed (report §1.3).
    case signing
    /// A delegation or visit between the two cities (§1.2.2, §2.2.1).
    case delegation
    /// A round anniversary of the partnership (5, 10, 15 … years; §2.2.1).
    case anniversary
    /// The evaluation that closes the five-year plan (§2.3.4).
    case evaluation
}
