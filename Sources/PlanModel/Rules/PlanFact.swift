/// What the rules may ask that takes more than reading one answer: each fact
/// is a named unit whose doc comment states the rule, worked out in Swift
/// because it is arithmetic, ranking or the order of the agreement ladder.
/// Rule files use them as `{fact: NAME}` (a yes) or with `equals`, `in`,
/// `includes`, `at-least`, `below`; `rules/README.md` lists them all.
public enum PlanFact: String, Sendable, CaseIterable {
    /// A partner city is named, or the team said it has one.
    case hasPartner = "has-partner"
    /// The rung of the agreement ladder reached (`no-agreement`, `mou`,
    /// `letter-of-intent`, `project-agreement`, `project-contract`): the stage
    /// stated or the highest agreement signed, whichever is higher. Compared
    /// with `at-least` and `below` in the ladder's order.
    case stage
    /// The next rung the ladder advice aims for (same ids; `none` at the top).
    case nextAgreement = "next-agreement"
    /// Years from the first agreement (or the partnership's start) to the
    /// year before the plan starts.
    case firstAgreementAge = "first-agreement-age"
    /// The resources answer is "lean" / "moderate" / "well-funded".
    case lean
    case moderateResources = "moderate-resources"
    case wellFunded = "well-funded"
    /// The partnership is dormant now.
    case dormant
    /// It is dormant now or was in the previous SWOC round.
    case wasDormant = "was-dormant"
    /// This session has an earlier SWOC round: the partnership is being revived or reviewed.
    case revived
    /// A concrete joint project is identified.
    case concreteProject = "concrete-project"
    case fundingAgreed = "project-funding-agreed"
    case responsibilitiesAgreed = "project-responsibilities-agreed"
    /// Universities among the existing links, or education among the city's areas.
    case educationTies = "education-ties"
    /// Staff or a liaison office of the city already work in the partner city.
    case presenceInPartnerCity = "presence-in-partner-city"
    /// People already go back and forth: schools, cultural groups or earlier
    /// visits among the links, or an active partnership of two years or more.
    case exchangesRunning = "exchanges-running"
    /// The obstacle kinds the team's weaknesses and challenges are tagged with.
    case obstacles
    /// The streams of the city's three strongest cooperation areas.
    case areaStreams = "area-streams"
    /// The stream of the area at hand (in `for-each: ranked-areas`).
    case areaStream = "area-stream"
    /// A weakness or challenge on the area at hand, tagged as a missing helix
    /// group, speaks of companies: no industry-led activity belongs there yet.
    case areaLacksIndustry = "area-lacks-industry"
    /// The weakest of the five characteristics, when one is weaker than another.
    case weakest
    /// The rung after the next one, when the answers already support it (`none` otherwise).
    case thenAgreement = "then-agreement"
    /// What the next agreement needs is in place: a partner for an MoU,
    /// shared areas for a Letter of Intent, a concrete project for a Project
    /// Agreement, agreed funding and responsibilities for a Project Contract.
    case nextAgreementReady = "next-agreement-ready"
    /// The cooperation areas the answers point at, strongest first (shared
    /// areas, the business interest, then the areas opportunities and
    /// strengths are tagged with).
    case rankedAreas = "ranked-areas"
    /// How many cooperation areas the answers point at.
    case areaCount = "area-count"
    /// People working on international relations or the partnership (the larger count given).
    case staff
    /// How many funding sources are named.
    case fundingSourceCount = "funding-source-count"
    /// An anniversary (5, 10, 15 … years) falls in the plan's first two years.
    case anniversarySoon = "anniversary-soon"

    /// The questions this fact reads, for the load check and the answers behind a rule.
    public var questions: [String] {
        switch self {
        case .hasPartner: ["has-partner", "partner-name"]
        case .stage: ["partner-stage", "signed-agreements"]
        case .nextAgreement: ["partner-stage", "signed-agreements", "shared-areas", "concrete-project"]
        case .firstAgreementAge: ["mou-year", "partner-year", "plan-start-year"]
        case .lean, .moderateResources, .wellFunded: ["resource-level"]
        case .dormant, .wasDormant: ["partner-status"]
        case .revived: []
        case .concreteProject: ["concrete-project"]
        case .fundingAgreed: ["project-funding-agreed"]
        case .responsibilitiesAgreed: ["project-responsibilities-agreed"]
        case .educationTies: ["existing-link-types", "shared-areas", "business-interest", "strengths", "opportunities"]
        case .presenceInPartnerCity: ["management-entity", "bridging-organisations"]
        case .exchangesRunning:
            [
                "has-partner", "partner-name", "existing-link-types", "partner-status", "partner-year", "mou-year",
                "plan-start-year",
            ]
        case .obstacles: ["weaknesses", "challenges"]
        case .areaStreams, .areaStream: ["shared-areas", "business-interest", "strengths", "opportunities"]
        case .areaLacksIndustry: ["weaknesses"]
        case .weakest: []
        case .thenAgreement, .nextAgreementReady:
            [
                "partner-stage", "signed-agreements", "shared-areas", "concrete-project", "project-funding-agreed",
                "project-responsibilities-agreed",
            ]
        case .rankedAreas, .areaCount: ["shared-areas", "business-interest", "strengths", "opportunities"]
        case .staff: ["international-staff", "management-staff"]
        case .fundingSourceCount: ["funding-sources"]
        case .anniversarySoon: ["mou-year", "partner-year", "plan-start-year"]
        }
    }

    func value(in context: RuleContext) -> FactValue {
        let facts = context.facts
        switch self {
        case .hasPartner: return .flag(facts.hasPartner)
        case .stage: return .text(facts.stage.id)
        case .nextAgreement:
            guard let agreement = context.agreement else { return .unknown }
            return .text(agreement.next?.id ?? "none")
        case .firstAgreementAge:
            guard let signed = facts.agreementYear else { return .unknown }
            return .number(facts.referenceYear - signed)
        case .lean: return .flag(facts.isLean)
        case .moderateResources: return .flag(facts.resourceLevel == "moderate")
        case .wellFunded: return .flag(facts.isWellFunded)
        case .dormant: return .flag(facts.isDormant)
        case .wasDormant: return .flag(facts.wasDormant)
        case .revived: return .flag(facts.isRevived)
        case .concreteProject: return .flag(facts.concreteProject)
        case .fundingAgreed: return .flag(facts.fundingAgreed)
        case .responsibilitiesAgreed: return .flag(facts.responsibilitiesAgreed)
        case .educationTies: return .flag(facts.hasEducationPartner)
        case .presenceInPartnerCity: return .flag(facts.hasPresenceInPartnerCity)
        case .exchangesRunning: return .flag(facts.exchangesRunning)
        case .obstacles: return .texts(context.obstacleKinds)
        case .areaStreams:
            return .texts(
                facts.rankedAreas.prefix(FiveYearPlanner.areaActivities).map { context.stream(of: $0).rawValue })
        case .areaStream:
            guard let area = context.area else { return .unknown }
            return .text(context.stream(of: area).rawValue)
        case .areaLacksIndustry:
            guard let area = context.area else { return .unknown }
            let tagged = Set(facts.references(taggedWith: area, in: [.weaknesses, .challenges]))
            return .flag(
                context.references(to: "missing-helix").contains {
                    tagged.contains($0) && PlanFacts.mentionsIndustry(facts.entry($0)?.text ?? "")
                })
        case .weakest:
            guard let health = context.health, !health.isLevel else { return .unknown }
            return .text(health.weakest.rawValue)
        case .thenAgreement:
            guard let agreement = context.agreement else { return .unknown }
            return .text(agreement.then?.id ?? "none")
        case .nextAgreementReady:
            guard let next = context.agreement?.next else { return .flag(false) }
            switch next {
            case .noAgreement, .memorandum: return .flag(facts.hasPartner)
            case .letterOfIntent: return .flag(!facts.sharedAreas.isEmpty)
            case .projectAgreement: return .flag(facts.concreteProject)
            case .projectContract: return .flag(facts.fundingAgreed && facts.responsibilitiesAgreed)
            }
        case .rankedAreas: return .texts(facts.rankedAreas)
        case .areaCount: return .number(facts.rankedAreas.count)
        case .staff:
            let staff = max(facts.number("international-staff") ?? 0, facts.number("management-staff") ?? 0)
            return .number(staff >= 1_000_000 ? 1_000_000 : Int(max(staff, 0).rounded(.down)))
        case .fundingSourceCount: return .number(facts.texts("funding-sources").count)
        case .anniversarySoon:
            guard let formalised = facts.agreementYear else { return .flag(false) }
            return .flag(
                (0..<2).contains { offset in
                    let age = facts.planStartYear + offset - formalised
                    return age > 0 && age % 5 == 0
                })
        }
    }
}
