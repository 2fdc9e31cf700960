/// Where a city stands on the agreement ladder (report §1.3, §3) and what
/// comes next, worked out from the answers alone: the order of the ladder is
/// the code's, the words are the catalogue's (`AgreementAdvisor`).
struct AgreementLadder {
    /// Which advice fits: one case for each rung to aim for, and the revival
    /// that sets refreshed priorities down in a new Letter of Intent.
    enum Situation {
        case noPartner
        case memorandum
        /// A revived partnership whose SWOC names areas the previous round did not (Case study 13).
        case refresh
        case letterOfIntent
        case projectAgreement
        case projectContract
        case top
    }

    let situation: Situation
    let next: AgreementStage?
    let then: AgreementStage?
    /// The areas the agreement should name.
    let areas: [String]
    /// The shared areas, or else the three strongest: what the first talks and the MoU can name.
    let knownAreas: [String]

    init(_ facts: PlanFacts) {
        let stage = facts.stage
        knownAreas = facts.sharedAreas.isEmpty ? Array(facts.rankedAreas.prefix(3)) : facts.sharedAreas
        var then: AgreementStage?
        if !facts.hasPartner {
            (situation, next, areas) = (.noPartner, .memorandum, [])
        } else if stage == .noAgreement {
            (situation, next, areas) = (.memorandum, .memorandum, knownAreas)
        } else if facts.isRevived && !facts.refreshedAreas.isEmpty && stage >= .letterOfIntent {
            (situation, next, areas) = (.refresh, .letterOfIntent, Array(facts.refreshedAreas.prefix(4)))
        } else if stage == .memorandum {
            (situation, next, areas) = (.letterOfIntent, .letterOfIntent, knownAreas)
            if facts.concreteProject { then = .projectAgreement }
        } else if stage == .letterOfIntent {
            (situation, next, areas) = (.projectAgreement, .projectAgreement, facts.sharedAreas)
            if facts.concreteProject && facts.fundingAgreed && facts.responsibilitiesAgreed {
                then = .projectContract
            }
        } else if stage == .projectAgreement {
            (situation, next, areas) = (.projectContract, .projectContract, [])
        } else {
            (situation, next, areas) = (.top, nil, [])
        }
        self.then = then
    }
}
