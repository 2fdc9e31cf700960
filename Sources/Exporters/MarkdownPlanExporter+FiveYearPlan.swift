import Messages
import PlanModel

extension MarkdownPlanExporter {
    /// The five-year plan: a table per year, then the same plan as a Mermaid
    /// gantt chart (one bar per activity, grouped by stream).
    func fiveYearPlan(_ plan: Plan, into document: inout MarkdownDocument) {
        let activities = plan.first.document.suggestions.plan
        guard let first = activities.first, let last = activities.last else { return }
        let general = activities.contains(where: \.generalAdvice)
        document.heading(2, plan.say { $0.plan.fiveYearPlanHeading(from: first.year, to: last.year) })
        document.paragraph(plan.say { $0.plan.fiveYearPlanIntro(generalAdvice: general) })
        let header = [
            plan.say { $0.plan.streamColumn }, plan.say { $0.plan.activityColumn }, plan.say { $0.plan.leadColumn },
            plan.say { $0.plan.costColumn }, plan.say { $0.plan.indicatorColumn },
            plan.say { $0.plan.respondsToColumn }, plan.say { $0.plan.whyColumn }, plan.say { $0.plan.sourceColumn },
        ]
        for year in Set(activities.map(\.year)).sorted() {
            document.heading(3, String(year))
            document.table(
                header,
                activities.indices.filter { activities[$0].year == year }.map { index in
                    func said(_ text: (PlanEdition, PlanActivity) -> String) -> Phrase {
                        .said(plan.say { text($0, $0.document.suggestions.plan[index]) })
                    }
                    return [
                        said { $0.names.stream($1.stream) },
                        said {
                            $0.plan.activity(
                                title: $1.title, description: $1.description, generalAdvice: $1.generalAdvice)
                        },
                        said { label($1.lead, vocabulary: "helix-actors", in: $0) }, said { $0.names.cost($1.cost) },
                        said { $1.indicator }, said { SwocReference.shortList($1.answers) }, said { $1.reason },
                        said { ReportCitation.text($1.source, in: $0.language) },
                    ]
                })
        }
        document.heading(3, plan.say { $0.plan.chartHeading })
        document.raw("```mermaid")
        document.raw("gantt")
        document.raw("    title \(MarkdownText.mermaidLabel(MarkdownDocument.plain(plan.say { $0.plan.chartTitle })))")
        document.raw("    dateFormat YYYY-MM-DD")
        document.raw("    axisFormat %Y")
        for stream in ActivityStream.allCases {
            let inStream = activities.indices.filter { activities[$0].stream == stream }
            guard !inStream.isEmpty else { continue }
            let section = MarkdownDocument.plain(plan.say { $0.names.stream(stream) })
            document.raw("    section \(MarkdownText.mermaidLabel(section))")
            for index in inStream {
                let title = plan.say { $0.document.suggestions.plan[index].title }.shown
                    .joined(separator: MarkdownDocument.languageSeparator)
                let year = activities[index].year
                document.raw("    \(MarkdownText.mermaidLabel(title)) :\(year)-01-01, \(year)-12-31")
            }
        }
        document.raw("```")
        document.raw("")
    }
}
