/// Builds the five-year plan (report §2.2, §2.3.4, after Nottingham and
/// Ningbo's plan) from the rule catalogue (`rules/activities.yaml`): every
/// activity comes from a named, cited rule, says why it is there, and either
/// names something from the city's answers or says it is general advice.
public struct FiveYearPlanner: Sendable {
    public static let years = 5
    /// At most this many cooperation areas get their own activity.
    public static let areaActivities = 3

    public let catalog: RuleCatalog

    public init(catalog: RuleCatalog) {
        self.catalog = catalog
    }

    public func plan(
        _ facts: PlanFacts, agreement: AgreementRecommendation, health: HealthCheck
    ) -> [PlanActivity] {
        plan(RuleContext(facts: facts, catalog: catalog), agreement: agreement, health: health)
    }

    public func plan(
        _ context: RuleContext, agreement: AgreementRecommendation, health: HealthCheck
    ) -> [PlanActivity] {
        Planner(catalog: catalog).plan(context, agreement: agreement, health: health)
    }
}
