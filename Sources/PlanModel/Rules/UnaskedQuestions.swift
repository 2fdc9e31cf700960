import Foundation

/// Which rules can never apply with a questionnaire that does not ask some of
/// the questions they read. A question that is not asked never has an answer,
/// so a part of a condition that reads only such questions always comes out
/// the same way: as it does for a city that answered nothing. A rule can
/// never apply only when its whole condition is then false for every city:
/// `{fact: lean}` without `resource-level` never holds, but
/// `{not: {fact: lean}}` then holds for everyone and must not be named.
struct UnaskedQuestions {
    /// The questions the questionnaire asks.
    let asked: Set<String>
    /// A city that answered nothing, to see which way a fixed part comes out.
    private let empty: RuleContext

    /// Facts worked out from the listed questions' answers alone, and so fixed
    /// when none of those is asked. Facts that also read what the tool worked
    /// out (the ladder, the health check, the area at hand) or entries found by
    /// their quadrant are left out: they are never called unreachable.
    static let factsFromAnswersAlone: Set<PlanFact> = [
        .hasPartner, .stage, .firstAgreementAge, .lean, .moderateResources, .wellFunded, .dormant,
        .concreteProject, .fundingAgreed, .responsibilitiesAgreed, .presenceInPartnerCity, .staff,
        .fundingSourceCount, .anniversarySoon,
    ]

    init(questionnaire: Questionnaire) {
        asked = Set(questionnaire.questions.map(\.id))
        let session = Session(
            questionnaire: questionnaire, language: questionnaire.defaultLanguage, now: Date(timeIntervalSince1970: 0))
        empty = RuleContext(facts: PlanFacts(questionnaire: questionnaire, session: session))
    }

    /// Whether the condition is false for every city with this questionnaire.
    func neverHolds(_ condition: RuleCondition?) -> Bool {
        guard let condition else { return false }
        return !outcomes(condition).canHold
    }

    private func outcomes(_ condition: RuleCondition) -> (canHold: Bool, canFail: Bool) {
        switch condition {
        case .all(let parts):
            let each = parts.map { outcomes($0) }
            return (each.allSatisfy(\.canHold), each.contains(where: \.canFail))
        case .any(let parts):
            let each = parts.map { outcomes($0) }
            return (each.contains(where: \.canHold), each.allSatisfy(\.canFail))
        case .not(let inner):
            let inside = outcomes(inner)
            return (inside.canFail, inside.canHold)
        case .answers(let answers):
            return fixed(answers.referencedQuestions, condition)
        case .fact(let fact, _):
            guard Self.factsFromAnswersAlone.contains(fact) else { return (true, true) }
            return fixed(fact.questions, condition)
        }
    }

    /// Either way, unless every question the part reads is missing.
    private func fixed(
        _ questions: [String], _ condition: RuleCondition
    ) -> (canHold: Bool, canFail: Bool) {
        guard !questions.isEmpty, !questions.contains(where: asked.contains) else {
            return (true, true)
        }
        let value = condition.holds(in: empty)
        return (value, !value)
    }
}
