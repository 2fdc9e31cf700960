import PlanModel

/// `TableAndCalendarMessages` in English.
struct EnglishTableAndCalendarMessages: TableAndCalendarMessages {
    let yearColumn = "Year"
    let streamColumn = "Stream"
    let activityColumn = "Activity"
    let descriptionColumn = "What is done"
    let leadColumn = "Lead"
    let costColumn = "Cost"
    let indicatorColumn = "Indicator"
    let swocEntriesColumn = "SWOC entries answered"
    let reasonColumn = "Why"
    let sourceColumn = "Source in the report"
    let ruleColumn = "Rule"
    let statusColumn = "Plan status"
    func swocEntry(code: String, text: String) -> String { "\(code): \(text)" }
    let entrySeparator = "; "
    func draftStatus(unanswered: Int, step: Int?) -> String {
        let count = questions(unanswered)
        return step.map { "Draft: \(count) unanswered (from step \($0))" } ?? "Draft: \(count) unanswered"
    }
    let finishedStatus = "Complete: every question answered"

    func calendarName(cities: String) -> String { "Partnership plan: \(cities)" }
    func draftCalendarName(cities: String, unanswered: Int) -> String {
        "Draft (\(questions(unanswered)) unanswered) – partnership plan: \(cities)"
    }
    func calendarDescription(from first: Int, to last: Int) -> String {
        "The milestones of the five-year plan \(first)–\(last), prepared with swoc-wizard. "
            + "The plan gives years only: each day is a placeholder to agree with the partner city."
    }
    func milestoneKind(_ kind: MilestoneKind) -> String {
        switch kind {
        case .signing: "Agreement signing"
        case .delegation: "Delegation or visit"
        case .anniversary: "Anniversary"
        case .evaluation: "Evaluation"
        }
    }
    func anniversarySummary(age: Int, partner: String?) -> String {
        "\(age)th anniversary of the partnership with \(partner ?? "the partner city")"
    }
    func anniversaryDescription(age: Int, formalised: Int, year: Int) -> String {
        "The partnership was formalised in \(formalised); it turns \(age) in \(year), "
            + "a moment to review and refresh it and to celebrate with citizens (report §2.2.1)."
    }
    let anniversaryActivityLabel = "In the plan"
    let whatLabel = "What"
    let leadLabel = "Lead"
    let indicatorLabel = "Indicator"
    let sourceLabel = "Source"
    let labelSeparator = ": "
    func report(_ source: String) -> String { "report \(source)" }
    func placeholderDay(month: Int, day: Int, partner: String?) -> String {
        "The plan gives the year only: \(day) \(Self.months[month - 1]) is a placeholder; "
            + "agree the day with \(partner ?? "the partner city")."
    }
    func draftNote(unanswered: Int) -> String {
        "Draft: \(questions(unanswered)) still unanswered, so this milestone may change."
    }

    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    private func questions(_ count: Int) -> String {
        count == 1 ? "1 question" : "\(count) questions"
    }
}
