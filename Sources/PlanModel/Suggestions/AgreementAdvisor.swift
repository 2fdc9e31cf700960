/// The agreement-ladder rules (report §1.3 and §3). The ladder is climbed one
/// rung at a time and never skipped:
///
/// - An MoU or friendship agreement is the formal start of a partnership and
///   an essential step, to be followed quickly by concrete projects (§1.3.1,
///   §3). With nothing signed it is always the next agreement, even when
///   cooperation areas or a project are already under way: it names them.
/// - A Letter of Cooperation Intent follows once the key cooperation areas are
///   identified, and names them (§1.3.2).
/// - A Project Agreement is signed at an early stage of a concrete project (§1.3.3).
/// - A Project Contract, legally binding, is the final step, once funding,
///   liabilities and responsibilities are agreed (§1.3.3, §3).
///
/// Where the answers already support the rung after the next one (the areas
/// are known and a project is identified), both are named, in order.
/// The warnings come from the catalogue (`rules/warnings.yaml`).
public struct AgreementAdvisor: Sendable {
    public let catalog: RuleCatalog

    public init(catalog: RuleCatalog) {
        self.catalog = catalog
    }

    public func recommend(_ facts: PlanFacts) -> AgreementRecommendation {
        recommend(RuleContext(facts: facts, streams: catalog.streams))
    }

    public func recommend(_ base: RuleContext) -> AgreementRecommendation {
        let facts = base.facts
        var advice = Self.ladder(facts)
        var context = base
        context.agreement = advice
        advice.warnings = catalog.warnings.compactMap { rule in
            guard rule.condition?.holds(in: context) ?? true else { return nil }
            let rendered = rule.text.render(in: context, fallback: catalog.defaultLanguage)
            let answers = ((rule.condition?.questions ?? []) + rendered.filled.flatMap(\.questions))
                .reduce(into: [String]()) { list, id in
                    if facts.isAnswered(id) && !list.contains(id) { list.append(id) }
                }
            return Reason(rendered.text, source: rule.source, answers: answers, rule: rule.id)
        }
        return advice
    }

    /// The project as the team named it, for headlines.
    private static func projectName(_ facts: PlanFacts) -> String {
        facts.text("project-description").map { "“\(PlanSlot.shortened($0, to: 64))”" } ?? "the concrete project"
    }

    /// The next rung (and the one after, when supported), without the
    /// catalogue's warnings: what match-making needs to say where two partners stand.
    public static func ladder(_ facts: PlanFacts) -> AgreementRecommendation {
        let stage = facts.stage
        let partner = facts.hasPartner ? facts.partnerName : "a partner city"
        let project = projectName(facts)
        var reasons: [Reason] = []
        if facts.hasPartner && !facts.stageAnswers.isEmpty {
            reasons.append(
                Reason(
                    "The partnership with \(partner) has reached: \(stage.name).", source: "§1.3",
                    answers: facts.stageAnswers))
        }
        var next: AgreementStage?
        var then: AgreementStage?
        var areas: [String] = []
        var prerequisites: [String] = []
        var headline: String
        let knownAreas = facts.sharedAreas.isEmpty ? Array(facts.rankedAreas.prefix(3)) : facts.sharedAreas

        if !facts.hasPartner {
            next = .memorandum
            headline = "Find a partner city, then start with a Memorandum of Understanding or friendship agreement"
            reasons.append(
                Reason(
                    "No partner city is recorded yet; every agreement on the ladder needs one, and an MoU or "
                        + "friendship agreement is its formal start.", source: "§1.2; §1.3.1",
                    answers: ["has-partner"].filter(facts.isAnswered)))
            prerequisites.append("Identify a partner city (existing links first, §1.2)")
            let areasNamed = knownAreas.isEmpty ? nil : "the cooperation areas (\(facts.areaList(knownAreas)))"
            let projectNamed = facts.concreteProject ? "the project idea" : nil
            let topics = [areasNamed, projectNamed].compactMap { $0 }
            if !topics.isEmpty { prerequisites.append("Bring \(topics.joined(separator: " and ")) to the first talks") }
        } else if stage == .noAgreement {
            next = .memorandum
            areas = knownAreas
            let under = facts.concreteProject ? ", and the project identified, \(project)" : ""
            let naming = areas.isEmpty ? "" : " naming \(facts.areaList(areas))\(under)"
            headline = "Sign a Memorandum of Understanding or friendship agreement with \(partner)\(naming)"
            reasons.append(
                Reason(
                    (facts.stageAnswers.isEmpty
                        ? "No agreement with \(partner) is recorded yet. " : "Nothing is signed yet. ")
                        + "The MoU or friendship agreement is the formal start of a partnership and the step the "
                        + "others build on; it can already name the areas and the project identified.",
                    source: "§1.3.1; §3",
                    answers: (facts.stageAnswers + ["shared-areas", "concrete-project"]).filter(facts.isAnswered)))
            prerequisites.append("Agree with \(partner) what the first concrete projects after the signing will be")
        } else if facts.isRevived && !facts.refreshedAreas.isEmpty && stage >= .letterOfIntent {
            next = .letterOfIntent
            areas = Array(facts.refreshedAreas.prefix(4))
            headline =
                "Sign a new Letter of Cooperation Intent naming the refreshed priority areas: \(facts.areaList(areas))"
            reasons.append(
                Reason(
                    "This round names cooperation areas the previous one did not (\(facts.areaList(areas))). A new "
                        + "Letter of Cooperation Intent records the refreshed priorities, as Manchester and Wuhan set "
                        + "new priority areas after their 30th-anniversary review.",
                    source: "§1.3.2; Case study 13",
                    answers: facts.swocAnswerIDs + ["shared-areas"].filter(facts.isAnswered)))
            prerequisites = ["Agree the refreshed priority areas with \(partner), ideally in a joint review"]
        } else if stage == .memorandum {
            next = .letterOfIntent
            areas = knownAreas
            let naming = areas.isEmpty ? "" : " naming \(facts.areaList(areas))"
            if facts.concreteProject {
                then = .projectAgreement
                headline = "Sign a Letter of Cooperation Intent\(naming), then a Project Agreement for \(project)"
            } else {
                headline =
                    facts.sharedAreas.isEmpty
                    ? "Identify shared cooperation areas, then sign a Letter of Cooperation Intent\(naming)"
                    : "Sign a Letter of Cooperation Intent\(naming)"
            }
            reasons.append(
                Reason(
                    facts.sharedAreas.isEmpty
                        ? "An MoU is signed; a Letter of Cooperation Intent follows once the shared cooperation areas "
                            + "are identified, and names them."
                        : "An MoU is signed and shared interests in \(facts.areaList(facts.sharedAreas)) are identified: "
                            + "the Letter of Cooperation Intent is the next step, and names them.",
                    source: "§1.3.2", answers: (facts.stageAnswers + ["shared-areas"]).filter(facts.isAnswered)))
            if facts.concreteProject {
                reasons.append(
                    Reason(
                        "A concrete project is identified; once the areas are set down, a Project Agreement fixes "
                            + "\(project) at an early stage.", source: "§1.3.3; §3", answers: ["concrete-project"]))
            }
            prerequisites.append("Agree with \(partner) on the areas to name and a first joint activity in each")
        } else if stage == .letterOfIntent {
            next = .projectAgreement
            areas = facts.sharedAreas
            if facts.concreteProject {
                headline = "Sign a Project Agreement for \(project)"
                if facts.fundingAgreed && facts.responsibilitiesAgreed {
                    then = .projectContract
                    headline += ", then a Project Contract"
                }
                reasons.append(
                    Reason(
                        "A Letter of Cooperation Intent is in place and a concrete project is identified; a Project "
                            + "Agreement fixes it at an early stage.", source: "§1.3.3; §3",
                        answers: (facts.stageAnswers + ["concrete-project"]).filter(facts.isAnswered)))
                prerequisites = ["Agree the project's aim, partners, timetable and who leads on each side"]
            } else {
                let named = areas.isEmpty ? "" : " in \(facts.areaList(areas))"
                headline = "Identify a concrete project\(named), then sign a Project Agreement"
                reasons.append(
                    Reason(
                        "A Letter of Cooperation Intent is in place; the next rung is a concrete project in the named "
                            + "areas, fixed by a Project Agreement.", source: "§1.3.3; §3", answers: facts.stageAnswers)
                )
                prerequisites.append(
                    "Choose one concrete project\(named): a platform, an event, a joint lab or a park")
            }
        } else if stage == .projectAgreement {
            next = .projectContract
            headline = "Work towards a Project Contract for \(project)"
            reasons.append(
                Reason(
                    "A Project Agreement is in place; the last rung is the binding Project Contract once money and "
                        + "responsibilities are settled.", source: "§1.3.3; §3", answers: facts.stageAnswers))
            if !facts.fundingAgreed { prerequisites.append("Agree how the project is funded, and by whom") }
            if !facts.responsibilitiesAgreed {
                prerequisites.append("Agree the liabilities, responsibilities and rights of each side")
            }
        } else {
            next = nil
            headline = "Deliver and monitor the contracted project; start a new Project Agreement for each new project"
            reasons.append(
                Reason(
                    "The top of the ladder is reached: both sides have taken binding responsibility for a joint "
                        + "project.", source: "§3", answers: facts.stageAnswers))
        }
        return AgreementRecommendation(
            currentStage: stage, next: next, then: then, headline: headline, areas: areas,
            prerequisites: prerequisites, reasons: reasons, warnings: [])
    }
}
