/// Scores one city against another by the rules in `MatchScore`. Pure
/// integer work on bit sets: no allocation beyond the components, so ranking
/// a whole portfolio grows linearly with its size.
public struct MatchScorer: Sendable {
    public init() {}

    public func score(_ city: MatchProfile, against candidate: MatchProfile) -> MatchScore {
        var components: [MatchScore.Component] = []
        func add(_ kind: MatchScore.Kind, _ areas: AreaSet, themes: [SwocTheme] = [], extra: Int = 0) {
            let points = areas.count * kind.pointsEach + themes.count * kind.pointsEach + extra
            if points > 0 { components.append(.init(kind: kind, points: points, areas: areas, themes: themes)) }
        }
        add(.sharedInterests, city.interests.intersection(candidate.interests))
        add(.offersToCandidate, city.offers.intersection(candidate.needs))
        add(.offersFromCandidate, candidate.offers.intersection(city.needs))
        let themes = SwocTheme.allCases.filter {
            city.challengeThemes.contains($0) && candidate.challengeThemes.contains($0)
        }
        add(.sharedChallenges, city.challengeAreas.intersection(candidate.challengeAreas), themes: themes)
        if city.knows(candidate) || candidate.knows(city) {
            add(.existingLink, AreaSet(), extra: MatchScore.Kind.existingLink.pointsEach)
        }
        return MatchScore(components: components)
    }

    /// Only the total, for ranking: the same rules without building reasons.
    public func total(_ city: MatchProfile, against candidate: MatchProfile) -> Int {
        var total = city.interests.overlap(with: candidate.interests) * MatchScore.Kind.sharedInterests.pointsEach
        total += city.offers.overlap(with: candidate.needs) * MatchScore.Kind.offersToCandidate.pointsEach
        total += candidate.offers.overlap(with: city.needs) * MatchScore.Kind.offersFromCandidate.pointsEach
        total +=
            city.challengeAreas.overlap(with: candidate.challengeAreas) * MatchScore.Kind.sharedChallenges.pointsEach
        total += (city.themeMask & candidate.themeMask).nonzeroBitCount
        if city.knows(candidate) || candidate.knows(city) { total += MatchScore.Kind.existingLink.pointsEach }
        return total
    }
}
