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
/// Which rung and which text is the order of the ladder, decided here; what
/// each text says, in each language, and the section it cites are the
/// catalogue's (`rules/agreements.yaml`), as are the warnings (`rules/warnings.yaml`).
public struct AgreementAdvisor: Sendable {
    public let catalog: RuleCatalog

    public init(catalog: RuleCatalog) {
        self.catalog = catalog
    }

    public func recommend(_ facts: PlanFacts) -> AgreementRecommendation {
        recommend(RuleContext(facts: facts, catalog: catalog))
    }

    public func recommend(_ base: RuleContext) -> AgreementRecommendation {
        let facts = base.facts
        var advice = ladder(base)
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

    /// The next rung (and the one after, when supported), without the
    /// catalogue's warnings: what match-making needs to say where two partners stand.
    public func ladder(_ facts: PlanFacts) -> AgreementRecommendation {
        ladder(RuleContext(facts: facts, catalog: catalog))
    }

    /// The rungs alone, for a caller without the catalogue: the headline is
    /// only the names of the rungs ("Letter of Cooperation Intent, then
    /// Project Agreement"), in English. Match-making uses it until it is given
    /// the catalogue; prefer `AgreementAdvisor(catalog:).ladder(_:)`.
    public static func ladder(_ facts: PlanFacts) -> AgreementRecommendation {
        let steps = AgreementLadder(facts)
        let rungs = [steps.next, steps.then].compactMap { $0 }.map(\.name)
        return AgreementRecommendation(
            currentStage: facts.stage, next: steps.next, then: steps.then,
            headline: rungs.isEmpty ? facts.stage.name : rungs.joined(separator: ", then "), areas: steps.areas,
            prerequisites: [], reasons: [], warnings: [])
    }

    /// The ladder advice, its texts from the catalogue in the plan's language.
    public func ladder(_ base: RuleContext) -> AgreementRecommendation {
        let facts = base.facts
        let steps = AgreementLadder(facts)
        var texts = LadderWriter(catalog: catalog, base: base, steps: steps)
        var reasons: [Reason] = []
        var prerequisites: [String] = []
        let headline: String
        if facts.hasPartner && !facts.stageAnswers.isEmpty {
            reasons.append(texts.reason(.reached, answers: facts.stageAnswers))
        }
        let stage = facts.stage
        switch steps.situation {
        case .noPartner:
            headline = texts.say(.findPartnerHeadline)
            reasons.append(texts.reason(.findPartnerReason, answers: ["has-partner"].filter(facts.isAnswered)))
            prerequisites.append(texts.say(.findPartnerFirst))
            let known = steps.knownAreas
            texts.naming = known
            switch (!known.isEmpty, facts.concreteProject) {
            case (true, true): prerequisites.append(texts.say(.bringAreasAndProject))
            case (true, false): prerequisites.append(texts.say(.bringAreas))
            case (false, true): prerequisites.append(texts.say(.bringProject))
            case (false, false): break
            }
        case .memorandum:
            headline = texts.say(.memorandumHeadline)
            reasons.append(
                texts.reason(
                    facts.stageAnswers.isEmpty ? .memorandumReasonUnrecorded : .memorandumReason,
                    answers: (facts.stageAnswers + ["shared-areas", "concrete-project"]).filter(facts.isAnswered)))
            prerequisites.append(texts.say(.memorandumFirstProjects))
        case .refresh:
            headline = texts.say(.refreshHeadline)
            reasons.append(
                texts.reason(.refreshReason, answers: facts.swocAnswerIDs + ["shared-areas"].filter(facts.isAnswered)))
            prerequisites = [texts.say(.refreshAreas)]
        case .letterOfIntent:
            if facts.concreteProject {
                headline = texts.say(.letterHeadlineThenProject)
            } else {
                headline = texts.say(facts.sharedAreas.isEmpty ? .letterHeadlineIdentifyAreas : .letterHeadline)
            }
            reasons.append(
                texts.reason(
                    facts.sharedAreas.isEmpty ? .letterReasonAreasUnknown : .letterReason,
                    answers: (facts.stageAnswers + ["shared-areas"]).filter(facts.isAnswered)))
            if facts.concreteProject {
                reasons.append(texts.reason(.letterProjectReason, answers: ["concrete-project"]))
            }
            prerequisites.append(texts.say(.letterAreasAndActivity))
        case .projectAgreement:
            if facts.concreteProject {
                headline = texts.say(
                    steps.then == .projectContract ? .projectAgreementThenContractHeadline : .projectAgreementHeadline)
                reasons.append(
                    texts.reason(
                        .projectAgreementReason,
                        answers: (facts.stageAnswers + ["concrete-project"]).filter(facts.isAnswered)))
                prerequisites = [texts.say(.projectAgreementTerms)]
            } else {
                headline = texts.say(.identifyProjectHeadline)
                reasons.append(texts.reason(.identifyProjectReason, answers: facts.stageAnswers))
                prerequisites.append(texts.say(.identifyProjectChoice))
            }
        case .projectContract:
            headline = texts.say(.contractHeadline)
            reasons.append(texts.reason(.contractReason, answers: facts.stageAnswers))
            if !facts.fundingAgreed { prerequisites.append(texts.say(.contractFunding)) }
            if !facts.responsibilitiesAgreed { prerequisites.append(texts.say(.contractResponsibilities)) }
        case .top:
            headline = texts.say(.topHeadline)
            reasons.append(texts.reason(.topReason, answers: facts.stageAnswers))
        }
        return AgreementRecommendation(
            currentStage: stage, next: steps.next, then: steps.then, headline: headline, areas: steps.areas,
            prerequisites: prerequisites, reasons: reasons, warnings: [])
    }
}
