import PlanModel

extension MarkdownPlanExporter {
    /// The five-year plan: a table per year, then the same plan as a Mermaid
    /// gantt chart (one bar per activity, grouped by stream).
    func fiveYearPlan(_ plan: PlanDocument, into document: inout MarkdownDocument) {
        let activities = plan.suggestions.plan
        guard let first = activities.first, let last = activities.last else { return }
        document.heading(2, "Five-year plan \(first.year)–\(last.year)")
        document.paragraph(
            "Activities in the streams of Nottingham and Ningbo's five-year plan (report §2.3.4), each with who "
                + "leads it, a rough cost, how to tell it happened, the SWOC entries it answers and why it is here."
                + (activities.contains(where: \.generalAdvice)
                    ? " Activities marked “\(Self.generalAdviceNote)” draw on nothing in this city's answers yet."
                    : ""))
        for year in Set(activities.map(\.year)).sorted() {
            document.heading(3, String(year))
            document.table(
                ["Stream", "Activity", "Lead", "Cost", "Indicator", "Responds to", "Why", "Source"],
                activities.filter { $0.year == year }.map { activity in
                    [
                        activity.stream.title, activityText(activity),
                        label(activity.lead, vocabulary: "helix-actors"), activity.cost.rawValue, activity.indicator,
                        SwocReference.shortList(activity.answers), activity.reason, activity.source,
                    ]
                })
        }
        document.heading(3, "The plan as a chart")
        document.raw("```mermaid")
        document.raw("gantt")
        document.raw("    title Five-year plan")
        document.raw("    dateFormat YYYY-MM-DD")
        document.raw("    axisFormat %Y")
        for stream in ActivityStream.allCases {
            let inStream = activities.filter { $0.stream == stream }
            guard !inStream.isEmpty else { continue }
            document.raw("    section \(MarkdownText.mermaidLabel(stream.title))")
            for activity in inStream {
                let name = MarkdownText.mermaidLabel(activity.title)
                document.raw("    \(name) :\(activity.year)-01-01, \(activity.year)-12-31")
            }
        }
        document.raw("```")
        document.raw("")
    }

    /// The note on an activity that is the report's general advice, not drawn
    /// from the city's answers (`PlanActivity.generalAdvice`, issue 10).
    static let generalAdviceNote = "General advice from the report"

    /// The activity cell: title and description, and the general-advice note
    /// where it applies, in the cell rather than a column of its own so the
    /// table does not grow wider.
    private func activityText(_ activity: PlanActivity) -> String {
        let text = "\(activity.title): \(activity.description)"
        return activity.generalAdvice ? "\(text) (\(Self.generalAdviceNote).)" : text
    }
}
