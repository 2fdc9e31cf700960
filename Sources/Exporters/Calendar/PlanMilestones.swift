import Messages
import PlanModel

/// Finds the milestones of a plan: the activities `rules/milestones.yaml`
/// names (signings of the ladder's next rungs, delegations and visits, the
/// evaluation), each in its year, and the partnership's round anniversaries
/// (5, 10, 15 … years) that fall within the plan's five years, counted from
/// the first agreement (`mou-year`) or else the year the partnership was
/// formalised, as the plan's own anniversary activity counts them. A city
/// without a partner has no anniversaries.
struct PlanMilestones {
    let rules: MilestoneRules
    let questionnaire: Questionnaire

    func find(in editions: [PlanEdition]) -> [CalendarMilestone] {
        let document = editions[0].document
        let activities = document.suggestions.plan
        var milestones: [CalendarMilestone] = []
        var anniversaryActivities: [Int: Int] = [:]  // year → index of the activity marking it
        for (index, activity) in activities.enumerated() {
            guard let kind = rules.kind(of: activity.rule) else { continue }
            if kind == .anniversary, anniversaryActivities[activity.year] == nil {
                anniversaryActivities[activity.year] = index
                continue
            }
            milestones.append(
                CalendarMilestone(
                    kind: kind, key: activity.rule, year: activity.year, day: rules.day(of: kind),
                    summaries: editions.map { $0.document.suggestions.plan[index].title },
                    descriptions: editions.map { details(of: $0.document.suggestions.plan[index], in: $0) }))
        }
        for anniversary in anniversaries(document) {
            let marking = anniversaryActivities.removeValue(forKey: anniversary.year)
            milestones.append(
                CalendarMilestone(
                    kind: .anniversary, key: "\(anniversary.age)-years", year: anniversary.year,
                    day: rules.day(of: .anniversary),
                    summaries: editions.map {
                        $0.messages.tableAndCalendar.anniversarySummary(
                            age: anniversary.age, partner: $0.document.partner?.name)
                    },
                    descriptions: editions.map { edition in
                        let words = edition.messages.tableAndCalendar
                        var lines = [
                            words.anniversaryDescription(
                                age: anniversary.age, formalised: anniversary.formalised, year: anniversary.year)
                        ]
                        if let marking {
                            let activity = edition.document.suggestions.plan[marking]
                            lines.append(
                                words.anniversaryActivityLabel + words.labelSeparator + activity.title)
                            lines.append(details(of: activity, in: edition))
                        }
                        return lines.joined(separator: "\n")
                    }))
        }
        // An anniversary activity in a year without a counted anniversary still shows.
        for (year, index) in anniversaryActivities.sorted(by: { $0.key < $1.key }) {
            milestones.append(
                CalendarMilestone(
                    kind: .anniversary, key: activities[index].rule, year: year, day: rules.day(of: .anniversary),
                    summaries: editions.map { $0.document.suggestions.plan[index].title },
                    descriptions: editions.map { details(of: $0.document.suggestions.plan[index], in: $0) }))
        }
        return milestones.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            if a.year != b.year { return a.year < b.year }
            if a.day.month != b.day.month { return a.day.month < b.day.month }
            if a.day.day != b.day.day { return a.day.day < b.day.day }
            return left.offset < right.offset
        }.map(\.element)
    }

    /// What is done, who leads, how to tell, and the report's section.
    private func details(of activity: PlanActivity, in edition: PlanEdition) -> String {
        let words = edition.messages.tableAndCalendar
        let lead = questionnaire.label(activity.lead, in: "helix-actors", language: edition.language)
        return [
            (words.whatLabel, activity.description), (words.leadLabel, lead),
            (words.indicatorLabel, activity.indicator),
            (words.sourceLabel, words.report(ReportCitation.text(activity.source, in: edition.language))),
        ].map { $0 + words.labelSeparator + $1 }.joined(separator: "\n")
    }

    struct Anniversary: Equatable {
        var age: Int
        var year: Int
        var formalised: Int
    }

    /// The round anniversaries within the plan's years.
    func anniversaries(_ document: PlanDocument) -> [Anniversary] {
        guard document.partner != nil, let formalised = formalised(document),
            let first = document.suggestions.plan.first
        else { return [] }
        let start = first.year - first.planYear + 1
        return (start..<start + FiveYearPlanner.years).compactMap { year in
            let age = year - formalised
            return age > 0 && age % 5 == 0 ? Anniversary(age: age, year: year, formalised: formalised) : nil
        }
    }

    /// The first agreement's year, or else the partnership's.
    private func formalised(_ document: PlanDocument) -> Int? {
        if let answer = document.answers.first(where: { $0.id == "mou-year" }), case .number(let year) = answer.value,
            let whole = Int(exactly: year)
        {
            return whole
        }
        return document.partner?.yearFormalised
    }
}
