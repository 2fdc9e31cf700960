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
    public let index: MatchIndex
    public let scorer: MatchScorer

    public init(questionnaire: Questionnaire, catalog: ReportPairCatalog, rules: RuleCatalog? = nil) {
        self.questionnaire = questionnaire
        self.catalog = catalog
        self.rules = rules
        index = MatchIndex(questionnaire: questionnaire)
        scorer = MatchScorer(index: index, partners: PartnerRecognition(names: catalog.names))
    }

    public func profile(_ session: Session) -> MatchProfile {
        MatchProfile(facts: PlanFacts(questionnaire: questionnaire, session: session), index: index)
    }

    func ids(_ set: AreaSet) -> [String] {
        set.indices.compactMap { $0 < index.areaIDs.count ? index.areaIDs[$0] : nil }
    }

    /// The score's lines: every part of the score, with the areas, obstacle
    /// kinds and facts behind its points; `Messages` words them.
    public func explain(_ score: MatchScore) -> [MatchProposal.ScoreLine] {
        score.components.map { component in
            MatchProposal.ScoreLine(
                kind: component.kind, points: component.points, maximum: component.kind.maximum,
                areas: ids(component.areas),
                obstacles: MatchIndex.ids(UInt64(component.obstacles), index.obstacleIDs),
                sectors: MatchIndex.ids(component.sectors, index.sectorIDs), bands: component.bands,
                coastal: component.coastal)
        }
    }

    /// The partnership `profile`'s answers record, flagged against `other`:
    /// is the partner `other` itself (by name, or named across scripts), or a
    /// city of `other`'s country?
    public func partnership(of profile: MatchProfile, other: MatchProfile) -> MatchProposal.Partnership? {
        guard let partner = profile.partner else { return nil }
        let isTheOther = scorer.partners.partner(of: profile, is: other)
        return MatchProposal.Partnership(
            partner: partner.name, country: partner.country, signed: partner.signed, status: partner.status,
            // The country as this partnership writes it, in the language of its own line.
            inCountryOf: !isTheOther && partner.isIn(other.country) ? partner.country : nil, isTheOther: isTheOther)
    }

    private func city(_ profile: MatchProfile, source: String, other: MatchProfile) -> MatchProposal.City {
        MatchProposal.City(
            name: profile.cityName, country: profile.country, source: source, side: profile.side?.rawValue,
            populationBand: profile.facts.band, coastal: profile.facts.coastal,
            sectors: MatchIndex.ids(profile.facts.sectors, index.sectorIDs),
            partnership: partnership(of: profile, other: other))
    }

    public func propose(
        _ firstSession: Session, source firstSource: String, _ secondSession: Session, source secondSource: String
    )
        -> MatchProposal
    {
        let a = PlanFacts(questionnaire: questionnaire, session: firstSession)
        let b = PlanFacts(questionnaire: questionnaire, session: secondSession)
        let pa = MatchProfile(facts: a, index: index)
        let pb = MatchProfile(facts: b, index: index)
        let score = scorer.score(pa, against: pb)
        let shared = ids(pa.interests.intersection(pb.interests))
        let sameSide = CandidateRanker.isSameSide(pa, pb)

        return MatchProposal(
            language: firstSession.language,
            first: city(pa, source: firstSource, other: pb),
            second: city(pb, source: secondSource, other: pa),
            score: score.total, scoreLines: explain(score),
            sharedAreas: shared,
            complements: complements(from: a, pa.cityName, to: b, pb.cityName)
                + complements(from: b, pb.cityName, to: a, pa.cityName),
            sharedChallenges: sharedChallenges(a, pa.cityName, b, pb.cityName),
            existingLinks: links(pa, pb) + links(pb, pa),
            firstAgreement: sameSide
                ? MatchStartAdvice(kind: .sameSide, side: pa.side?.rawValue, source: "§1")
                : start(a, pa, b, pb, shared),
            firstActivities: sameSide ? [] : firstActivities(strongestShared(shared, a, b)),
            precedents: catalog.precedents(for: Set(shared), between: pa.cityName, and: pb.cityName))
    }

    /// The shared area both rank highest (first city's ranking breaks ties).
    private func strongestShared(_ shared: [String], _ a: PlanFacts, _ b: PlanFacts) -> String? {
        let rankA = a.rankedAreas
        let rankB = b.rankedAreas
        return shared.min {
            let left = (rankA.firstIndex(of: $0) ?? 999) + (rankB.firstIndex(of: $0) ?? 999)
            let right = (rankA.firstIndex(of: $1) ?? 999) + (rankB.firstIndex(of: $1) ?? 999)
            return left != right ? left < right : (index.areas[$0] ?? 0) < (index.areas[$1] ?? 0)
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

    /// Challenges of the two cities with an area or an obstacle kind in
    /// common: the team's tags, or for an untagged challenge the plan's own guess.
    private func sharedChallenges(_ a: PlanFacts, _ aName: String, _ b: PlanFacts, _ bName: String)
        -> [MatchProposal.SharedChallenge]
    {
        var result: [MatchProposal.SharedChallenge] = []
        func kinds(_ entry: SwocEntry, _ facts: PlanFacts) -> [String] {
            index.obstacleKinds(of: entry, language: facts.language).filter { index.obstacles[$0] != nil }
        }
        let second = b.entries(.challenges).map { ($0, kinds($0.entry, b)) }
        for first in a.entries(.challenges) {
            let firstKinds = kinds(first.entry, a)
            for (other, otherKinds) in second {
                let areas = first.entry.areas.filter(other.entry.areas.contains)
                let obstacles = index.obstacleIDs.filter { firstKinds.contains($0) && otherKinds.contains($0) }
                guard !areas.isEmpty || !obstacles.isEmpty else { continue }
                result.append(
                    .init(
                        first: .init(city: aName, entry: first.reference, text: first.entry.text),
                        second: .init(city: bName, entry: other.reference, text: other.entry.text), areas: areas,
                        obstacles: obstacles))
                if result.count == Self.listLimit { return result }
            }
        }
        return result
    }

    private func links(_ from: MatchProfile, _ to: MatchProfile) -> [MatchLink] {
        let partner = from.isPartner(of: to) ? from.partner : nil
        return from.mentions(of: to).map { text in
            text == partner?.name
                ? MatchLink(kind: .partner, city: from.cityName, other: to.cityName, signed: partner?.signed)
                : MatchLink(kind: .mention, city: from.cityName, other: to.cityName, text: text)
        }
    }

    /// Where the two stand on the agreement ladder, from the answers of the
    /// city that names the other as its partner (when both do, the one that
    /// records more signed): with nothing signed they start with a first
    /// agreement, even when one already has the other in view.
    private func start(
        _ a: PlanFacts, _ pa: MatchProfile, _ b: PlanFacts, _ pb: MatchProfile, _ shared: [String]
    )
        -> MatchStartAdvice
    {
        let aNamesB = scorer.partners.partner(of: pa, is: pb)
        let bNamesA = scorer.partners.partner(of: pb, is: pa)
        // When both record the partnership, the one that records more signed
        // speaks for both (the first on a tie): the rung shown and the next
        // step then come from the same answers, whichever session is given first.
        let bRecordsMore =
            bNamesA && (!aNamesB || (pb.partner?.signed ?? .noAgreement) > (pa.partner?.signed ?? .noAgreement))
        let recorder: (facts: PlanFacts, profile: MatchProfile)? =
            bRecordsMore ? (b, pb) : aNamesB ? (a, pa) : nil
        let signed = recorder?.profile.partner?.signed
        guard let recorder, let signed, signed > .noAgreement else {
            return MatchStartAdvice(
                kind: .firstAgreement, areas: Array(shared.prefix(3)), signed: signed,
                recordedBy: recorder?.profile.cityName, source: "§1.3.1; §3",
                answers: recorder.map { ["partner-name"] + $0.facts.stageAnswers } ?? [])
        }
        // With the catalogue, the headline is the plan's own, in the session's language.
        let facts = recorder.facts
        let advice = rules.map { AgreementAdvisor(catalog: $0).ladder(facts) } ?? AgreementAdvisor.ladder(facts)
        return MatchStartAdvice(
            kind: .nextStep, signed: signed, recordedBy: recorder.profile.cityName, next: advice.next,
            then: advice.then, headline: rules == nil ? nil : advice.headline, source: advice.next?.source ?? "§3",
            answers: ["partner-name"] + facts.stageAnswers)
    }

    /// People-to-people exchange first (§1.2.1), then a business delegation on
    /// the strongest shared area, if any (§1.2.2).
    private func firstActivities(_ area: String?) -> [MatchProposal.Activity] {
        [MatchProposal.Activity(kind: .peopleToPeople, source: "§1.2.1")]
            + (area.map { [MatchProposal.Activity(kind: .businessDelegation, area: $0, source: "§1.2.2")] } ?? [])
    }
}
