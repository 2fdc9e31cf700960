/// Everything a rule reads while it is evaluated for one city: the answers
/// (`facts`), what the tool has already worked out (the agreement ladder, the
/// health check), and, for rules that repeat, the item at hand (one of the
/// city's strongest cooperation areas, or one anniversary).
public struct RuleContext: Sendable {
    public let facts: PlanFacts
    /// The catalogue's map from cooperation areas to plan streams.
    public let streams: [String: ActivityStream]
    /// The catalogue's names, general words and list joins, for the texts' details.
    public let names: CatalogNames
    public var agreement: AgreementRecommendation?
    public var health: HealthCheck?
    /// For `for-each: ranked-areas`: the area and its place (0 = strongest).
    public var area: String?
    public var areaRank: Int?
    /// For `for-each: anniversaries`: how old the partnership turns, and in which plan year.
    public var anniversaryAge: Int?
    public var planYear: Int?
    /// The SWOC entries the rule at hand answers.
    public var answers: [SwocReference] = []
    /// For a TOWS strategy: the internal entry (a strength or weakness), the
    /// external one (an opportunity or challenge), and the areas they share.
    public var pair: (internal: String, external: String, areas: [String])?

    /// Every weakness and challenge with its obstacle kinds (tags, or the
    /// guess for untagged ones), worked out once: many rules ask.
    public let obstacles: [(reference: SwocReference, kinds: [String])]

    public init(
        facts: PlanFacts, streams: [String: ActivityStream] = [:], names: CatalogNames = .empty,
        agreement: AgreementRecommendation? = nil, health: HealthCheck? = nil
    ) {
        self.facts = facts
        self.streams = streams
        self.names = names
        obstacles = facts.obstacleKinds()
        self.agreement = agreement
        self.health = health
    }

    /// With the catalogue's streams and names.
    public init(facts: PlanFacts, catalog: RuleCatalog) {
        self.init(facts: facts, streams: catalog.streams, names: catalog.names)
    }

    /// How the plan's language joins lists.
    public var lists: ListStyle { names.listStyle(in: facts.language) }

    /// Cooperation-area names in the plan's language, joined as it joins areas.
    public func areaList(_ ids: [String]) -> String {
        ids.map(facts.areaLabel).joined(separator: lists.areas)
    }

    /// The stream an area's activities belong to; areas the catalogue does not
    /// map are inter-government work.
    public func stream(of area: String) -> ActivityStream {
        streams[area] ?? .government
    }

    /// The weaknesses and challenges of one obstacle kind.
    public func references(to kind: String) -> [SwocReference] {
        obstacles.filter { $0.kinds.contains(kind) }.map(\.reference)
    }

    /// The obstacle kinds named, in the vocabulary's order of first appearance.
    public var obstacleKinds: [String] {
        var kinds: [String] = []
        for entry in obstacles { for kind in entry.kinds where !kinds.contains(kind) { kinds.append(kind) } }
        return kinds
    }
}
