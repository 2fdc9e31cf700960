/// Builds the five-year plan (report §2.2, §2.3.4, after Nottingham and
/// Ningbo's plan) from the answers: the agreement milestone, the first
/// exchanges, activities in the city's strongest areas, answers to its
/// weaknesses and challenges, what its resources allow, anniversaries, and
/// the management and publicity that keep it going. Every activity says why
/// it is there; nothing is added that the answers do not support.
public struct FiveYearPlanner: Sendable {
    public static let years = 5
    /// At most this many cooperation areas get their own activity.
    public static let areaActivities = 3

    public init() {}

    public func plan(
        _ facts: PlanFacts, agreement: AgreementRecommendation, health: HealthCheck
    ) -> [PlanActivity] {
        var plan = PlanBuilder(facts: facts)
        addFirstContacts(&plan, facts)
        addAgreementMilestone(&plan, facts, agreement)
        addThemeResponses(&plan, facts)
        addAreaActivities(&plan, facts)
        addResourceActivities(&plan, facts)
        addAnniversaries(&plan, facts)
        addRevival(&plan, facts)
        addManagement(&plan, facts)
        addWeakestCharacteristic(&plan, facts, health.weakest)
        return plan.sorted()
    }

    // MARK: The agreement ladder

    private func addAgreementMilestone(
        _ plan: inout PlanBuilder, _ facts: PlanFacts, _ agreement: AgreementRecommendation
    ) {
        guard let next = agreement.next else {
            plan.add(
                1, .government, "Deliver and monitor the contracted project",
                "Joint supervision of the project under its contract, with regular progress meetings.",
                lead: "government", cost: .medium, indicator: "Milestones of the contract met on time",
                characteristic: .management, source: "§2.3.3",
                reason: "The partnership has reached a Project Contract.")
            return
        }
        let ready: Bool
        switch next {
        case .memorandum: ready = facts.hasPartner
        case .letterOfIntent: ready = !facts.sharedAreas.isEmpty
        case .projectAgreement: ready = facts.concreteProject
        case .projectContract: ready = facts.fundingAgreed && facts.responsibilitiesAgreed
        case .noAgreement: ready = true
        }
        // Without a partner, finding one (added above) is the preparation.
        if !ready, facts.hasPartner, let first = agreement.prerequisites.first {
            plan.add(
                1, .government, "Prepare the \(next.name)", first + ".", lead: "government", cost: .low,
                indicator: "Prerequisites for the \(next.name) agreed with the partner",
                characteristic: .mutualInterests, source: next.source,
                reason: "The \(next.name) needs this first.")
        }
        let partner = facts.hasPartner ? facts.partnerName : "the partner city"
        let naming =
            agreement.areas.isEmpty || next != .letterOfIntent ? "" : ", naming \(facts.areaList(agreement.areas))"
        plan.add(
            ready ? 1 : 2, .government, "Sign the \(next.name)",
            "The city and \(partner) sign the \(next.name)\(naming).", lead: "government",
            cost: .low, indicator: "\(next.name) signed",
            characteristic: next == .memorandum ? .support : .mutualInterests, source: next.source,
            reason: agreement.reasons.last?.text ?? "The next rung of the agreement ladder.",
            basis: agreement.reasons.flatMap(\.answers))
    }

    // MARK: First contacts (§1.2)

    private func addFirstContacts(_ plan: inout PlanBuilder, _ facts: PlanFacts) {
        var start = 1
        if !facts.hasPartner {
            let channels = facts.texts("matchmaking-channels").map {
                facts.label($0, vocabulary: "matchmaking-channels")
            }
            let via =
                channels.isEmpty
                ? "EUROCITIES, CCUD or URBAN-EU-CHINA" : "the chosen channels (\(PlanFacts.labelList(channels)))"
            plan.add(
                1, .government, "Find a partner city",
                "Check existing links first (people, companies, universities), then use \(via) and a themed "
                    + "match-making event.",
                lead: "government", cost: .low, indicator: "A partner city identified and a first meeting held",
                characteristic: .humanFactors, source: "§1.2",
                reason: "No partner city is recorded yet.", basis: ["has-partner", "matchmaking-channels"])
            start = 2
        }
        let exchange = facts.text("people-exchange-plan")
        let established = facts.stage >= .memorandum || facts.agreementYear != nil
        plan.add(
            start, .culture, established ? "People-to-people exchange" : "First people-to-people exchange",
            exchange ?? "Visits between schools, cultural groups or young professionals of the two cities.",
            lead: "civil-society", cost: .low, indicator: "People taking part, and contacts still active a year later",
            characteristic: .humanFactors, source: "§1.2.1",
            reason: exchange == nil
                ? "Person-to-person contact is the quickest way to show the partnership's worth."
                : "The team planned this exchange.",
            answers: [], basis: ["people-exchange-plan", "partner-stage", "partner-year"])
        let area = facts.text("business-interest") ?? facts.rankedAreas.first
        if let area {
            let label = facts.areaLabel(area)
            plan.add(
                start, .business, "Business delegation on \(label)",
                facts.text("business-delegation-plan")
                    ?? "A delegation of companies focused on \(label), the clearest shared interest.",
                lead: "industry", cost: facts.isLean ? .low : .medium,
                indicator: "Companies taking part; follow-up meetings or deals",
                characteristic: .mutualInterests, source: "§1.2.2",
                reason: "\(label) is the strongest shared interest in the answers.",
                answers: facts.references(taggedWith: area, in: [.strengths, .opportunities]),
                basis: ["business-interest", "business-delegation-plan", "shared-areas"])
        }
    }

    // MARK: Weaknesses and challenges

    private func addThemeResponses(_ plan: inout PlanBuilder, _ facts: PlanFacts) {
        for theme in SwocTheme.allCases {
            let references = theme.references(in: facts)
            guard !references.isEmpty else { continue }
            let cited = references.map(\.code).joined(separator: ", ")
            switch theme {
            case .language:
                plan.add(
                    1, .management, "Language and culture briefings; name bridge persons",
                    "Short briefings for everyone who deals with the partner, and people who know both cultures "
                        + "(diaspora, students, returning staff) named as bridges.",
                    lead: "academia", cost: .low, indicator: "Team members briefed; bridge persons named on both sides",
                    characteristic: .humanFactors, source: "§2.3.1; Case studies 25, 26 and 27 (student ambassadors)",
                    reason: "Language or culture is named as an obstacle (\(cited)).", answers: references)
            case .staffTurnover:
                plan.add(
                    1, .management, "Keep the partnership's memory",
                    "A shared record of contacts and agreements, and two named contacts on each side, so a "
                        + "departure does not break the relationship.",
                    lead: "government", cost: .low,
                    indicator: "Record kept up to date; hand-over notes for each departure",
                    characteristic: .management, source: "§2.3.1; §2.3.2",
                    reason: "Staff changes threaten continuity (\(cited)).", answers: references)
            case .funding:
                let used = Set(facts.texts("funding-sources"))
                let options = [
                    "city-council", "partner-city-support", "event-income", "external-stakeholders",
                    "national-public-funds", "eu-funds",
                ].filter { !used.contains($0) }
                    .map { facts.label($0, vocabulary: "funding-sources") }
                let tail = options.isEmpty ? "" : " Sources not used yet: \(PlanFacts.labelList(options))."
                plan.add(
                    1, .management, "A funding plan for the five years",
                    "Match each planned activity to a funding source and apply early." + tail,
                    lead: "government", cost: .low, indicator: "Share of the plan's activities with funding secured",
                    characteristic: .support, source: "§2.3.2",
                    reason: "Money is named as a constraint (\(cited)).", answers: references,
                    basis: ["funding-sources"])
            case .experience:
                plan.add(
                    1, .government, "Build experience of working with the partner country",
                    "Briefings by people who already work with it (firms, universities, a city with a long "
                        + "partnership, met through EUROCITIES or a match-making event), and a guided first visit "
                        + "for newcomers.",
                    lead: "government", cost: .low, indicator: "Briefings held; newcomers on a first visit",
                    characteristic: .support, source: "§1.2; §3",
                    reason: "Lack of experience is named (\(cited)).", answers: references)
            case .publicity:
                plan.add(
                    1, .management, "Show citizens what the partnership brings",
                    "Publish the results of each exchange for citizens, not only news of official visits.",
                    lead: "civil-society", cost: .low, indicator: "Results published after each activity",
                    characteristic: .publicity, source: "§I (Publicity)",
                    reason: "Visibility is named as a problem (\(cited)).", answers: references)
            }
        }
    }

    // MARK: Cooperation areas

    private func addAreaActivities(_ plan: inout PlanBuilder, _ facts: PlanFacts) {
        let areas = facts.rankedAreas.prefix(Self.areaActivities)
        for (offset, area) in areas.enumerated() {
            let label = facts.areaLabel(area)
            let stream = ActivityStream.forArea(area)
            let references = facts.references(taggedWith: area, in: SwocQuadrant.allCases)
            let why =
                facts.sharedAreas.contains(area)
                ? "\(label) is a shared cooperation area."
                : "\(label) comes up in the SWOC (\(references.map(\.code).joined(separator: ", ")))."
            let lean = facts.isLean ? " Kept small: online meetings, or events held alongside existing visits." : ""
            let cost: CostLevel = facts.isLean ? .low : .medium
            let year = 2 + offset
            switch stream {
            case .education:
                plan.add(
                    year, .education, "Student and researcher exchanges in \(label)",
                    "Exchanges that can grow into a joint programme, as Belfast and Shenyang's joint college did."
                        + lean,
                    lead: "academia", cost: cost,
                    indicator: "Students and researchers exchanged; joint courses or papers",
                    characteristic: .mutualInterests, source: "§2.2.5; Case study 24", reason: why, answers: references,
                    basis: ["shared-areas"])
            case .culture:
                plan.add(
                    year, .culture, "Co-organised event on \(label)",
                    "A week, festival or exhibition held in both cities, like Bonn and Chengdu's Beethoven week."
                        + lean,
                    lead: "civil-society", cost: cost,
                    indicator: "Visitors in both cities; coverage in both cities' media",
                    characteristic: .publicity, source: "§2.2.1; §2.2.2; Case studies 14 and 17", reason: why,
                    answers: references, basis: ["shared-areas"])
            case .business:
                plan.add(
                    year, .business, "Trade mission or joint expo on \(label)",
                    "Companies and business groups of both cities meet around \(label), as at the Nordic Edge expos."
                        + lean,
                    lead: "industry", cost: cost, indicator: "Companies taking part; agreements or orders signed",
                    characteristic: .mutualInterests, source: "§2.2.2; Case studies 15, 16 and 19", reason: why,
                    answers: references, basis: ["shared-areas"])
            case .government, .management:
                plan.add(
                    year, .government, "Policy exchange and joint pilot on \(label)",
                    "Officials compare approaches and agree one small joint pilot." + lean,
                    lead: "government", cost: cost, indicator: "Officials exchanged; a joint pilot agreed",
                    characteristic: .mutualInterests, source: "§2.2.2; §2.2.4", reason: why, answers: references,
                    basis: ["shared-areas"])
            }
        }
    }

    // MARK: Resources (§2.2.6, §2.3.4, Case studies 8 and 9)

    private func addResourceActivities(_ plan: inout PlanBuilder, _ facts: PlanFacts) {
        guard facts.hasPartner else { return }
        if facts.isLean {
            for year in 1...Self.years {
                plan.add(
                    year, .culture, "Low-cost upkeep",
                    "Greetings at festivals and new year, a book donation or a small online event: enough to keep "
                        + "the line open.",
                    lead: "government", cost: .low, indicator: "Contact with the partner at least every quarter",
                    characteristic: .humanFactors, source: "§2.2.6",
                    reason:
                        "Resources are lean; the report suggests simple gestures to keep the relationship alive.",
                    basis: ["resource-level"])
            }
            return
        }
        let educationTies = facts.hasEducationPartner
        if facts.isWellFunded || (facts.resourceLevel == "moderate" && educationTies) {
            for year in 1...Self.years {
                plan.add(
                    year, .government, "Junior-official training programme",
                    "Two groups of junior officials from the partner city spend three months learning how the city "
                        + "administration works, and the other way round where possible.",
                    lead: "government", cost: .medium,
                    indicator: "Officials trained each year; contacts kept afterwards",
                    characteristic: .humanFactors, source: "§2.3.4; Nottingham–Ningbo five-year plan",
                    reason: facts.isWellFunded
                        ? "The budget allows a yearly programme like Nottingham and Ningbo's."
                        : "Education ties make a training programme like Nottingham and Ningbo's easy to host.",
                    basis: ["resource-level", "existing-link-types", "shared-areas"])
            }
        }
        let presence: Set<String> = ["dedicated-staff-in-partner-city", "liaison-office-in-partner-city"]
        let hasPresence =
            facts.text("management-entity").map(presence.contains) == true
            || facts.texts("bridging-organisations").contains("office-in-partner-city")
        if facts.isWellFunded && !hasPresence {
            plan.add(
                2, .management, "Staff or a liaison office in the partner city",
                "A person or small office in \(facts.partnerName) who knows both sides and keeps projects moving.",
                lead: "government", cost: .high, indicator: "Office or staff in place; requests handled within a week",
                characteristic: .management, source: "§2.1; Case studies 8 and 9",
                reason:
                    "The budget allows a presence in the partner city, which the report says greatly eases cooperation.",
                basis: ["resource-level", "management-entity"])
        }
        if educationTies && !plan.has(stream: .education) {
            plan.add(
                2, .education, "Student and researcher exchanges",
                "Exchanges between the two cities' universities and colleges, with a joint course as the aim.",
                lead: "academia", cost: .medium, indicator: "Students and researchers exchanged each year",
                characteristic: .humanFactors, source: "§2.2.5; Case studies 24 and 25",
                reason: "The city has education ties with the partner.", basis: ["existing-link-types", "shared-areas"])
        }
        for year in [2, 4] {
            plan.add(
                year, .government, "Delegation exchange between the city governments",
                "A visit by a delegation led by the mayor or a deputy, with a programme in one shared area.",
                lead: "government", cost: .medium, indicator: "Visit held; decisions followed up within three months",
                characteristic: .support, source: "§2.2.1; §2.2.2",
                reason: "Regular exchanges of officials keep trust and open new opportunities.",
                basis: ["resource-level"])
        }
    }

    // MARK: Anniversaries (§2.2.1)

    private func addAnniversaries(_ plan: inout PlanBuilder, _ facts: PlanFacts) {
        var reviewedEarly = false
        if let formalised = facts.agreementYear {
            for planYear in 1...Self.years {
                let year = facts.planStartYear + planYear - 1
                let age = year - formalised
                guard age > 0, age % 5 == 0 else { continue }
                reviewedEarly = reviewedEarly || planYear <= 2
                plan.add(
                    planYear, .government, "\(age)th anniversary: review and refresh the partnership",
                    "A joint review of what the partnership achieved and which priority areas to pursue next, and an "
                        + "event citizens of both cities can join.",
                    lead: "government", cost: facts.isLean ? .low : .medium,
                    indicator: "Review published; refreshed priority areas agreed",
                    characteristic: .humanFactors, source: "§2.2.1; Case studies 13 and 14",
                    reason: "The partnership was formalised in \(formalised); anniversaries are the moment to review "
                        + "and refresh, as Manchester and Wuhan did at 30 years."
                        + (facts.isDormant ? " It is dormant now, so the review is the way to revive it." : ""),
                    basis: ["partner-year", "mou-year", "partner-status"])
            }
        }
        // A dormant partnership should not wait years for its next anniversary;
        // a revived one has just had its review.
        if facts.isDormant && !reviewedEarly && !facts.isRevived {
            plan.add(
                1, .government, "Review and revive the partnership",
                "Run the SWOC again with the partner city and agree refreshed priority areas.",
                lead: "government", cost: .low, indicator: "Joint SWOC held; refreshed priority areas agreed",
                characteristic: .humanFactors, source: "§1.1; Case study 13",
                reason: "The partnership is dormant; a new SWOC is how many cities revived theirs.",
                basis: ["partner-status"])
        }
    }

    // MARK: Revival (§1.1, §2.2.3, §2.2.6)

    private func addRevival(_ plan: inout PlanBuilder, _ facts: PlanFacts) {
        guard facts.isRevived, facts.hasPartner else { return }
        let chosen = facts.texts("bridging-organisations").map { facts.label($0, vocabulary: "bridging-organisations") }
        let via =
            chosen.isEmpty
            ? "an embassy or consulate, a chamber of commerce, the China-Europa Forum or EUROCITIES"
            : "the organisations chosen in step 2 (\(PlanFacts.labelList(chosen)))"
        plan.add(
            1, .government, "Rebuild contacts through bridging organisations",
            "Ask \(via) to reintroduce the right people on both sides, since contacts fade while a partnership is quiet.",
            lead: "government", cost: .low, indicator: "Named contacts on both sides confirmed; a first meeting held",
            characteristic: .support, source: "§2.2.3; §3",
            reason: "The partnership is being revived; bridging organisations can rebuild contacts quickly.",
            basis: ["bridging-organisations"])
        if facts.wasDormant && !facts.isLean {
            plan.add(
                1, .culture, "Low-cost upkeep while activity restarts",
                "Greetings at festivals, a book donation or a small online event, so the partner hears from the city "
                    + "while bigger activities are prepared.",
                lead: "government", cost: .low, indicator: "Contact with the partner at least every quarter",
                characteristic: .humanFactors, source: "§2.2.6",
                reason: "The partnership was dormant; small regular gestures show it is alive again.",
                basis: ["partner-status"])
        }
    }

    // MARK: Management and publicity

    private func addManagement(_ plan: inout PlanBuilder, _ facts: PlanFacts) {
        // The answer to staff turnover already includes keeping this record.
        if facts.flag("partnership-database") != true && SwocTheme.staffTurnover.references(in: facts).isEmpty {
            plan.add(
                1, .management, "Keep a record of the partnership",
                "One shared record of contacts, agreements, visits and results.",
                lead: "government", cost: .low, indicator: "Record in use and updated after each activity",
                characteristic: .management, source: "§1.4; §2.3.2",
                reason: "No record of contacts and activities is kept yet.", basis: ["partnership-database"])
        }
        if facts.texts("monitoring-indicators").isEmpty {
            plan.add(
                1, .management, "Agree indicators with the partner",
                "A handful of measurable indicators both cities report on each year.",
                lead: "government", cost: .low, indicator: "Indicators agreed and reported yearly",
                characteristic: .management, source: "§1.4",
                reason: "No monitoring indicators are recorded yet.", basis: ["monitoring-indicators"])
        }
        let channels = facts.texts("publicity-channels").map { facts.label($0, vocabulary: "publicity-channels") }
        // "Show citizens what the partnership brings" covers this when visibility is a named problem.
        if facts.hasPartner && SwocTheme.publicity.references(in: facts).isEmpty {
            plan.add(
                1, .management, "Yearly public report on results",
                "What the partnership brought citizens this year"
                    + (channels.isEmpty
                        ? "." : ", published through the chosen channels (\(PlanFacts.labelList(channels))).")
                    + " Benefits, not only visits.",
                lead: "government", cost: .low, indicator: "Report published each year",
                characteristic: .publicity, source: "§I (Publicity); §3",
                reason: "Publicity is one of the five characteristics of successful partnerships.",
                basis: ["publicity-channels"].filter(facts.isAnswered))
        }
        plan.add(
            Self.years, .management, "Evaluate and draw up the next five-year plan",
            "Measure the plan against its indicators and agree the next plan with the partner city.",
            lead: "government", cost: .low, indicator: "Evaluation published; next plan agreed",
            characteristic: .management, source: "§2.3.4",
            reason: "Nottingham drew up its second five-year plan after the first.", basis: ["plan-start-year"])
    }

    /// Activities that already strengthen the weakest characteristic say so;
    /// when there are none, one aimed at it is added.
    private func addWeakestCharacteristic(_ plan: inout PlanBuilder, _ facts: PlanFacts, _ weakest: Characteristic) {
        let note = "It strengthens \(weakest.title.lowercased()), the weakest of the five characteristics."
        if plan.annotate(characteristic: weakest, with: note) { return }
        let why = "\(weakest.title) is the weakest of the five characteristics in the health check."
        switch weakest {
        case .humanFactors:
            plan.add(
                1, .culture, "Name champions on both sides",
                "One enthusiastic person on each side who owns the relationship and meets the other regularly.",
                lead: "government", cost: .low, indicator: "Champions named; at least two meetings a year",
                characteristic: .humanFactors, source: "§2.3.1; Case studies 25 and 26", reason: why)
        case .mutualInterests:
            plan.add(
                1, .government, "Joint study of shared priorities",
                "A short joint study of the sectors where the two cities can gain most from each other.",
                lead: "academia", cost: .medium, indicator: "Study published; priority areas agreed",
                characteristic: .mutualInterests, source: "§3; Case study 13", reason: why)
        case .support:
            plan.add(
                1, .government, "Win political backing and join a wider initiative",
                "Brief the mayor, and join a national or EU–China initiative or delegation that can carry the "
                    + "partnership.",
                lead: "government", cost: .low,
                indicator: "Mayoral backing stated; one initiative or delegation joined",
                characteristic: .support, source: "§2.2.2; §2.2.3; §2.2.4", reason: why)
        case .publicity:
            plan.add(
                1, .management, "Make the benefits visible to citizens",
                "Choose channels, and hold one event citizens of both cities can join.",
                lead: "civil-society", cost: .low, indicator: "Channels chosen; one public event held",
                characteristic: .publicity, source: "§I (Publicity); §2.2.5", reason: why)
        case .management:
            plan.add(
                1, .management, "Give the partnership a manager",
                "Decide which office manages the partnership day to day, with a named person and a record.",
                lead: "government", cost: .low, indicator: "Manager named; record in use",
                characteristic: .management, source: "§2.1; §2.3", reason: why)
        }
    }
}

/// Collects activities, dropping repeats, and orders them by year and stream.
struct PlanBuilder {
    let facts: PlanFacts
    private var activities: [PlanActivity] = []

    init(facts: PlanFacts) {
        self.facts = facts
    }

    mutating func add(
        _ planYear: Int, _ stream: ActivityStream, _ title: String, _ description: String, lead: String,
        cost: CostLevel, indicator: String, characteristic: Characteristic, source: String, reason: String,
        answers: [SwocReference] = [], basis: [String] = []
    ) {
        guard !activities.contains(where: { $0.title == title && $0.planYear == planYear }) else { return }
        activities.append(
            PlanActivity(
                year: facts.planStartYear + planYear - 1, planYear: planYear, stream: stream, title: title,
                description: description, lead: lead, cost: cost, indicator: indicator, answers: answers.sorted(),
                characteristic: characteristic, source: source, reason: reason,
                basis: basis.reduce(into: []) { unique, id in
                    if facts.isAnswered(id) && !unique.contains(id) { unique.append(id) }
                }))
    }

    /// Adds `note` to the reason of every activity aimed at `characteristic`;
    /// false when there is none.
    mutating func annotate(characteristic: Characteristic, with note: String) -> Bool {
        var found = false
        for index in activities.indices where activities[index].characteristic == characteristic {
            activities[index].reason += " " + note
            found = true
        }
        return found
    }

    func has(stream: ActivityStream) -> Bool {
        activities.contains { $0.stream == stream }
    }

    func sorted() -> [PlanActivity] {
        let streams = ActivityStream.allCases
        return activities.enumerated().sorted { left, right in
            let a = left.element
            let b = right.element
            if a.planYear != b.planYear { return a.planYear < b.planYear }
            let sa = streams.firstIndex(of: a.stream)!
            let sb = streams.firstIndex(of: b.stream)!
            return sa != sb ? sa < sb : left.offset < right.offset
        }.map(\.element)
    }
}
