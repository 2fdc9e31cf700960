import PlanModel

/// One event of the plan's calendar: a signing, a delegation, an
/// anniversary or the evaluation, on the placeholder day of its year, with
/// its summary and description in each language of the plan.
struct CalendarMilestone: Equatable {
    var kind: MilestoneKind
    /// What the event is about within its kind: the rule id of the activity,
    /// or the partnership's age for an anniversary ("20-years").
    var key: String
    var year: Int
    var day: MilestoneRules.Day
    /// One per edition, in the editions' order.
    var summaries: [String]
    var descriptions: [String]

    /// Stable across exports and across changes of the plan: the session's
    /// creation time (which never changes), the kind, what it is about, and
    /// which occurrence of that activity it is (the first delegation exchange,
    /// the second …) — not its year, since a signing that moves to another
    /// year when the team changes an answer, or finishes a draft, is still
    /// the same event; no clock. A calendar that imports the file again
    /// updates the event instead of adding a second one.
    func uid(created: String, occurrence: Int) -> String {
        "\(created)-\(kind.rawValue)-\(key)-\(occurrence)@swoc-wizard"
    }
}
