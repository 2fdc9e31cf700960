/// Scores the five characteristics (report §I, §3) from the catalogue's
/// health signs (`rules/health.yaml`): each sign that holds earns its points,
/// a setback costs them, and the score stays between 0 and 3. A sign that does
/// not hold becomes a suggestion of what would raise the score. Nothing is
/// claimed that the answers do not show: an unanswered question earns nothing
/// and states nothing.
public struct HealthChecker: Sendable {
    public let catalog: RuleCatalog

    public init(catalog: RuleCatalog) {
        self.catalog = catalog
    }

    public func check(_ facts: PlanFacts) -> HealthCheck {
        check(RuleContext(facts: facts, catalog: catalog))
    }

    public func check(_ context: RuleContext) -> HealthCheck {
        let scores = Characteristic.allCases.map { score($0, context) }
        let weakest = scores.min { $0.score < $1.score }!.characteristic
        return HealthCheck(scores: scores, weakest: weakest)
    }

    private func score(_ characteristic: Characteristic, _ context: RuleContext) -> HealthCheck.Score {
        var points = 0
        var evidence: [Reason] = []
        var setbacks: [Reason] = []
        var gaps: [String] = []
        // Suggestions of signs that hold: two signs may be alternatives with one
        // suggestion (one well-funded source, or several sources), and when one
        // of them holds its suggestion is already followed.
        var followed: Set<String> = []
        let language = catalog.defaultLanguage
        for sign in catalog.signals where sign.characteristic == characteristic {
            let holds = sign.condition?.holds(in: context) ?? true
            if holds {
                let rendered = sign.evidence.render(in: context, fallback: language)
                let answers = ((sign.condition?.questions ?? []) + rendered.filled.flatMap(\.questions))
                    .reduce(into: [String]()) { list, id in
                        if context.facts.isAnswered(id) && !list.contains(id) { list.append(id) }
                    }
                let reason = Reason(rendered.text, source: sign.source, answers: answers, rule: sign.id)
                if sign.points > 0 { evidence.append(reason) } else { setbacks.append(reason) }
                points += sign.points
                if let gap = sign.gap { followed.insert(gap.render(in: context, fallback: language).text) }
            } else if sign.points > 0, let gap = sign.gap {
                // Two signs may share a suggestion (a second funding source): say it once.
                let text = gap.render(in: context, fallback: language).text
                if !gaps.contains(text) { gaps.append(text) }
            }
        }
        return HealthCheck.Score(
            characteristic: characteristic, score: min(max(points, 0), HealthCheck.maximumScore), evidence: evidence,
            setbacks: setbacks, gaps: gaps.filter { !followed.contains($0) })
    }
}
