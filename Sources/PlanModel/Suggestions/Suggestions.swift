/// Everything the tool tells a city after the questions, each part with its reasons.
public struct Suggestions: Sendable, Equatable, Codable {
    public var agreement: AgreementRecommendation
    public var plan: [PlanActivity]
    public var health: HealthCheck
    public var strategies: [TOWSStrategy]

    /// Computes the suggestions for a session from the rule catalogue. Pure and
    /// deterministic: the same session and catalogue always give the same suggestions.
    public init(questionnaire: Questionnaire, session: Session, catalog: RuleCatalog) {
        self.init(facts: PlanFacts(questionnaire: questionnaire, session: session), catalog: catalog)
    }

    public init(facts: PlanFacts, catalog: RuleCatalog) {
        let context = RuleContext(facts: facts, catalog: catalog)
        agreement = AgreementAdvisor(catalog: catalog).recommend(context)
        health = HealthChecker(catalog: catalog).check(context)
        plan = FiveYearPlanner(catalog: catalog).plan(context, agreement: agreement, health: health)
        strategies = TOWSAnalyzer(catalog: catalog).strategies(context)
    }
}
