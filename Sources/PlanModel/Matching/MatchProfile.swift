/// What match-making needs to know about one city, read once from its session:
/// the cooperation areas it offers, needs and wants, the challenges it faces,
/// and whom it already knows (report §1.2, §1.3).
public struct MatchProfile: Sendable, Equatable, Codable {
    public var cityName: String {
        didSet {
            nameWords = Self.words(cityName).map(String.init)
            nameMask = Self.mask(nameWords)
        }
    }
    public var country: String?
    public var partnerName: String?
    /// Areas it wants to work on: opportunities, shared areas, the business interest.
    public var interests: AreaSet
    /// Areas it is strong in.
    public var offers: AreaSet
    /// Areas where it is weak or looks for opportunities.
    public var needs: AreaSet
    public var challengeAreas: AreaSet
    public var challengeThemes: Set<SwocTheme> {
        didSet { themeMask = Self.mask(challengeThemes) }
    }
    /// The same themes as bits, read when ranking without touching the set.
    public private(set) var themeMask: UInt8 = 0
    /// Existing links and the partner's name, as typed, to find mentions of another city.
    public var knownNames: [String] {
        didSet {
            (knownNameWords, knownWords) = Self.index(knownNames)
            knownMask = Self.mask(knownWords)
        }
    }
    /// `knownNames` split into words once, and every word in a set, so that
    /// ranking thousands of candidates never splits text again and rules most
    /// of them out with a few set lookups.
    private var knownNameWords: [[String]]
    private var knownWords: Set<String>
    /// One bit per word (by hash) of `knownWords` and of the city's name: if a
    /// name's bits are not all among another city's known bits, that city
    /// cannot mention it, decided without touching either city's word lists.
    private var knownMask: UInt64 = 0
    private var nameMask: UInt64 = 0
    /// The city's name as words, worked out once.
    private var nameWords: [String]

    public init(facts: PlanFacts, areaIndex: [String: Int]) {
        // Built straight from the entries, without intermediate lists: a
        // portfolio builds thousands of these.
        func areas(_ quadrant: SwocQuadrant) -> AreaSet {
            var set = AreaSet()
            facts.forEachEntry(quadrant) { entry in
                for area in entry.areas { if let index = areaIndex[area] { set.insert(index) } }
            }
            return set
        }
        let opportunities = areas(.opportunities)
        cityName = facts.text("city-name") ?? "(no name)"
        nameWords = Self.words(cityName).map(String.init)
        nameMask = Self.mask(nameWords)
        country = facts.text("city-country")
        partnerName = facts.hasPartner ? facts.text("partner-name") : nil
        var interests = opportunities
        for area in facts.sharedAreas + [facts.text("business-interest")].compactMap({ $0 }) {
            if let index = areaIndex[area] { interests.insert(index) }
        }
        self.interests = interests
        offers = areas(.strengths)
        needs = areas(.weaknesses).union(opportunities)
        challengeAreas = areas(.challenges)
        // Each challenge is split into words once, then checked for every theme.
        var themes = Set<SwocTheme>()
        facts.forEachEntry(.challenges) { entry in
            let words = SwocTheme.words(entry.text)
            for theme in SwocTheme.allCases where !themes.contains(theme) && theme.isNamed(in: words) {
                themes.insert(theme)
            }
        }
        challengeThemes = themes
        themeMask = Self.mask(challengeThemes)
        knownNames = facts.texts("existing-links") + [partnerName].compactMap { $0 }
        (knownNameWords, knownWords) = Self.index(knownNames)
        knownMask = Self.mask(knownWords)
    }

    /// Whether this city's links or partner name mention `other`'s name.
    public func knows(_ other: MatchProfile) -> Bool {
        // Most pairs are ruled out by the masks, the rest by a few set lookups.
        guard other.nameMask != 0, other.nameMask & ~knownMask == 0 else { return false }
        guard other.nameWords.allSatisfy(knownWords.contains) else { return false }
        return knownNameWords.contains { Self.contains($0, other.nameWords) }
    }

    /// The links (or partner name) that name `other`, as whole words with the
    /// name's capitals: "Nice" in "a nice museum" is not the city of Nice.
    public func mentions(of other: MatchProfile) -> [String] {
        let name = other.nameWords
        guard !name.isEmpty, name.allSatisfy(knownWords.contains) else { return [] }
        return zip(knownNames, knownNameWords).filter { Self.contains($0.1, name) }.map(\.0)
    }

    /// Whether `words` has `name` as consecutive words, without copying either.
    private static func contains(_ words: [String], _ name: [String]) -> Bool {
        guard !name.isEmpty, words.count >= name.count else { return false }
        return (0...(words.count - name.count)).contains { start in
            words[start..<start + name.count].elementsEqual(name)
        }
    }

    private static func mask(_ themes: Set<SwocTheme>) -> UInt8 {
        var mask: UInt8 = 0
        for (bit, theme) in SwocTheme.allCases.enumerated() where themes.contains(theme) { mask |= 1 << UInt8(bit) }
        return mask
    }

    /// A stable hash (FNV-1a) of each word folded to one of 64 bits; Swift's
    /// own hash changes from run to run and the masks are stored in the cache.
    private static func mask(_ words: some Sequence<String>) -> UInt64 {
        var mask: UInt64 = 0
        for word in words {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            mask |= 1 << (hash % 64)
        }
        return mask
    }

    private static func index(_ texts: [String]) -> ([[String]], Set<String>) {
        let words = texts.map { Self.words($0).map(String.init) }
        return (words, Set(words.joined()))
    }

    /// Words as typed (letters and digits), keeping their capitals.
    private static func words(_ text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber) }
    }
}
