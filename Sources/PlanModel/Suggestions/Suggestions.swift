/// Everything the tool tells a city after the questions, each part with its reasons.
public struct Suggestions: Sendable, Equatable, Codable {
    public var agreement: AgreementRecommendation
    public var plan: [PlanActivity]
    public var health: HealthCheck
    public var strategies: [TOWSStrategy]

    /// Computes the suggestions for a session. Pure and deterministic: the same
    /// session always gives the same suggestions.
    public init(questionnaire: Questionnaire, session: Session) {
        self.init(facts: PlanFacts(questionnaire: questionnaire, session: session))
    }

    public init(facts: PlanFacts) {
        agreement = AgreementAdvisor().recommend(facts)
        health = HealthChecker().check(facts)
        plan = FiveYearPlanner().plan(facts, agreement: agreement, health: health)
        strategies = TOWSAnalyzer().strategies(facts)
    }
}
