/// Scores one city against another by the rules in `MatchScore`. Pure
/// integer work on bit sets, so ranking a whole portfolio grows linearly
/// with its size; `total` runs the same rules as `score` without building
/// the breakdown.
public struct MatchScorer: Sendable {
    /// What each rule found, before it is capped and turned into points.
    private struct Found {
        var interests: AreaSet
        var toCandidate: AreaSet
        var fromCandidate: AreaSet
        var challengeAreas: AreaSet
        var obstacles: UInt32
        var linked: Bool
        var priorities: AreaSet
        var sameBand: Bool
        var nearBand: Bool
        var coastal: Bool?
        var sectors: UInt64

        init(_ city: MatchProfile, _ candidate: MatchProfile, bands: [String: Int], partners: PartnerRecognition) {
            interests = city.interests.intersection(candidate.interests)
            toCandidate = city.offers.intersection(candidate.needs)
            fromCandidate = candidate.offers.intersection(city.needs)
            challengeAreas = city.challengeAreas.intersection(candidate.challengeAreas)
            obstacles = city.obstacles & candidate.obstacles
            linked =
                city.knows(candidate) || candidate.knows(city) || partners.partner(of: city, is: candidate)
                || partners.partner(of: candidate, is: city)
            func answered(_ by: MatchProfile, _ other: MatchProfile) -> AreaSet {
                by.priorityOffers.intersection(other.needs)
                    .union(by.priorityNeeds.intersection(other.offers.union(other.interests)))
            }
            priorities = answered(city, candidate).union(answered(candidate, city))
            let first = city.facts.band.flatMap { bands[$0] }
            let second = candidate.facts.band.flatMap { bands[$0] }
            sameBand = first != nil && first == second
            nearBand = first.flatMap { a in second.map { abs(a - $0) == 1 } } ?? false
            coastal = city.facts.coastal.flatMap { $0 == candidate.facts.coastal ? $0 : nil }
            sectors = city.facts.sectors & candidate.facts.sectors
        }

        func points(_ kind: MatchScore.Kind) -> Int {
            let raw: Int
            switch kind {
            case .sharedInterests: raw = interests.count * kind.pointsEach
            case .offersToCandidate: raw = toCandidate.count * kind.pointsEach
            case .offersFromCandidate: raw = fromCandidate.count * kind.pointsEach
            case .sharedChallenges:
                raw =
                    obstacles.nonzeroBitCount * kind.pointsEach
                    + challengeAreas.count * MatchScore.challengeAreaPoints
            case .existingLink: raw = linked ? kind.pointsEach : 0
            case .priorities: raw = priorities.count * kind.pointsEach
            case .cityFacts:
                raw =
                    (sameBand ? MatchScore.sameBandPoints : nearBand ? MatchScore.nearBandPoints : 0)
                    + (coastal == nil ? 0 : MatchScore.coastalPoints)
                    + min(sectors.nonzeroBitCount * kind.pointsEach, 2 * kind.pointsEach)
            }
            return min(raw, kind.maximum)
        }
    }

    /// The band ids in order, to tell neighbouring bands; empty without the profile questions.
    public let bands: [String: Int]

    /// Tells a partner named in another script (an existing link).
    public let partners: PartnerRecognition

    public init(index: MatchIndex, partners: PartnerRecognition = PartnerRecognition()) {
        bands = index.bands
        self.partners = partners
    }

    public func score(_ city: MatchProfile, against candidate: MatchProfile) -> MatchScore {
        let found = Found(city, candidate, bands: bands, partners: partners)
        let bandIDs = [city.facts.band, candidate.facts.band].compactMap { $0 }
        return MatchScore(
            components: MatchScore.Kind.allCases.map { kind in
                var component = MatchScore.Component(kind: kind, points: found.points(kind), areas: AreaSet())
                switch kind {
                case .sharedInterests: component.areas = found.interests
                case .offersToCandidate: component.areas = found.toCandidate
                case .offersFromCandidate: component.areas = found.fromCandidate
                case .sharedChallenges:
                    component.areas = found.challengeAreas
                    component.obstacles = found.obstacles
                case .existingLink: break
                case .priorities: component.areas = found.priorities
                case .cityFacts:
                    component.sectors = found.sectors
                    component.bands = found.sameBand ? [bandIDs[0]] : found.nearBand ? bandIDs : []
                    component.coastal = found.coastal
                }
                return component
            })
    }

    /// Only the total, for ranking: the same rules without building reasons.
    public func total(_ city: MatchProfile, against candidate: MatchProfile) -> Int {
        let found = Found(city, candidate, bands: bands, partners: partners)
        var total = 0
        for kind in MatchScore.Kind.allCases { total += found.points(kind) }
        return total
    }
}
