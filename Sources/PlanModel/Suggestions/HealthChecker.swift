/// Scores the five characteristics (report §I, §3) from the answers: each
/// signal the report links to a characteristic earns a point, up to three.
public struct HealthChecker: Sendable {
    public init() {}

    public func check(_ facts: PlanFacts) -> HealthCheck {
        let scores = Characteristic.allCases.map { score($0, facts) }
        let weakest = scores.min { $0.score < $1.score }!.characteristic
        return HealthCheck(scores: scores, weakest: weakest)
    }

    private func score(_ characteristic: Characteristic, _ facts: PlanFacts) -> HealthCheck.Score {
        var evidence: [Reason] = []
        var gaps: [String] = []
        func signal(_ holds: Bool, _ text: String, _ source: String, _ answers: [String], gap: String) {
            if holds { evidence.append(Reason(text, source: source, answers: answers)) } else { gaps.append(gap) }
        }
        switch characteristic {
        case .humanFactors:
            let links = facts.texts("existing-links").count + facts.texts("existing-link-types").count
            signal(
                links > 0, "People and organisations in the city already know the partner city.", "§1.2",
                ["existing-links", "existing-link-types"].filter(facts.isAnswered),
                gap: "Find the people, companies and universities that already know the partner city (§1.2)")
            signal(
                facts.text("people-exchange-plan") != nil, "A people-to-people exchange is planned.", "§1.2.1",
                ["people-exchange-plan"], gap: "Plan a first people-to-people exchange (§1.2.1)")
            let staff = max(facts.number("international-staff") ?? 0, facts.number("management-staff") ?? 0)
            let presence = ["dedicated-staff-in-partner-city", "liaison-office-in-partner-city"]
                .contains(facts.text("management-entity") ?? "")
            signal(
                staff >= 1 || presence,
                presence
                    ? "Staff work on the partnership in the partner city."
                    : "Named staff look after international relations.", "§2.3.1; Table 3",
                ["international-staff", "management-staff", "management-entity"].filter(facts.isAnswered),
                gap: "Give the partnership at least one named person who stays with it (§2.3.1)")
        case .mutualInterests:
            signal(
                facts.hasPartner && !facts.sharedAreas.isEmpty,
                "Shared cooperation areas are identified: \(facts.areaList(facts.sharedAreas)).", "§1.3.2",
                ["shared-areas"], gap: "Identify the cooperation areas both cities care about (§1.3.2)")
            signal(
                facts.rankedAreas.count >= 2, "Several cooperation areas are in play at once.", "§I; §3",
                facts.swocAnswerIDs + ["shared-areas"].filter(facts.isAnswered),
                gap: "Tag SWOC entries with cooperation areas to find more than one shared interest (§I)")
            signal(
                facts.concreteProject || facts.text("business-interest") != nil,
                facts.concreteProject
                    ? "A concrete joint project is identified."
                    : "A specific business interest is chosen for a first delegation.", "§1.2.2; §2.3.3",
                ["concrete-project", "business-interest"].filter(facts.isAnswered),
                gap: "Choose one specific shared interest for a business delegation (§1.2.2)")
        case .support:
            signal(
                facts.flag("political-support") == true, "The mayor or a higher level of government backs it.",
                "§2.2.2; §3", ["political-support"], gap: "Win the mayor's backing (§2.2.2)")
            signal(
                !facts.texts("bridging-organisations").isEmpty, "Bridging organisations are involved.", "§2.2.3",
                ["bridging-organisations"],
                gap: "Involve a bridging organisation: an embassy, a chamber of commerce (§2.2.3)")
            let sources = facts.texts("funding-sources").count
            signal(
                sources >= 2 || facts.isWellFunded,
                sources >= 2
                    ? "Funding comes from more than one source." : "The resources are described as well funded.",
                "§2.3.2",
                ["funding-sources", "resource-level"].filter(facts.isAnswered),
                gap: "Find a second source of funding (§2.3.2)")
        case .publicity:
            let channels = facts.texts("publicity-channels")
            signal(
                !channels.isEmpty, "Results are made known through chosen channels.", "§I (Publicity); §2.2.5",
                ["publicity-channels"], gap: "Choose where results will be published (§I, Publicity)")
            signal(
                channels.contains("events-for-citizens") || channels.contains("partner-city-media"),
                "Citizens are reached directly, not only through official news.", "§I (Publicity)",
                ["publicity-channels"],
                gap: "Hold events citizens can join, so visits are not seen as junkets (§I, Publicity)")
            signal(
                !facts.texts("monitoring-indicators").isEmpty, "Indicators give results to report.", "§1.4",
                ["monitoring-indicators"], gap: "Agree indicators that show citizens what changed (§1.4)")
        case .management:
            let entity = facts.text("management-entity")
            signal(
                entity != nil && entity != "no-dedicated-entity", "Someone is in charge of managing the partnership.",
                "§2.1", ["management-entity"], gap: "Decide who manages the partnership day to day (§2.1)")
            signal(
                facts.flag("partnership-database") == true, "A record of contacts and activities is kept.",
                "§1.4; §2.3.2", ["partnership-database"], gap: "Keep a record of contacts and activities (§2.3.2)")
            signal(
                facts.resourceLevel != nil && !facts.isLean, "There is a budget beyond bare upkeep.", "§2.3.2",
                ["resource-level"], gap: "Secure a budget for more than upkeep (§2.3.2)")
        }
        return HealthCheck.Score(
            characteristic: characteristic, score: min(evidence.count, HealthCheck.maximumScore), evidence: evidence,
            gaps: gaps)
    }
}
