import PlanModel

/// The headline suggestions for the terminal, short enough to read on a
/// projector: the next agreement (and the rung after it when both apply) and
/// why, the health check with the answers that cost points, the plan's first
/// year with the report's general advice marked, and where the full plan is.
struct SuggestionsSummary {
    let suggestions: Suggestions
    let width: Int

    func render() -> String {
        var lines: [String] = []
        func wrap(_ text: String, _ indent: String = "", _ hanging: String? = nil) {
            lines.append(
                TextLayout.wrap(text, indent: indent, hangingIndent: hanging ?? indent, width: min(width, 100)))
        }
        let agreement = suggestions.agreement
        lines.append("")
        lines.append("== Suggestions ==")
        wrap("Next agreement: \(agreement.headline)")
        if let then = agreement.then, let next = agreement.next {
            // Both rungs by name when two apply at once (issue 10).
            wrap("Next: \(next.name), then \(then.name).", "  ", "    ")
        }
        for reason in agreement.reasons { wrap("- \(reason.text) (report \(reason.source))", "  ", "    ") }
        if !agreement.prerequisites.isEmpty {
            lines.append("  Before signing:")
            for item in agreement.prerequisites { wrap("- \(item)", "    ", "      ") }
        }
        for warning in agreement.warnings { wrap("! \(warning.text) (report \(warning.source))", "  ", "    ") }

        lines.append("")
        lines.append("Health check (the five characteristics, report §3):")
        let health = suggestions.health
        let nameWidth = Characteristic.allCases.map(\.title.count).max() ?? 0
        for score in health.scores {
            let bar =
                String(repeating: "■", count: score.score)
                + String(repeating: "□", count: HealthCheck.maximumScore - score.score)
            let mark = score.characteristic == health.weakest && !health.isLevel ? "  <- weakest" : ""
            lines.append(
                "  \(score.characteristic.title.rightPadded(to: nameWidth))  \(bar) \(score.score)/\(HealthCheck.maximumScore)\(mark)"
            )
            // What cost points, under the score it lowered.
            for setback in score.setbacks { wrap("− \(setback.text) (report \(setback.source))", "    ", "      ") }
        }
        if health.isLevel {
            lines.append("  All five score the same; strengthen human factors first, the report's most important one.")
        }
        if let weakest = health.score(of: health.weakest), let gap = weakest.gaps.first {
            wrap("To strengthen \(weakest.characteristic.title.lowercased()): \(gap)", "  ", "    ")
        }

        let plan = suggestions.plan
        if let first = plan.first {
            lines.append("")
            lines.append(
                "Five-year plan \(first.year)–\(first.year + FiveYearPlanner.years - 1): \(plan.count) activities. Year 1:"
            )
            for activity in plan where activity.planYear == 1 {
                let answers =
                    activity.answers.isEmpty ? "" : " [responds to \(SwocReference.shortList(activity.answers))]"
                let general = activity.generalAdvice ? " (general advice)" : ""
                wrap("- \(activity.title)\(general)\(answers) (\(activity.source))", "  ", "    ")
            }
        }
        if !suggestions.strategies.isEmpty {
            lines.append("")
            lines.append("Strategies from the SWOC: \(suggestions.strategies.count), for example:")
            wrap("- \(suggestions.strategies[0].text)", "  ", "    ")
        }
        return lines.joined(separator: "\n")
    }
}
