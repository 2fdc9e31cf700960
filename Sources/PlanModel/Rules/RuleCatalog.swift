/// The plan's rules as data (`rules/`): activities, health-check signs,
/// warnings, the streams of cooperation areas, the agreement ladder's texts
/// and the names of streams, characteristics, costs and rungs. A domain expert can read,
/// cite and change them; the catalogue is checked against the questionnaire
/// when it loads (`RuleCatalogLoader`).
public struct RuleCatalog: Sendable {
    public let defaultLanguage: String
    public let activities: [ActivityRule]
    public let signals: [HealthSignalRule]
    public let warnings: [WarningRule]
    /// Cooperation area id → the plan stream its activities go in.
    public let streams: [String: ActivityStream]
    /// Fixed phrases the planner adds, by name (e.g. `weakest-note`).
    public let phrases: [String: LocalizedTemplate]
    /// The agreement ladder's headlines, reasons and prerequisites (`agreements.yaml`).
    public let ladder: [LadderText: LadderEntry]
    /// Names of streams, characteristics, cost levels, rungs and TOWS kinds,
    /// general words and list joins (`names.yaml`), in each language.
    public let names: CatalogNames
    /// Rules (activities, health signs, warnings) that can never apply with the
    /// loaded questionnaire, because what they need is a question it does not
    /// ask; by id. The catalogue still loads, and the wizard names them.
    public let unreachable: [String]
    /// Where a rule reads a question the questionnaire does not ask, with file
    /// and line: a typo, or a rule meant for another questionnaire.
    public let notes: [QuestionnaireProblem]
    /// Where each text of the rule files was written and in which languages,
    /// for the translation check; set by the loader.
    public internal(set) var textSites: [TextSite] = []
    /// Which activities are calendar milestones, and their placeholder days
    /// (`milestones.yaml`, optional in the manifest); set by the loader.
    public var milestones: MilestoneRules = .none
    /// The clause texts of the draft agreements (`agreement-clauses.yaml`,
    /// optional in the manifest); set by the loader.
    public var agreementClauses: AgreementClauses = .none

    public init(
        defaultLanguage: String, activities: [ActivityRule], signals: [HealthSignalRule], warnings: [WarningRule],
        streams: [String: ActivityStream], phrases: [String: LocalizedTemplate],
        ladder: [LadderText: LadderEntry] = [:], names: CatalogNames = .empty, unreachable: [String] = [],
        notes: [QuestionnaireProblem] = []
    ) {
        self.defaultLanguage = defaultLanguage
        self.activities = activities
        self.signals = signals
        self.warnings = warnings
        self.streams = streams
        self.phrases = phrases
        self.ladder = ladder
        self.names = names
        self.unreachable = unreachable
        self.notes = notes
    }
}
