import Messages
import PlanModel

/// The plan sections of the HTML plan: the five-year plan as a timeline and
/// as cards by year, the indicators, the funding and the report sections cited.
extension HTMLPlanExporter {
    func fiveYearPlan(_ plan: Plan) -> [Content] {
        let activities = plan.first.document.suggestions.plan
        guard let first = activities.first, let last = activities.last else {
            guard plan.first.document.draft != nil else { return [] }
            return [section("plan", plan, heading: { $0.plan.fiveYearPlanLabel }, [notAnsweredYet(plan)])]
        }
        let general = activities.contains(where: \.generalAdvice)
        var content: [Content] = [
            element("p", plan.say { $0.plan.fiveYearPlanIntro(generalAdvice: general) }, plan),
            figure(
                TimelineChart(plan.editions).node(standalone: false),
                caption: plan.say { $0.messages.charts.timelineTitle }, plan),
        ]
        for year in Set(activities.map(\.year)).sorted() {
            let cards = activities.indices.filter { activities[$0].year == year }.map { activityCard($0, plan) }
            content.append(
                HTMLMarkup.element(
                    "section", [("class", "year")],
                    [HTMLMarkup.element("h3", [], [HTMLMarkup.text(String(year))])] + cards))
        }
        return [
            section("plan", plan, heading: { $0.plan.fiveYearPlanHeading(from: first.year, to: last.year) }, content)
        ]
    }

    /// One activity: its title and stream, what is done, then lead, cost and
    /// indicator; beneath, quieter, why, the SWOC entries it answers and the source.
    private func activityCard(_ index: Int, _ plan: Plan) -> Content {
        let activity = plan.first.document.suggestions.plan[index]
        func say(_ text: @escaping (PlanEdition, PlanActivity) -> String) -> Said {
            plan.say { text($0, $0.document.suggestions.plan[index]) }
        }
        func detail(_ name: @escaping (any PlanMessages) -> String, _ value: Said) -> Content {
            HTMLMarkup.element(
                "div", [],
                [
                    element("dt", plan.say { name($0.plan) }, plan),
                    element("dd", value, plan),
                ])
        }
        var description = said(say { $1.description }, plan)
        if activity.generalAdvice {
            description.append(
                HTMLMarkup.element("span", [("class", "note")], said(plan.say { $0.plan.generalAdviceNote }, plan)))
        }
        let answers =
            activity.answers.isEmpty
            ? plan.say { $0.messages.charts.answersNoEntry }
            : plan.say { _ in activity.answers.map(\.code).joined(separator: ", ") }
        let stream = ActivityStream.allCases.firstIndex(of: activity.stream) ?? 0
        return HTMLMarkup.element(
            "article", [("class", "activity stream-\(stream)")],
            [
                HTMLMarkup.element(
                    "h4", [],
                    said(say { $1.title }, plan) + [
                        HTMLMarkup.element(
                            "span", [("class", "stream")], said(say { $0.names.stream($1.stream) }, plan))
                    ]),
                HTMLMarkup.element("p", [], description),
                HTMLMarkup.element(
                    "dl", [("class", "details")],
                    [
                        detail(\.leadColumn, say { label($1.lead, vocabulary: "helix-actors", in: $0) }),
                        detail(\.costColumn, say { $0.names.cost($1.cost) }),
                        detail(\.indicatorColumn, say { $1.indicator }),
                    ]),
                HTMLMarkup.element(
                    "p", [("class", "quiet")],
                    said(plan.say { $0.plan.whyColumn + $0.plan.labelSeparator }, plan) + said(say { $1.reason }, plan)),
                HTMLMarkup.element(
                    "p", [("class", "quiet")],
                    said(plan.say { $0.messages.charts.answersLabel + $0.plan.labelSeparator }, plan)
                        + said(answers, plan) + [HTMLMarkup.text(" · ")]
                        + said(plan.say { $0.plan.sourceColumn + $0.plan.labelSeparator }, plan)
                        + said(say { ReportCitation.text($1.source, in: $0.language) }, plan)),
            ])
    }

    func indicators(_ plan: Plan) -> [Content] {
        let chosen = plan.first.document.answers.first { $0.id == "monitoring-indicators" }
        var items: [String] = []
        if case .texts(let texts)? = chosen?.value { items = texts }
        let activities = plan.first.document.suggestions.plan
        guard !items.isEmpty || !activities.isEmpty else {
            guard plan.first.document.draft != nil else { return [] }
            return [section("indicators", plan, heading: { $0.plan.indicatorsHeading }, [notAnsweredYet(plan)])]
        }
        var content: [Content] = []
        if !items.isEmpty {
            content.append(element("p", [("class", "intro")], plan.say { $0.plan.chosenByTheTeam }, plan))
            content.append(
                HTMLMarkup.element("ul", [], items.map { HTMLMarkup.element("li", [], [HTMLMarkup.typed($0)]) }))
        }
        if !activities.isEmpty {
            content.append(element("p", [("class", "intro")], plan.say { $0.plan.forEachActivity }, plan))
            content.append(
                HTMLMarkup.element(
                    "ul", [("class", "compact")],
                    activities.indices.map { index in
                        element(
                            "li",
                            plan.say {
                                let activity = $0.document.suggestions.plan[index]
                                return $0.plan.activityIndicator(
                                    year: activity.year, title: activity.title, indicator: activity.indicator)
                            }, plan)
                    }))
        }
        return [section("indicators", plan, heading: { $0.plan.indicatorsHeading }, content)]
    }

    func funding(_ plan: Plan) -> [Content] {
        func labels(_ edition: PlanEdition, _ id: String) -> [String] {
            edition.document.answers.first { $0.id == id }?.labels ?? []
        }
        let sources = labels(plan.first, "funding-sources")
        let level = labels(plan.first, "resource-level").first
        guard !sources.isEmpty || level != nil else {
            guard plan.first.document.draft != nil else { return [] }
            return [section("funding", plan, heading: { $0.plan.fundingHeading }, [notAnsweredYet(plan)])]
        }
        var content: [Content] = []
        if level != nil {
            content.append(
                facts(
                    [
                        (
                            plan.say { $0.plan.resourcesLabel },
                            said(plan.say { labels($0, "resource-level").first ?? "" }, plan)
                        )
                    ], plan))
        }
        if !sources.isEmpty {
            content.append(
                HTMLMarkup.element(
                    "ul", [],
                    sources.indices.map { index in
                        element("li", plan.say { labels($0, "funding-sources")[index] }, plan)
                    }))
        }
        content.append(element("p", [("class", "quiet")], plan.say { $0.plan.fundingNote }, plan))
        return [section("funding", plan, heading: { $0.plan.fundingHeading }, content)]
    }

    func sources(_ plan: Plan) -> [Content] {
        let items = CitedSources.sorted(in: plan.editions).map { source in
            element("li", plan.say { ReportCitation.text(source, in: $0.language) }, plan)
        }
        return [
            section(
                "sources", plan, heading: { $0.plan.sourcesHeading },
                [
                    HTMLMarkup.element("ul", [("class", "compact")], items),
                    element("p", [("class", "quiet")], plan.say { $0.plan.aboutCitations }, plan),
                ])
        ]
    }
}
