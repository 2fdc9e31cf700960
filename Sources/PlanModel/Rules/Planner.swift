/// Turns the catalogue's activity rules into one city's five-year plan. The
/// rules say what and when; this says how a rule becomes activities: once,
/// in listed years, once per strongest cooperation area, or at each
/// anniversary, with its texts filled from the answers, the SWOC entries it
/// answers, the answers behind it (`basis`, derived from the condition and the
/// details named, never written by hand), and whether it is only the report's
/// general advice.
struct Planner {
    /// Fixed phrases the tool adds itself (in `rules/phrases.yaml`): the note
    /// on activities aimed at the weakest characteristic, and the sentence of
    /// each kind of TOWS strategy (`TOWSAnalyzer`).
    static let phraseNames: Set<String> = Set(["weakest-note"] + TOWSStrategy.Kind.allCases.map(\.phraseName))

    let catalog: RuleCatalog

    func plan(_ base: RuleContext, agreement: AgreementRecommendation, health: HealthCheck) -> [PlanActivity] {
        var context = base
        context.agreement = agreement
        context.health = health
        var plan: [PlanActivity] = []
        for rule in catalog.activities where !rule.forWeakest {
            add(rule, in: context, to: &plan)
        }
        if !health.isLevel {
            let weakest = health.weakest
            let aimed = plan.indices.filter { plan[$0].characteristic == weakest }
            if aimed.isEmpty {
                for rule in catalog.activities where rule.forWeakest { add(rule, in: context, to: &plan) }
            } else if let note = catalog.phrases["weakest-note"] {
                let text = note.render(in: context, fallback: catalog.defaultLanguage).text
                for index in aimed { plan[index].reason += context.lists.sentences + text }
            }
        }
        return Self.sorted(plan, priorities: context.facts.priorityReferences)
    }

    private func add(_ rule: ActivityRule, in base: RuleContext, to plan: inout [PlanActivity]) {
        let facts = base.facts
        switch rule.repetition {
        case .once:
            if holds(rule, base) { append(rule, year: year(of: rule, base), base, to: &plan) }
        case .businessInterest:
            guard let area = facts.text("business-interest") ?? facts.rankedAreas.first else { return }
            var context = base
            context.area = area
            if holds(rule, context) { append(rule, year: year(of: rule, context), context, to: &plan) }
        case .years(let years):
            if holds(rule, base) { for year in years { append(rule, year: year, base, to: &plan) } }
        case .rankedAreas(let limit):
            for (rank, area) in facts.rankedAreas.prefix(limit).enumerated() {
                var context = base
                context.area = area
                context.areaRank = rank
                if holds(rule, context) {
                    append(rule, year: min(rule.year + rank, FiveYearPlanner.years), context, to: &plan)
                }
            }
        case .anniversaries:
            guard let formalised = facts.agreementYear else { return }
            for planYear in 1...FiveYearPlanner.years {
                let age = facts.planStartYear + planYear - 1 - formalised
                guard age > 0, age % 5 == 0 else { continue }
                var context = base
                context.anniversaryAge = age
                context.planYear = planYear
                if holds(rule, context) { append(rule, year: planYear, context, to: &plan) }
            }
        }
    }

    private func year(of rule: ActivityRule, _ context: RuleContext) -> Int {
        guard let later = rule.later, later.condition.holds(in: context) else { return rule.year }
        return later.year
    }

    private func holds(_ rule: ActivityRule, _ context: RuleContext) -> Bool {
        rule.condition?.holds(in: context) ?? true
    }

    private func append(_ rule: ActivityRule, year: Int, _ base: RuleContext, to plan: inout [PlanActivity]) {
        guard !plan.contains(where: { $0.rule == rule.id && $0.planYear == year }) else { return }
        let facts = base.facts
        var context = base
        switch rule.answers {
        case .none: break
        case .obstacle(let kind): context.answers = context.references(to: kind)
        case .area(let quadrants):
            context.answers = context.area.map { facts.references(taggedWith: $0, in: quadrants) } ?? []
        }
        context.answers.sort()
        let language = catalog.defaultLanguage
        let title = rule.title.render(in: context, fallback: language)
        let description = rule.description.render(in: context, fallback: language)
        let indicator = rule.indicator.render(in: context, fallback: language)
        let reason = rule.reason.render(in: context, fallback: language)
        let filled = title.filled.union(description.filled).union(indicator.filled).union(reason.filled)
        var basis: [String] = []
        let conditions = [rule.condition, rule.later?.condition].compactMap { $0 }
        let named = filled.sorted(by: { $0.rawValue < $1.rawValue }).flatMap(\.questions)
        for id in conditions.flatMap(\.questions) + named where facts.isAnswered(id) && !basis.contains(id) {
            basis.append(id)
        }
        plan.append(
            PlanActivity(
                rule: rule.id, year: facts.planStartYear + year - 1, planYear: year,
                stream: rule.stream ?? context.area.map(context.stream) ?? .government, title: title.text,
                description: description.text, lead: lead(rule, context),
                cost: facts.isLean ? rule.leanCost ?? rule.cost : rule.cost,
                indicator: indicator.text, answers: context.answers, characteristic: rule.characteristic,
                source: rule.source, reason: reason.text, basis: basis,
                generalAdvice: filled.isEmpty && context.answers.isEmpty))
    }

    /// The rule's lead, or with `follow-entries` the group that raised most of
    /// the entries answered (the academics' low-carbon work is led by academia).
    private func lead(_ rule: ActivityRule, _ context: RuleContext) -> String {
        guard rule.followEntries else { return rule.lead }
        var counts: [String: Int] = [:]
        for reference in context.answers {
            if let actor = context.facts.entry(reference)?.actor { counts[actor, default: 0] += 1 }
        }
        guard let top = counts.values.max() else { return rule.lead }
        let leaders = counts.filter { $0.value == top }.map(\.key)
        return leaders.contains(rule.lead) ? rule.lead : leaders.sorted()[0]
    }

    /// By plan year, then stream; within them, activities answering an entry
    /// the team marked as mattering most first (issue 13), then the order of
    /// the rules.
    static func sorted(_ activities: [PlanActivity], priorities: Set<SwocReference> = []) -> [PlanActivity] {
        let streams = ActivityStream.allCases
        func answersPriority(_ activity: PlanActivity) -> Bool {
            !priorities.isEmpty && activity.answers.contains(where: priorities.contains)
        }
        return activities.enumerated().sorted { left, right in
            let a = left.element
            let b = right.element
            if a.planYear != b.planYear { return a.planYear < b.planYear }
            let sa = streams.firstIndex(of: a.stream)!
            let sb = streams.firstIndex(of: b.stream)!
            if sa != sb { return sa < sb }
            let pa = answersPriority(a)
            let pb = answersPriority(b)
            return pa != pb ? pa : left.offset < right.offset
        }.map(\.element)
    }
}
