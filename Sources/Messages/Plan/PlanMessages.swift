import PlanModel

/// The plan words of the program (see `Messages`); one requirement per message.
///
/// Every heading, label and fixed phrase of the documents the exporters
/// write: the Markdown plan, the diff and match-making documents, and the
/// fixed labels in the JSON plan. The plan's generated sentences are not
/// here: they are rule texts (`rules/`); the choice labels are the
/// questionnaire's. Arguments are typed values and texts already in the
/// document's language, so a translation can order them as its grammar needs.
public protocol PlanMessages: Sendable {
    // MARK: Punctuation and small joins

    /// Between a bold label and its text: ": " / "：".
    var labelSeparator: String { get }
    /// Between the items of a list of labels: ", " / "、".
    var listSeparator: String { get }
    /// Between the details in brackets after an entry: "; " / "；".
    var detailSeparator: String { get }
    /// A text with its report source: "Text (report §1.3)".
    func cited(_ text: String, source: String) -> String
    /// A detail in brackets after a text, with the space before it if the
    /// language puts one: " (detail)" / "（detail）".
    func bracket(_ detail: String) -> String
    /// A place: region and country, or either alone.
    func place(region: String?, country: String?) -> String

    // MARK: Title and summary

    /// "Partnership plan", before the cities' names in the title.
    var planTitle: String { get }
    /// The city's name when the team gave none.
    var ourCity: String { get }
    /// The paragraph under the title; `updated` is a day such as 2019-11-29.
    func preparedWith(updated: String) -> String
    var summaryHeading: String { get }
    var nextAgreementLabel: String { get }
    var healthCheckLabel: String { get }
    var allFiveScoreTheSame: String { get }
    var weakestCharacteristicLabel: String { get }
    /// "2 of 3".
    func score(_ score: Int, of maximum: Int) -> String
    var fiveYearPlanLabel: String { get }
    /// "23 activities from 2020 to 2024".
    func activities(_ count: Int, from first: Int, to last: Int) -> String
    var warningLabel: String { get }

    // MARK: The city and its partner

    var cityAndPartnerHeading: String { get }
    var cityLabel: String { get }
    var countryLabel: String { get }
    var regionAndCountryLabel: String { get }
    var internationalOfficeLabel: String { get }
    var internationalStaffLabel: String { get }
    var helixInvolvedLabel: String { get }
    var partnerCityLabel: String { get }
    var formalisedLabel: String { get }
    var agreementReachedLabel: String { get }
    var statusLabel: String { get }
    /// "What changed since 2019-11-29", the heading of a revived plan's changes.
    func changedSince(_ day: String) -> String

    // MARK: SWOC and TOWS

    var swocHeading: String { get }
    var swocIntro: String { get }
    /// The mark before an entry the team chose as mattering most, and the
    /// line that explains it (shown only when some entry is marked).
    var priorityMark: String { get }
    var priorityLegend: String { get }
    var strengths: String { get }
    var weaknesses: String { get }
    var opportunities: String { get }
    var challenges: String { get }
    /// The detail after an entry naming who raised it: "raised by Academia".
    func raisedBy(_ actor: String) -> String
    /// The detail after an entry naming its obstacle kinds: "obstacle: Funding and resources".
    func obstacle(_ kinds: String) -> String
    var strategiesHeading: String { get }
    var strategiesIntro: String { get }
    var strategyTypeColumn: String { get }
    var strategyColumn: String { get }
    var combinesColumn: String { get }
    /// "S3 and O1".
    func combines(_ inner: String, _ outer: String) -> String

    // MARK: Health check

    var healthHeading: String { get }
    /// The paragraph above the scores; `weakest` is nil when all five score the same.
    func healthIntro(maximum: Int, weakest: String?) -> String
    var characteristicColumn: String { get }
    var scoreColumn: String { get }
    var evidenceColumn: String { get }
    var toImproveColumn: String { get }
    var answersThatCostPoints: String { get }
    /// "Human factors − The team names staff changes as a threat."
    func setback(_ characteristic: String, _ text: String) -> String

    // MARK: Agreement

    var agreementHeading: String { get }
    /// "Next: Memorandum of Understanding, then Letter of Cooperation Intent."
    func nextThen(_ next: String, _ then: String) -> String
    var beforeSigning: String { get }
    var warningsIntro: String { get }

    // MARK: Five-year plan

    /// "Five-year plan 2020–2024".
    func fiveYearPlanHeading(from first: Int, to last: Int) -> String
    /// The paragraph above the years; `generalAdvice` when some activity is marked as such.
    func fiveYearPlanIntro(generalAdvice: Bool) -> String
    /// The note on an activity that draws on nothing in the city's answers.
    var generalAdviceNote: String { get }
    /// The activity cell: its title and description, marked when general advice.
    func activity(title: String, description: String, generalAdvice: Bool) -> String
    var streamColumn: String { get }
    var activityColumn: String { get }
    var leadColumn: String { get }
    var costColumn: String { get }
    var indicatorColumn: String { get }
    var respondsToColumn: String { get }
    var whyColumn: String { get }
    var sourceColumn: String { get }
    /// The glance table's columns: "Year" and "Activities" (besides the stream).
    var yearColumn: String { get }
    var activitiesColumn: String { get }
    /// The quieter line under an activity: why it is in the plan, the SWOC
    /// entries it answers ("S1, W2", nil when none) and its report source.
    func activityNotes(why: String, answers: String?, source: String) -> String
    var chartHeading: String { get }
    /// The gantt chart's title (no `:`, `;` or `#`).
    var chartTitle: String { get }

    // MARK: Indicators, funding, sources

    var indicatorsHeading: String { get }
    var chosenByTheTeam: String { get }
    var forEachActivity: String { get }
    /// "2020 · Title: indicator".
    func activityIndicator(year: Int, title: String, indicator: String) -> String
    var fundingHeading: String { get }
    var resourcesLabel: String { get }
    var fundingNote: String { get }
    var sourcesHeading: String { get }
    /// What the plan's citations mean, said once under the sources (issue 12):
    /// the report by name, and what §, §I, "Case study" and "Table" point to.
    var aboutCitations: String { get }

    // MARK: Drafts and thin sections (issue 12), in every format

    /// The one word that marks an unfinished plan: "Draft".
    var draftLabel: String { get }
    /// The line under it: how many questions are open and where the team stopped.
    func draftNotice(unanswered: Int, stepReached: Int?) -> String
    /// After the draft notice when the plan's first year is not answered yet.
    func assumedStartYear(_ year: Int) -> String
    /// In place of a section the team has not reached yet.
    var notAnsweredYet: String { get }
    /// The heading of the streams-by-years overview of the five-year plan.
    var atAGlanceHeading: String { get }

    // MARK: What changed (diff)

    /// "round 2", how a round of a session is named in a plan and its JSON.
    func round(_ number: Int) -> String
    /// The title of `diff --format md`, before the two rounds' names.
    var whatChangedTitle: String { get }
    /// "Compared: A and B."
    func compared(_ first: String, _ second: String) -> String
    /// "round 1 (started 2019-01-01, with A, B)".
    func round(_ label: String, startedOn day: String, participants: [String]) -> String
    var nothingChanged: String { get }
    var addedLabel: String { get }
    var changedLabel: String { get }
    var droppedLabel: String { get }
    /// "3 entries kept as before".
    func kept(_ count: Int) -> String
    var cooperationAreasHeading: String { get }
    var newAreasLabel: String { get }
    var noLongerNamedLabel: String { get }
    var stageAndResourcesHeading: String { get }
    var questionColumn: String { get }
    var beforeColumn: String { get }
    var nowColumn: String { get }

    // MARK: Match-making

    /// The sentences of a proposal or ranking (the same as on screen).
    var match: any MatchWords { get }
    /// "Match-making proposal: Rome and Yantai"; `pair` is already Markdown.
    func proposalTitle(_ pair: String) -> String
    /// "Rome and Yantai".
    func pair(_ first: String, _ second: String) -> String
    var proposalIntro: String { get }
    var sharedAreasHeading: String { get }
    var noneRecorded: String { get }
    var complementsHeading: String { get }
    var strengthColumn: String { get }
    var meetsColumn: String { get }
    var areasColumn: String { get }
    var sharedChallengesHeading: String { get }
    var inCommonColumn: String { get }
    var existingLinksHeading: String { get }
    var howToStartHeading: String { get }
    var firstAgreementLabel: String { get }
    var precedentsHeading: String { get }
    var pairColumn: String { get }
    var certaintyColumn: String { get }
    /// How sure the report's record of a precedent is.
    func certainty(_ certainty: ReportPair.Certainty) -> String
    /// A ranked city with its country: "Wuhan, China".
    func city(_ name: String, country: String?) -> String
    var notRecorded: String { get }
    /// "Candidate partner cities for Rome"; `city` is already Markdown.
    func rankingTitle(_ city: String) -> String
    /// The paragraph under the ranking's title.
    func rankingIntro(count: Int, folder: String) -> String
    var rankColumn: String { get }
    var cityColumn: String { get }
    var whyRankColumn: String { get }
    var fileColumn: String { get }
    var skippedFilesHeading: String { get }
}

extension PlanMessages {
    /// A text with a detail in brackets: "Text (detail)".
    public func bracketed(_ text: String, detail: String) -> String {
        text + bracket(detail)
    }
}
