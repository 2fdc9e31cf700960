/// The agreement-ladder rules (report §1.3 and §3): each agreement suits a
/// stage, so the advice is the highest rung the city's answers support.
///
/// - An MoU or friendship agreement starts the partnership and should be
///   followed quickly by concrete projects (§1.3.1).
/// - A Letter of Cooperation Intent follows once shared cooperation areas are
///   identified, and names them (§1.3.2).
/// - A Project Agreement is signed early in a concrete project (§1.3.3).
/// - A Project Contract, legally binding, once funding, liabilities and
///   responsibilities are agreed (§1.3.3, §3).
public struct AgreementAdvisor: Sendable {
    /// An MoU older than this with no project behind it draws the report's warning.
    public static let staleMemorandumYears = 3

    public init() {}

    public func recommend(_ facts: PlanFacts) -> AgreementRecommendation {
        let stage = facts.stage
        let partner = facts.hasPartner ? facts.partnerName : "a partner city"
        var reasons: [Reason] = []
        if facts.hasPartner {
            reasons.append(
                Reason(
                    "The partnership with \(partner) has reached: \(stage.name).", source: "§1.3",
                    answers: facts.stageAnswers))
        }
        let next: AgreementStage?
        var areas: [String] = []
        var prerequisites: [String] = []
        var headline: String

        if !facts.hasPartner {
            // Projects and areas without a partner are material for the first talks, not for a contract.
            next = .memorandum
            headline = "Find a partner city, then start with a Memorandum of Understanding or friendship agreement"
            reasons.append(
                Reason(
                    "No partner city is recorded yet; every agreement on the ladder needs one, and an MoU or "
                        + "friendship agreement is the usual formal start.", source: "§1.2; §1.3.1",
                    answers: ["has-partner"].filter(facts.isAnswered)))
            prerequisites.append("Identify a partner city (existing links first, §1.2)")
            if !facts.sharedAreas.isEmpty || facts.concreteProject {
                prerequisites.append("Bring the cooperation areas and the project idea to the first talks")
            }
            prerequisites.append("Hold a first people-to-people exchange so the signing rests on real contact")
        } else if facts.concreteProject && facts.fundingAgreed && facts.responsibilitiesAgreed
            && stage < .projectContract
        {
            next = .projectContract
            headline = "Sign a Project Contract for the concrete project"
            reasons.append(
                Reason(
                    "A concrete project is identified and its funding and responsibilities are agreed: the binding "
                        + "Project Contract is the step that shows both sides take responsibility.",
                    source: "§1.3.3; §3",
                    answers: ["concrete-project", "project-funding-agreed", "project-responsibilities-agreed"]))
            prerequisites = [
                "Write down each side's funding share, liabilities, responsibilities and rights",
                "Have the contract checked by both cities' legal services",
            ]
        } else if facts.concreteProject && stage < .projectAgreement {
            next = .projectAgreement
            headline = "Sign a Project Agreement for the concrete project"
            reasons.append(
                Reason(
                    "A concrete project is identified; a Project Agreement fixes it at an early stage, before the "
                        + "details of money and liability are settled.",
                    source: "§1.3.3", answers: ["concrete-project"]))
            prerequisites = ["Agree the project's aim, partners, timetable and who leads on each side"]
        } else if facts.isRevived && !facts.refreshedAreas.isEmpty
            && (stage == .letterOfIntent || stage == .projectContract)
        {
            next = .letterOfIntent
            areas = Array(facts.refreshedAreas.prefix(4))
            headline =
                "Sign a new Letter of Cooperation Intent naming the refreshed priority areas: \(facts.areaList(areas))"
            reasons.append(
                Reason(
                    "This round names cooperation areas the previous one did not (\(facts.areaList(areas))). A new "
                        + "Letter of Cooperation Intent records the refreshed priorities, as Manchester and Wuhan set "
                        + "four new priority areas after their 30th-anniversary review.",
                    source: "§1.3.2; Case study 13",
                    answers: facts.swocAnswerIDs + ["shared-areas"].filter(facts.isAnswered)))
            prerequisites = ["Agree the refreshed priority areas with \(partner), ideally in a joint review"]
        } else if stage == .projectAgreement {
            next = .projectContract
            headline = "Work towards a Project Contract"
            reasons.append(
                Reason(
                    "A Project Agreement is in place; the next rung is the binding Project Contract once money and "
                        + "responsibilities are settled.", source: "§1.3.3; §3", answers: facts.stageAnswers))
            if !facts.fundingAgreed { prerequisites.append("Agree how the project is funded, and by whom") }
            if !facts.responsibilitiesAgreed {
                prerequisites.append("Agree the liabilities, responsibilities and rights of each side")
            }
        } else if stage == .projectContract {
            next = nil
            headline = "Deliver and monitor the contracted project; start a new Project Agreement for each new project"
            reasons.append(
                Reason(
                    "The top of the ladder is reached: both sides have taken binding responsibility for a joint "
                        + "project.", source: "§3", answers: facts.stageAnswers))
        } else if !facts.sharedAreas.isEmpty && stage < .letterOfIntent {
            next = .letterOfIntent
            areas = facts.sharedAreas
            headline = "Sign a Letter of Cooperation Intent naming \(facts.areaList(areas))"
            reasons.append(
                Reason(
                    "Both cities have identified shared interests in \(facts.areaList(areas)); a Letter of "
                        + "Cooperation Intent is signed once mutual interests are known, and names them.",
                    source: "§1.3.2", answers: ["shared-areas"]))
            prerequisites = ["Agree with \(partner) on the areas to name and a first joint activity in each"]
        } else if stage == .noAgreement {
            next = .memorandum
            headline = "Start with a Memorandum of Understanding or friendship agreement"
            reasons.append(
                Reason(
                    "No agreement is signed yet; an MoU or friendship agreement is the usual formal start of a "
                        + "city partnership.", source: "§1.3.1; §3", answers: facts.stageAnswers))
            prerequisites.append("Hold a first people-to-people exchange so the signing rests on real contact")
            prerequisites.append("Plan the first concrete projects that will follow the signing")
        } else if stage == .memorandum {
            next = .letterOfIntent
            areas = Array(facts.rankedAreas.prefix(3))
            headline = "Identify shared cooperation areas, then sign a Letter of Cooperation Intent"
            reasons.append(
                Reason(
                    "An MoU is signed but no shared cooperation areas are recorded yet; a Letter of Cooperation "
                        + "Intent follows once they are identified.", source: "§1.3.2", answers: facts.stageAnswers))
            let candidates = areas.isEmpty ? "" : " (your answers point to \(facts.areaList(areas)))"
            prerequisites.append("Agree the shared cooperation areas with \(partner)\(candidates)")
            prerequisites.append("Send a business delegation on one specific shared interest (§1.2.2)")
        } else {
            next = .projectAgreement
            areas = facts.sharedAreas
            headline = "Identify a concrete project, then sign a Project Agreement"
            reasons.append(
                Reason(
                    "A Letter of Cooperation Intent is in place; the next rung is a concrete project in the named "
                        + "areas, fixed by a Project Agreement.", source: "§1.3.3", answers: facts.stageAnswers))
            let named = areas.isEmpty ? "" : " in \(facts.areaList(areas))"
            prerequisites.append("Choose one concrete project\(named): a platform, an event, a joint lab or a park")
        }
        var warnings = warnings(facts)
        if next == .memorandum {
            // The report's first warning goes with the first signature.
            warnings.insert(
                Reason(
                    "An MoU alone does not make anything happen; follow it quickly with concrete projects.",
                    source: "§1.3.1; §3"), at: 0)
        }
        return AgreementRecommendation(
            currentStage: stage, next: next, headline: headline, areas: areas, prerequisites: prerequisites,
            reasons: reasons, warnings: warnings)
    }

    private func warnings(_ facts: PlanFacts) -> [Reason] {
        var warnings: [Reason] = []
        let stage = facts.stage
        if stage >= .memorandum && stage < .projectAgreement && !facts.concreteProject,
            let signed = facts.agreementYear, facts.referenceYear - signed >= Self.staleMemorandumYears
        {
            let age = facts.referenceYear - signed
            warnings.append(
                Reason(
                    "The first agreement dates from \(signed), \(age) years ago, and no concrete project stands "
                        + "behind it. The report warns that an MoU without follow-up projects leads nowhere.",
                    source: "§1.3.1; §3",
                    answers: ["partner-year", "mou-year", "concrete-project"].filter(facts.isAnswered)))
        }
        if facts.isDormant {
            warnings.append(
                Reason(
                    "The partnership is dormant. Cities have revived partnerships by running a SWOC again and using "
                        + "an anniversary to review and refresh priorities, as Manchester and Wuhan did at 30 years.",
                    source: "§1.1; §2.2.1; Case study 13", answers: ["partner-status"]))
        }
        if facts.concreteProject && !facts.fundingAgreed && stage < .projectContract {
            warnings.append(
                Reason(
                    "A concrete project is planned but its funding is not agreed; running out of money is one of the "
                        + "main ways city partnerships stall.", source: "§2.3.2",
                    answers: ["concrete-project", "project-funding-agreed"].filter(facts.isAnswered)))
        }
        return warnings
    }
}
