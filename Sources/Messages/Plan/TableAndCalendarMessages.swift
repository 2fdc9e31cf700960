import PlanModel

/// The words of the spreadsheet and calendar exports (`export --format csv`
/// and `--format ics`); one requirement per message, as in `PlanMessages`.
///
/// A spreadsheet has no room for a "Draft" banner a parser would not choke
/// on, and a calendar none for a title page, so the draft and the
/// placeholder days are said in the cells and the events themselves.
public protocol TableAndCalendarMessages: Sendable {
    // MARK: The action table (CSV)

    var yearColumn: String { get }
    var streamColumn: String { get }
    var activityColumn: String { get }
    var descriptionColumn: String { get }
    var leadColumn: String { get }
    var costColumn: String { get }
    var indicatorColumn: String { get }
    /// The SWOC entries an activity answers, with their texts.
    var swocEntriesColumn: String { get }
    var reasonColumn: String { get }
    var sourceColumn: String { get }
    /// The id of the catalogue rule that put the activity in the plan.
    var ruleColumn: String { get }
    /// Whether the plan is a draft, on every row.
    var statusColumn: String { get }
    /// One SWOC entry in a cell: "S1: text".
    func swocEntry(code: String, text: String) -> String
    /// Between the entries of one cell: "; ".
    var entrySeparator: String { get }
    /// The status of a plan whose session is unfinished, e.g. "Draft: 21 questions unanswered (from step 1)".
    func draftStatus(unanswered: Int, step: Int?) -> String
    /// The status of a plan whose every question is dealt with.
    var finishedStatus: String { get }

    // MARK: The calendar of milestones (ICS)

    /// The calendar's name: "Partnership plan: Nottingham – Ningbo".
    func calendarName(cities: String) -> String
    /// The calendar's name for an unfinished session.
    func draftCalendarName(cities: String, unanswered: Int) -> String
    /// The calendar's description: what it holds, and that its days are placeholders.
    func calendarDescription(from first: Int, to last: Int) -> String
    /// The name of a kind of milestone, as a calendar category.
    func milestoneKind(_ kind: MilestoneKind) -> String
    /// "20th anniversary of the partnership with Ningbo"; `partner` nil when the team gave no name.
    func anniversarySummary(age: Int, partner: String?) -> String
    /// Why the anniversary is in this year.
    func anniversaryDescription(age: Int, formalised: Int, year: Int) -> String
    /// Introduces the plan's activity that marks the anniversary.
    var anniversaryActivityLabel: String { get }
    /// The labels of an activity's details in an event's description.
    var whatLabel: String { get }
    var leadLabel: String { get }
    var indicatorLabel: String { get }
    var sourceLabel: String { get }
    /// Between a label and its text: ": " / "：".
    var labelSeparator: String { get }
    /// A citation of the report, already in this language: "report §1.3".
    func report(_ source: String) -> String
    /// The plan gives years only: the day is a placeholder, to agree with the partner.
    func placeholderDay(month: Int, day: Int, partner: String?) -> String
    /// Said in every event of an unfinished session.
    func draftNote(unanswered: Int) -> String
}
