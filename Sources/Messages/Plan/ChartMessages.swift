/// The words of the charts and of the HTML plan around them (issue 12);
/// one requirement per message, as in `PlanMessages`, whose headings and
/// labels the HTML plan reuses. A chart names itself for a screen reader
/// (its title and a sentence saying what it shows) and says in words what
/// its colours and outlines mean, so nothing rests on colour alone.
public protocol ChartMessages: Sendable {
    // MARK: The five-year plan as a timeline

    /// The timeline's title: "Five-year plan by stream and year".
    var timelineTitle: String { get }
    /// What the timeline shows, for a screen reader.
    func timelineDescription(activities: Int, from first: Int, to last: Int) -> String

    // MARK: The agreement ladder

    var ladderTitle: String { get }
    /// What the ladder shows: the rung reached and the next ones, already named in this language.
    func ladderDescription(reached: String, next: String?, then: String?) -> String
    /// The tag on the rung reached so far.
    var reachedTag: String { get }
    /// The tag on the rung to aim for next.
    var nextTag: String { get }
    /// The tag on the rung after it, when the answers support it too.
    var thenTag: String { get }
    /// The legend's line for the filled rung: "Filled: reached so far".
    var reachedLegend: String { get }
    /// The legend's line for the thick dashed outline.
    var nextLegend: String { get }
    /// The legend's line for the thin dashed outline.
    var thenLegend: String { get }
    /// Where the ladder starts when no agreement is signed yet.
    var notStartedTag: String { get }

    // MARK: The health check as bars

    var healthBarsTitle: String { get }
    /// What the bars show: each characteristic with its score, already worded ("Human factors: 2 of 3").
    func healthBarsDescription(_ scores: [String]) -> String
    /// The tag beside the weakest characteristic's bar.
    var weakestTag: String { get }

    // MARK: The HTML plan

    /// What the SWOC grid shows, for a screen reader.
    var swocGridDescription: String { get }
    /// The label of an activity's description on its card: "What".
    var whatLabel: String { get }
    /// The SWOC entries an activity answers: "Answers".
    var answersLabel: String { get }
    /// An activity that answers none of the team's entries.
    var answersNoEntry: String { get }
}
