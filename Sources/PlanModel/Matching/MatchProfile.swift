/// What match-making needs to know about one city, read once from its session:
/// its side, the cooperation areas it offers, needs and wants, the challenges
/// it faces by obstacle kind, the entries the team marked as mattering most,
/// its basic facts, its partnership and whom it already knows (report §1.2,
/// §1.3). Plain values and bit sets only: a portfolio's profiles are kept in
/// a compact cache and compared ten thousand at a time.
public struct MatchProfile: Sendable, Equatable {
    public var cityName: String {
        didSet {
            nameHashes = Self.wordHashes(cityName)
            nameMask = Self.mask(nameHashes)
            nameIsHan = Self.isHan(cityName)
        }
    }
    public var country: String?
    /// The city's side; for a session saved before the side was asked, the side of its country.
    public var side: CitySide?
    /// The partnership its answers record, if any.
    public var partner: MatchPartnership? {
        didSet { partnerIsHan = partner.map { Self.isHan($0.name) } ?? false }
    }
    /// Whether the city's name, and its partner's, are written in Chinese
    /// characters: worked out once, as a ranking asks it of every candidate
    /// to tell whether two names can be compared by their words.
    public private(set) var nameIsHan: Bool
    public private(set) var partnerIsHan: Bool
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
        didSet {
            knownHashes = knownNames.map(Self.wordHashes)
            knownMask = Self.mask(knownHashes.joined())
        }
    }
    /// The words of the city's name and of each known name as stable 64-bit
    /// hashes (FNV-1a of their UTF-8), worked out once and kept in the cache:
    /// whether one city names another is then decided on numbers, never by
    /// splitting text again for each of ten thousand candidates.
    public private(set) var nameHashes: [UInt64]
    public private(set) var knownHashes: [[UInt64]]
    /// One bit per word hash of the known names and of the city's name: if a
    /// name's bits are not all among another city's known bits, that city
    /// cannot mention it, decided with one integer operation.
    private var knownMask: UInt64
    private var nameMask: UInt64

    public init(
        cityName: String, country: String? = nil, side: CitySide? = nil, partner: MatchPartnership? = nil,
        interests: AreaSet = AreaSet(), offers: AreaSet = AreaSet(), needs: AreaSet = AreaSet(),
        challengeAreas: AreaSet = AreaSet(), obstacles: UInt32 = 0, priorityOffers: AreaSet = AreaSet(),
        priorityNeeds: AreaSet = AreaSet(), facts: MatchCityFacts = MatchCityFacts(), knownNames: [String] = [],
        hashes: (name: [UInt64], known: [[UInt64]])? = nil
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
        // A cache gives the hashes as stored, so no text is split when it is read.
        nameHashes = hashes?.name ?? Self.wordHashes(cityName)
        knownHashes = hashes?.known ?? knownNames.map(Self.wordHashes)
        nameMask = Self.mask(nameHashes)
        knownMask = Self.mask(knownHashes.joined())
        nameIsHan = Self.isHan(cityName)
        partnerIsHan = partner.map { Self.isHan($0.name) } ?? false
    }

    /// Whether a name is written in Chinese characters.
    static func isHan(_ name: String) -> Bool {
        name.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    public init(facts: PlanFacts, index: MatchIndex) {
        // Built straight from the entries, without intermediate lists: a
        // portfolio builds thousands of these.
        func areas(_ quadrant: SwocQuadrant) -> (all: AreaSet, marked: AreaSet) {
            var set = AreaSet()
            var marked = AreaSet()
            facts.forEachEntry(quadrant) { entry in
                for area in entry.areas {
                    guard let position = index.areas[area] else { continue }
                    set.insert(position)
                    if entry.isPriority { marked.insert(position) }
                }
            }
            return (set, marked)
        }
        let strengths = areas(.strengths)
        let weaknesses = areas(.weaknesses)
        let (opportunities, markedOpportunities) = areas(.opportunities)
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
            partner: partner, interests: interests, offers: strengths.all,
            needs: weaknesses.all.union(opportunities), challengeAreas: areas(.challenges).all, obstacles: obstacles,
            priorityOffers: strengths.marked, priorityNeeds: weaknesses.marked.union(markedOpportunities),
            facts: MatchCityFacts(facts: facts, index: index),
            knownNames: facts.texts("existing-links") + [partner?.name].compactMap { $0 })
    }

    /// Whether this city's links or partner name mention `other`'s name (as
    /// `mentions(of:)` finds them, on the words' hashes).
    public func knows(_ other: MatchProfile) -> Bool {
        // Most pairs are ruled out by the masks; the rest compare numbers.
        guard other.nameMask != 0, other.nameMask & ~knownMask == 0 else { return false }
        return knownHashes.contains { Self.contains($0, other.nameHashes) }
    }

    /// Whether this city's partner is `other` (its name among the partner's
    /// words, compared as hashes: the partner's name is the last known name).
    public func isPartner(of other: MatchProfile) -> Bool {
        guard partner != nil, let words = knownHashes.last else { return false }
        return Self.contains(words, other.nameHashes)
    }

    /// The links (or partner name) that name `other`, as whole words with the
    /// name's capitals: "Nice" in "a nice museum" is not the city of Nice.
    public func mentions(of other: MatchProfile) -> [String] {
        let name = Self.words(other.cityName)
        guard !name.isEmpty else { return [] }
        return knownNames.filter { Self.contains(Self.words($0), name) }
    }

    /// Whether `words` has `name` as consecutive words.
    private static func contains<Word: Equatable>(_ words: [Word], _ name: [Word]) -> Bool {
        guard !name.isEmpty, words.count >= name.count else { return false }
        return (0...(words.count - name.count)).contains { start in
            words[start..<start + name.count].elementsEqual(name)
        }
    }

    /// Each word's hash folded to one of 64 bits.
    private static func mask(_ hashes: some Sequence<UInt64>) -> UInt64 {
        var mask: UInt64 = 0
        for hash in hashes { mask |= 1 << (hash % 64) }
        return mask
    }

    /// The words of `text` (as `words` splits them) as stable hashes: FNV-1a
    /// of each word's UTF-8, as Swift's own hash changes from run to run and
    /// these are stored in the cache. ASCII text, the usual case, is split
    /// byte by byte; other text by its characters.
    static func wordHashes(_ text: String) -> [UInt64] {
        func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash
        }
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return words(text).map { hash($0.utf8) } }
        var result: [UInt64] = []
        var current: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for byte in utf8 {
            let isWordByte =
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            if isWordByte {
                current = (current ^ UInt64(byte)) &* 0x100_0000_01b3
                inWord = true
            } else if inWord {
                result.append(current)
                current = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { result.append(current) }
        return result
    }

    /// Words as typed (letters and digits), keeping their capitals.
    private static func words(_ text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber) }
    }
}
