/// Builds match-making proposals and rankings from sessions. Scoring follows
/// `MatchScore`; the proposal adds the entries behind each point.
public struct MatchMaker: Sendable {
    /// How many complementary pairs and shared challenges a proposal lists in each direction.
    public static let listLimit = 6

    public let questionnaire: Questionnaire
    public let catalog: ReportPairCatalog
    let areaIDs: [String]
    let areaIndex: [String: Int]

    public init(questionnaire: Questionnaire, catalog: ReportPairCatalog) {
        self.questionnaire = questionnaire
        self.catalog = catalog
        areaIDs = questionnaire.vocabularies["cooperation-areas"]?.choices.map(\.id) ?? []
        areaIndex = Dictionary(uniqueKeysWithValues: areaIDs.enumerated().map { ($0.element, $0.offset) })
    }

    public func profile(_ session: Session) -> MatchProfile {
        MatchProfile(facts: PlanFacts(questionnaire: questionnaire, session: session), areaIndex: areaIndex)
    }

    func ids(_ set: AreaSet) -> [String] {
        set.indices.compactMap { $0 < areaIDs.count ? areaIDs[$0] : nil }
    }

    /// The score's lines in words, e.g. "3 points each for 2 areas both want: Smart cities and Sport".
    public func explain(_ score: MatchScore, city: String, candidate: String, facts: PlanFacts) -> [MatchProposal
        .ScoreLine]
    {
        score.components.map { component in
            let areas = facts.areaList(ids(component.areas))
            let text: String
            switch component.kind {
            case .sharedInterests:
                text = "Both want to work on \(areas)"
            case .offersToCandidate:
                text = "\(city) is strong where \(candidate) needs it: \(areas)"
            case .offersFromCandidate:
                text = "\(candidate) is strong where \(city) needs it: \(areas)"
            case .sharedChallenges:
                let themes = component.themes.map(\.title)
                text = "Shared challenges: " + PlanFacts.humanList((areas.isEmpty ? [] : [areas]) + themes)
            case .existingLink:
                text = "They already know each other"
            }
            return MatchProposal.ScoreLine(kind: component.kind, points: component.points, text: text)
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
            first: .init(name: pa.cityName, country: pa.country, source: firstSource),
            second: .init(name: pb.cityName, country: pb.country, source: secondSource),
            score: score.total, scoreLines: explain(score, city: pa.cityName, candidate: pb.cityName, facts: a),
            sharedAreas: shared,
            complements: complements(from: a, pa.cityName, to: b, pb.cityName)
                + complements(from: b, pb.cityName, to: a, pa.cityName),
            sharedChallenges: sharedChallenges(a, pa.cityName, b, pb.cityName),
            existingLinks: links(pa, pb) + links(pb, pa),
            firstAgreement: firstAgreement(a, b, pa, pb, shared),
            firstActivities: firstActivities(strongest, a, pa.cityName, pb.cityName),
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

    private func links(_ from: MatchProfile, _ to: MatchProfile) -> [String] {
        from.mentions(of: to).map { text in
            text == from.partnerName
                ? "\(from.cityName) names \(to.cityName) as its partner city."
                : "\(from.cityName)'s existing links mention \(to.cityName): \"\(text)\"."
        }
    }

    private func firstAgreement(
        _ a: PlanFacts, _ b: PlanFacts, _ pa: MatchProfile, _ pb: MatchProfile, _ shared: [String]
    ) -> Reason {
        let partners = pa.partnerName.map { pa.mentions(of: pb).contains($0) } == true
        if partners {
            let advice = AgreementAdvisor.ladder(a)
            return Reason(
                "\(pa.cityName) and \(pb.cityName) are already partners; the next step is: \(advice.headline).",
                source: advice.next?.source ?? "§3", answers: a.stageAnswers)
        }
        let named = shared.isEmpty ? "" : ", naming \(a.areaList(Array(shared.prefix(3))))"
        return Reason(
            "Start with a Memorandum of Understanding or friendship agreement\(named), and follow it within a year "
                + "with a first concrete project; an MoU alone does not make things happen.",
            source: "§1.3.1; §3")
    }

    private func firstActivities(_ area: String?, _ facts: PlanFacts, _ first: String, _ second: String)
        -> [MatchProposal.Activity]
    {
        var result = [
            MatchProposal.Activity(
                title: "People-to-people exchange",
                description: "Visits between schools, cultural groups, students or young professionals of \(first) and "
                    + "\(second), to build the personal trust the rest rests on.",
                source: "§1.2.1")
        ]
        if let area {
            let label = facts.areaLabel(area)
            result.append(
                .init(
                    title: "Business delegation on \(label)",
                    description: "A delegation of companies and business groups focused on \(label), the strongest "
                        + "interest the two share.",
                    source: "§1.2.2"))
        }
        return result
    }
}

extension SwocTheme {
    /// A short name for lists of shared challenges.
    public var title: String {
        switch self {
        case .language: "language and culture"
        case .staffTurnover: "staff turnover"
        case .funding: "funding"
        case .experience: "lack of experience"
        case .publicity: "visibility"
        }
    }
}
