import PlanModel

/// The report words of the program (see `Messages`); one requirement per message.
///
/// What `suggest`, `diff` and `match` print on screen, and the summary at
/// the end of a wizard run. The sentences the rules generate, the team's
/// entries and the names of choices are data and come in as arguments;
/// these are the headings and the words around them.
public protocol ReportMessages: Sendable {
    // MARK: Shared pieces

    /// A text with the report section it rests on: "… (report §2.1)".
    func cited(_ text: String, source: String) -> String
    /// A quadrant of the SWOC as a heading ("Strengths").
    func quadrant(_ quadrant: SwocQuadrant) -> String
    /// A team's entry quoted with its city and code: Rome S1 "Film studios".
    func quote(_ quote: MatchProposal.Quote) -> String
    /// Several names in a sentence: "a, b and c".
    func list(_ items: [String]) -> String
    /// Choice labels one after the other, without "and" (labels such as
    /// "Trade and investment" would make "A and B and C" ambiguous).
    func labels(_ labels: [String]) -> String

    // MARK: suggest

    var suggestionsHeading: String { get }
    func nextAgreement(_ headline: String) -> String
    /// Both rungs by name when two apply at once.
    func nextThen(next: String, then: String) -> String
    var beforeSigning: String { get }
    var healthHeading: String { get }
    /// After the bar of the weakest characteristic.
    var weakestMark: String { get }
    var allScoreTheSame: String { get }
    func toStrengthen(_ characteristic: String, gap: String) -> String
    func planHeading(firstYear: Int, lastYear: Int, activities: Int) -> String
    /// After an activity: which of the team's entries it answers.
    func respondsTo(_ references: [SwocReference]) -> String
    /// After an activity: where in the report it comes from, " (§2.2.1)".
    func activitySource(_ source: String) -> String
    /// After an activity the report gives as general advice.
    var generalAdvice: String { get }
    func strategiesHeading(count: Int) -> String
    /// The last line of `suggest`: the command that writes the full plan.
    func fullPlanHint(command: String) -> String

    // MARK: diff

    /// "round 2" of a session.
    func round(_ number: Int) -> String
    /// A round or file with the day it started: "round 1 (2019-11-07)".
    func dated(_ label: String, day: String) -> String
    func diffHeading(from: String, to: String) -> String
    var nothingChanged: String { get }
    /// "Strengths: 2 added, 1 changed, 3 kept", or its word for none.
    func quadrantSummary(_ quadrant: SwocQuadrant, added: Int, changed: Int, dropped: Int, kept: Int) -> String
    func now(_ text: String) -> String
    func before(_ text: String) -> String
    var noAnswer: String { get }
    var areasHeading: String { get }
    /// Areas named now and not before ("new: Sport"); the flow adds the "+ ".
    func areasAdded(_ list: String) -> String
    /// Areas named before and not now; the flow adds the "- ".
    func areasDropped(_ list: String) -> String
    var stageAndResources: String { get }
    /// A SWOC entry's details as read out (labels in the report's language), or nil when it has none.
    func entryDetail(areas: [String], actor: String?, obstacles: [String]) -> String?
    /// On standard error when two files of different cities are compared.
    var differentCities: String { get }

    // MARK: match

    /// The sentences of a proposal or ranking (the same as in the documents).
    var match: any MatchWords { get }
    var sharedAreasHeading: String { get }
    var noSharedAreas: String { get }
    var complementsHeading: String { get }
    func complement(strength: String, need: String, areas: String) -> String
    var sharedChallengesHeading: String { get }
    func sharedChallenge(first: String, second: String, about: String) -> String
    var existingLinksHeading: String { get }
    var howToStart: String { get }
    /// A first activity under "How to start": its title, then what it is.
    func activity(title: String, description: String) -> String
    var precedentsHeading: String { get }
    var areasNotRecorded: String { get }
    func precedent(europe: String, china: String, areas: String, source: String) -> String
    func rankingHeading(city: String, folder: String, ranked: Int, skipped: Int) -> String
    func place(city: String, country: String?) -> String
    func moreCandidates(_ count: Int) -> String
    var skippedHeading: String { get }
}
