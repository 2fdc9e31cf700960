/// When a rule applies: the questionnaire's own `when:` grammar on the
/// answers (`question:` …), named facts that Swift works out (`fact:` …), and
/// `all`, `any` and `not` over both.
public indirect enum RuleCondition: Sendable, Equatable {
    case answers(Condition)
    case fact(PlanFact, FactComparison)
    case all([RuleCondition])
    case any([RuleCondition])
    case not(RuleCondition)

    func holds(in context: RuleContext) -> Bool {
        switch self {
        case .answers(let condition): return condition.holds(in: context.facts.answers)
        case .fact(let fact, let comparison): return comparison.holds(for: fact.value(in: context))
        case .all(let conditions): return conditions.allSatisfy { $0.holds(in: context) }
        case .any(let conditions): return conditions.contains { $0.holds(in: context) }
        case .not(let condition): return !condition.holds(in: context)
        }
    }

    /// Every question the condition reads, directly or through its facts:
    /// checked against the questionnaire at load, and the answers behind a rule.
    var questions: [String] {
        switch self {
        case .answers(let condition): return condition.referencedQuestions
        case .fact(let fact, _): return fact.questions
        case .all(let conditions), .any(let conditions): return conditions.flatMap(\.questions)
        case .not(let condition): return condition.questions
        }
    }
}
