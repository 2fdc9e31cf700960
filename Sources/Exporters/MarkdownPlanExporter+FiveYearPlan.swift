import Messages
import PlanModel

extension MarkdownPlanExporter {
    /// The five-year plan: the plan at a glance, then year by year each
    /// activity with its details beneath it, then the plan as a chart (a
    /// Mermaid gantt chart for GitHub, the timeline picture for Word).
    func fiveYearPlan(_ plan: Plan, into document: inout MarkdownDocument) {
        let activities = plan.first.document.suggestions.plan
        guard let first = activities.first, let last = activities.last else {
            guard plan.first.document.draft != nil else { return }
            document.heading(2, plan.say { $0.plan.fiveYearPlanLabel })
            return notAnsweredYet(plan, into: &document)
        }
        let general = activities.contains(where: \.generalAdvice)
        document.heading(2, plan.say { $0.plan.fiveYearPlanHeading(from: first.year, to: last.year) })
        document.paragraph(plan.say { $0.plan.fiveYearPlanIntro(generalAdvice: general) })
        glance(plan, into: &document)
        if case .word(let timeline?) = flavour { picture(plan, timeline, into: &document) }
        for year in Set(activities.map(\.year)).sorted() {
            document.heading(3, String(year))
            for index in activities.indices where activities[index].year == year {
                activity(plan, index, into: &document)
            }
            document.blank()
        }
        if case .text = flavour { gantt(plan, into: &document) }
    }

    /// The plan at a glance: one row per activity, by year and stream, with
    /// its title. A grid of streams by years would be six columns wide for
    /// five years (or, turned round, a column per stream, as wide again): too
    /// wide for a page or a text editor, and cells holding several titles
    /// need a separator the titles themselves use. Three columns — year,
    /// stream, title — stay readable anywhere. Only streams with an activity
    /// that year have rows (a year with none has one row of "–"); the HTML
    /// and Word timelines show the gaps as a picture. A year or stream is
    /// written on its first row only, so the eye runs down the blocks.
    private func glance(_ plan: Plan, into document: inout MarkdownDocument) {
        let activities = plan.first.document.suggestions.plan
        let grid = PlanGlance(activities)
        document.heading(3, plan.say { $0.plan.atAGlanceHeading })
        var rows: [[String]] = []
        for year in grid.years {
            let first = rows.count
            for stream in grid.streams {
                let streamName = MarkdownDocument.cell(.said(plan.say { $0.names.stream(stream) }))
                // Only the streams with something that year: a row of "–" per
                // empty cell made half the table padding (review of issue 12).
                for (order, index) in grid.activities(in: stream, year: year).enumerated() {
                    rows.append([
                        rows.count == first ? String(year) : " ", order == 0 ? streamName : " ",
                        MarkdownDocument.cell(.said(plan.say { $0.document.suggestions.plan[index].title })),
                    ])
                }
            }
            if rows.count == first { rows.append([String(year), "–", "–"]) }
        }
        document.markdownTable(
            [
                MarkdownDocument.inline(plan.say { $0.plan.yearColumn }),
                MarkdownDocument.inline(plan.say { $0.plan.streamColumn }),
                MarkdownDocument.inline(plan.say { $0.plan.activityColumn }),
            ], rows)
    }

    /// One activity: its title and stream, what is done, then lead, cost and
    /// indicator, then — quieter — why it is here, the SWOC entries it answers
    /// and its source in the report.
    private func activity(_ plan: Plan, _ index: Int, into document: inout MarkdownDocument) {
        let activity = plan.first.document.suggestions.plan[index]
        func said(_ text: (PlanEdition, PlanActivity) -> String) -> Said {
            plan.say { text($0, $0.document.suggestions.plan[index]) }
        }
        let separator = plan.first.plan.labelSeparator
        var lines = [
            "**" + MarkdownDocument.inline(said { $1.title }) + "**"
                + plan.first.plan.bracket(MarkdownDocument.inline(said { $0.names.stream($1.stream) })) + "\\"
        ]
        lines += MarkdownDocument.block(
            said {
                $1.generalAdvice ? $0.plan.bracketed($1.description, detail: $0.plan.generalAdviceNote) : $1.description
            }, indent: "")
        document.item(lines)
        func detail(_ label: (any PlanMessages) -> String, _ text: Said) -> [String] {
            var lines = MarkdownDocument.block(text, indent: "")
            lines[0] = "**" + MarkdownDocument.inline(plan.say { label($0.plan) }) + "**" + separator + lines[0]
            return lines
        }
        let lead = said { edition, activity in
            PlanDocument.Label(id: activity.lead, label: label(activity.lead, vocabulary: "helix-actors", in: edition))
                .shortLabel
        }
        let cost = said { $0.names.cost($1.cost) }
        var leadAndCost = detail(\.leadColumn, lead)
        leadAndCost[leadAndCost.count - 1] +=
            plan.first.plan.detailSeparator + "**"
            + MarkdownDocument.inline(plan.say { $0.plan.costColumn }) + "**" + separator
            + MarkdownDocument.inline(cost)
        document.item(leadAndCost, depth: 1)
        document.item(detail(\.indicatorColumn, said { $1.indicator }), depth: 1)
        let answers = activity.answers.isEmpty ? nil : SwocReference.shortList(activity.answers)
        document.item(
            MarkdownDocument.quiet(
                said {
                    $0.plan.activityNotes(
                        why: $1.reason, answers: answers, source: ReportCitation.text($1.source, in: $0.language))
                }), depth: 1)
    }

    /// The timeline for Word, drawn by the program as a picture (pandoc embeds the file).
    private func picture(_ plan: Plan, _ path: String, into document: inout MarkdownDocument) {
        document.heading(3, plan.say { $0.plan.chartHeading })
        document.raw("![" + MarkdownDocument.inline(plan.say { $0.plan.chartTitle }) + "](" + path + ")")
        document.raw("")
    }

    /// The same plan as a Mermaid gantt chart (one bar per activity, grouped by
    /// stream), which GitHub draws; elsewhere it reads as a list of years.
    private func gantt(_ plan: Plan, into document: inout MarkdownDocument) {
        let activities = plan.first.document.suggestions.plan
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
