/// Builds match-making proposals and rankings from sessions. Scoring follows
/// `MatchScore`; the proposal adds the entries behind each point. It makes no
/// sentences: the proposal holds kinds, ids and the cities' own entries, and
/// `Messages` words them in the first session's language.
public struct MatchMaker: Sendable {
    /// How many complementary pairs and shared challenges a proposal lists in each direction.
    public static let listLimit = 6

    public let questionnaire: Questionnaire
    public let catalog: ReportPairCatalog
    /// The rule catalogue, for the agreement ladder's headline in the first
    /// session's language; without it the proposal names only the rungs.
    public let rules: RuleCatalog?
    let areaIDs: [String]
    let areaIndex: [String: Int]

    public init(questionnaire: Questionnaire, catalog: ReportPairCatalog, rules: RuleCatalog? = nil) {
        self.questionnaire = questionnaire
        self.catalog = catalog
        self.rules = rules
        areaIDs = questionnaire.vocabularies["cooperation-areas"]?.choices.map(\.id) ?? []
        areaIndex = Dictionary(uniqueKeysWithValues: areaIDs.enumerated().map { ($0.element, $0.offset) })
    }

    public func profile(_ session: Session) -> MatchProfile {
        MatchProfile(facts: PlanFacts(questionnaire: questionnaire, session: session), areaIndex: areaIndex)
    }

    func ids(_ set: AreaSet) -> [String] {
        set.indices.compactMap { $0 < areaIDs.count ? areaIDs[$0] : nil }
    }

    /// The score's lines: each rule that earned points, with the areas (ids)
    /// and kinds of challenge behind them; `Messages` words them.
    public func explain(_ score: MatchScore) -> [MatchProposal.ScoreLine] {
        score.components.map { component in
            MatchProposal.ScoreLine(
                kind: component.kind, points: component.points, areas: ids(component.areas), themes: component.themes)
        }
    }

    public func propose(
        _ firstSession: Session, source firstSource: String, _ secondSession: Session, source secondSource: String
    )
        -> MatchProposal
    {
        let a = PlanFacts(questionnaire: questionnaire, session: firstSession)
        let b = PlanFacts(questionnaire: questionnaire, session: secondSession)
        let pa = MatchProfile(facts: a, areaIndex: areaIndex)
        let pb = MatchProfile(facts: b, areaIndex: areaIndex)
        let score = MatchScorer().score(pa, against: pb)
        let shared = ids(pa.interests.intersection(pb.interests))
        let strongest = strongestShared(shared, a, b)

        return MatchProposal(
            language: firstSession.language,
            first: .init(name: pa.cityName, country: pa.country, source: firstSource),
            second: .init(name: pb.cityName, country: pb.country, source: secondSource),
            score: score.total, scoreLines: explain(score),
            sharedAreas: shared,
            complements: complements(from: a, pa.cityName, to: b, pb.cityName)
                + complements(from: b, pb.cityName, to: a, pa.cityName),
            sharedChallenges: sharedChallenges(a, pa.cityName, b, pb.cityName),
            existingLinks: links(pa, pb) + links(pb, pa),
            firstAgreement: firstAgreement(a, pa, pb, shared),
            firstActivities: firstActivities(strongest),
            precedents: catalog.precedents(for: Set(shared), between: pa.cityName, and: pb.cityName))
    }

    /// The shared area both rank highest (first city's ranking breaks ties).
    private func strongestShared(_ shared: [String], _ a: PlanFacts, _ b: PlanFacts) -> String? {
        let rankA = a.rankedAreas
        let rankB = b.rankedAreas
        return shared.min {
            let left = (rankA.firstIndex(of: $0) ?? 999) + (rankB.firstIndex(of: $0) ?? 999)
            let right = (rankA.firstIndex(of: $1) ?? 999) + (rankB.firstIndex(of: $1) ?? 999)
            return left != right ? left < right : (areaIndex[$0] ?? 0) < (areaIndex[$1] ?? 0)
        }
    }

    private func complements(from giver: PlanFacts, _ giverName: String, to receiver: PlanFacts, _ receiverName: String)
        -> [MatchProposal.Complement]
    {
        var result: [MatchProposal.Complement] = []
        let needs = receiver.entries(.weaknesses) + receiver.entries(.opportunities)
        for strength in giver.entries(.strengths) {
            var forThisStrength = 0
            // At most two needs per strength, so one broad strength does not fill the list.
            for need in needs where forThisStrength < 2 {
                let areas = strength.entry.areas.filter(need.entry.areas.contains)
                guard !areas.isEmpty else { continue }
                result.append(
                    .init(
                        strength: .init(city: giverName, entry: strength.reference, text: strength.entry.text),
                        need: .init(city: receiverName, entry: need.reference, text: need.entry.text), areas: areas))
                forThisStrength += 1
                if result.count == Self.listLimit { return result }
            }
        }
        return result
    }

    private func sharedChallenges(_ a: PlanFacts, _ aName: String, _ b: PlanFacts, _ bName: String)
        -> [MatchProposal.SharedChallenge]
    {
        var result: [MatchProposal.SharedChallenge] = []
        let themesA = Dictionary(
            grouping: SwocTheme.allCases.flatMap { theme in
                theme.references(in: a, quadrants: [.challenges]).map { ($0, theme) }
            }, by: \.0
        ).mapValues { $0.map(\.1) }
        let themesB = Dictionary(
            grouping: SwocTheme.allCases.flatMap { theme in
                theme.references(in: b, quadrants: [.challenges]).map { ($0, theme) }
            }, by: \.0
        ).mapValues { $0.map(\.1) }
        for first in a.entries(.challenges) {
            for second in b.entries(.challenges) {
                let areas = first.entry.areas.filter(second.entry.areas.contains)
                let themes = (themesA[first.reference] ?? []).filter { (themesB[second.reference] ?? []).contains($0) }
                guard !areas.isEmpty || !themes.isEmpty else { continue }
                result.append(
                    .init(
                        first: .init(city: aName, entry: first.reference, text: first.entry.text),
                        second: .init(city: bName, entry: second.reference, text: second.entry.text), areas: areas,
                        themes: themes))
                if result.count == Self.listLimit { return result }
            }
        }
        return result
    }

    private func links(_ from: MatchProfile, _ to: MatchProfile) -> [MatchLink] {
        from.mentions(of: to).map { text in
            text == from.partnerName
                ? MatchLink(kind: .partner, city: from.cityName, other: to.cityName)
                : MatchLink(kind: .mention, city: from.cityName, other: to.cityName, text: text)
        }
    }

    private func firstAgreement(_ a: PlanFacts, _ pa: MatchProfile, _ pb: MatchProfile, _ shared: [String])
        -> MatchStartAdvice
    {
        let partners = pa.partnerName.map { pa.mentions(of: pb).contains($0) } == true
        guard partners else {
            return MatchStartAdvice(kind: .firstAgreement, areas: Array(shared.prefix(3)), source: "§1.3.1; §3")
        }
        // With the catalogue, the headline is the plan's own, in the session's language.
        let advice = rules.map { AgreementAdvisor(catalog: $0).ladder(a) } ?? AgreementAdvisor.ladder(a)
        return MatchStartAdvice(
            kind: .nextStep, stage: advice.currentStage, next: advice.next, then: advice.then,
            headline: rules == nil ? nil : advice.headline, source: advice.next?.source ?? "§3",
            answers: a.stageAnswers)
    }

    /// People-to-people exchange first (§1.2.1), then a business delegation on
    /// the strongest shared area, if any (§1.2.2).
    private func firstActivities(_ area: String?) -> [MatchProposal.Activity] {
        [MatchProposal.Activity(kind: .peopleToPeople, source: "§1.2.1")]
            + (area.map { [MatchProposal.Activity(kind: .businessDelegation, area: $0, source: "§1.2.2")] } ?? [])
    }
}
