/// What match-making needs to know about one city, read once from its session:
/// its side, the cooperation areas it offers, needs and wants, the challenges
/// it faces by obstacle kind, the entries the team marked as mattering most,
/// its basic facts, its partnership and whom it already knows (report §1.2,
/// §1.3). Plain values and bit sets only: a portfolio's profiles are kept in
/// a compact cache and compared ten thousand at a time.
public struct MatchProfile: Sendable, Equatable {
    public var cityName: String {
        didSet { nameMask = Self.mask(Self.words(cityName)) }
    }
    public var country: String?
    /// The city's side; for a session saved before the side was asked, the side of its country.
    public var side: CitySide?
    /// The partnership its answers record, if any.
    public var partner: MatchPartnership?
    /// Areas it wants to work on: opportunities, shared areas, the business interest.
    public var interests: AreaSet
    /// Areas it is strong in.
    public var offers: AreaSet
    /// Areas where it is weak or looks for opportunities.
    public var needs: AreaSet
    public var challengeAreas: AreaSet
    /// Obstacle kinds of its challenges (tags, or the plan's guess for untagged ones), as `MatchIndex.obstacles` bits.
    public var obstacles: UInt32
    /// Areas of the strengths the team marked as mattering most.
    public var priorityOffers: AreaSet
    /// Areas of the weaknesses and opportunities the team marked as mattering most.
    public var priorityNeeds: AreaSet
    public var facts: MatchCityFacts
    /// Existing links and the partner's name, as typed, to find mentions of another city.
    public var knownNames: [String] {
        didSet { knownMask = Self.mask(knownNames.flatMap(Self.words)) }
    }
    /// One bit per word (by a stable hash) of the known names and of the
    /// city's name: if a name's bits are not all among another city's known
    /// bits, that city cannot mention it, decided without splitting any text.
    public private(set) var knownMask: UInt64
    public private(set) var nameMask: UInt64

    public init(
        cityName: String, country: String? = nil, side: CitySide? = nil, partner: MatchPartnership? = nil,
        interests: AreaSet = AreaSet(), offers: AreaSet = AreaSet(), needs: AreaSet = AreaSet(),
        challengeAreas: AreaSet = AreaSet(), obstacles: UInt32 = 0, priorityOffers: AreaSet = AreaSet(),
        priorityNeeds: AreaSet = AreaSet(), facts: MatchCityFacts = MatchCityFacts(), knownNames: [String] = [],
        masks: (known: UInt64, name: UInt64)? = nil
    ) {
        self.cityName = cityName
        self.country = country
        self.side = side
        self.partner = partner
        self.interests = interests
        self.offers = offers
        self.needs = needs
        self.challengeAreas = challengeAreas
        self.obstacles = obstacles
        self.priorityOffers = priorityOffers
        self.priorityNeeds = priorityNeeds
        self.facts = facts
        self.knownNames = knownNames
        // A cache gives the masks as stored, so no text is split when it is read.
        nameMask = masks?.name ?? Self.mask(Self.words(cityName))
        knownMask = masks?.known ?? Self.mask(knownNames.flatMap(Self.words))
    }

    public init(facts: PlanFacts, index: MatchIndex) {
        // Built straight from the entries, without intermediate lists: a
        // portfolio builds thousands of these.
        var sets = [SwocQuadrant: AreaSet]()
        var priorities = [SwocQuadrant: AreaSet]()
        for quadrant in SwocQuadrant.allCases {
            var set = AreaSet()
            var marked = AreaSet()
            facts.forEachEntry(quadrant) { entry in
                for area in entry.areas {
                    guard let position = index.areas[area] else { continue }
                    set.insert(position)
                    if entry.isPriority { marked.insert(position) }
                }
            }
            sets[quadrant] = set
            priorities[quadrant] = marked
        }
        let opportunities = sets[.opportunities]!
        var interests = opportunities
        for area in facts.sharedAreas + [facts.text("business-interest")].compactMap({ $0 }) {
            if let position = index.areas[area] { interests.insert(position) }
        }
        var obstacles: UInt32 = 0
        facts.forEachEntry(.challenges) { entry in
            for kind in index.obstacleKinds(of: entry, language: facts.language) {
                if let bit = index.obstacles[kind] { obstacles |= 1 << UInt32(bit) }
            }
        }
        let country = facts.text("city-country")
        let partner = MatchPartnership(facts: facts)
        self.init(
            cityName: facts.text("city-name") ?? "(no name)", country: country,
            side: facts.text(CitySide.questionID).flatMap(CitySide.init(rawValue:))
                ?? CitySide.guessed(fromCountry: country),
            partner: partner, interests: interests, offers: sets[.strengths]!,
            needs: sets[.weaknesses]!.union(opportunities), challengeAreas: sets[.challenges]!, obstacles: obstacles,
            priorityOffers: priorities[.strengths]!,
            priorityNeeds: priorities[.weaknesses]!.union(priorities[.opportunities]!),
            facts: MatchCityFacts(facts: facts, index: index),
            knownNames: facts.texts("existing-links") + [partner?.name].compactMap { $0 })
    }

    /// Whether this city's links or partner name mention `other`'s name.
    public func knows(_ other: MatchProfile) -> Bool {
        // Most pairs are ruled out by the masks; only the rest split text.
        guard other.nameMask != 0, other.nameMask & ~knownMask == 0 else { return false }
        return !mentions(of: other).isEmpty
    }

    /// Whether this city's partner is `other`.
    public func isPartner(of other: MatchProfile) -> Bool {
        guard let partner else { return false }
        return Self.contains(Self.words(partner.name), Self.words(other.cityName))
    }

    /// The links (or partner name) that name `other`, as whole words with the
    /// name's capitals: "Nice" in "a nice museum" is not the city of Nice.
    public func mentions(of other: MatchProfile) -> [String] {
        let name = Self.words(other.cityName)
        guard !name.isEmpty else { return [] }
        return knownNames.filter { Self.contains(Self.words($0), name) }
    }

    /// Whether `words` has `name` as consecutive words.
    private static func contains(_ words: [Substring], _ name: [Substring]) -> Bool {
        guard !name.isEmpty, words.count >= name.count else { return false }
        return (0...(words.count - name.count)).contains { start in
            words[start..<start + name.count].elementsEqual(name)
        }
    }

    /// A stable hash (FNV-1a) of each word folded to one of 64 bits; Swift's
    /// own hash changes from run to run and the masks are stored in the cache.
    private static func mask(_ words: some Sequence<Substring>) -> UInt64 {
        var mask: UInt64 = 0
        for word in words {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            mask |= 1 << (hash % 64)
        }
        return mask
    }

    /// Words as typed (letters and digits), keeping their capitals.
    private static func words(_ text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber) }
    }
}
