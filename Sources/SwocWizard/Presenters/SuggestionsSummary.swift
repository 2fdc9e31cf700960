import Messages
import PlanModel

/// The headline suggestions for the terminal, short enough to read on a
/// projector: the next agreement (and the rung after it when both apply) and
/// why, the health check with the answers that cost points, the plan's first
/// year with the report's general advice marked, and where the full plan is.
/// Names and bars are aligned by terminal columns, so Chinese names line up too.
struct SuggestionsSummary {
    let suggestions: Suggestions
    /// The words around the rules' sentences, in the session's language.
    let words: ReportMessages
    let width: Int
    /// The names of the rungs and the five characteristics, from the rule
    /// catalogue (`rules/names.yaml`), in `language`.
    let names: CatalogNames
    let language: String

    private func characteristicName(_ characteristic: Characteristic) -> String {
        names.name(of: characteristic, in: language)
    }

    func render() -> String {
        var lines: [String] = []
        func wrap(_ text: String, _ indent: String = "", _ hanging: String? = nil) {
            lines.append(
                TextLayout.wrap(text, indent: indent, hangingIndent: hanging ?? indent, width: min(width, 100)))
        }
        let agreement = suggestions.agreement
        lines.append("")
        lines.append(words.suggestionsHeading)
        wrap(words.nextAgreement(agreement.headline))
        if let then = agreement.then, let next = agreement.next {
            // Both rungs by name when two apply at once (issue 10).
            wrap(
                words.nextThen(next: names.name(of: next, in: language), then: names.name(of: then, in: language)),
                "  ", "    ")
        }
        for reason in agreement.reasons { wrap("- " + words.cited(reason.text, source: reason.source), "  ", "    ") }
        if !agreement.prerequisites.isEmpty {
            wrap(words.beforeSigning, "  ")
            for item in agreement.prerequisites { wrap("- \(item)", "    ", "      ") }
        }
        for warning in agreement.warnings {
            wrap("! " + words.cited(warning.text, source: warning.source), "  ", "    ")
        }

        lines.append("")
        wrap(words.healthHeading)
        lines.append(contentsOf: healthLines())
        let health = suggestions.health
        if health.isLevel { wrap(words.allScoreTheSame, "  ", "    ") }
        if let weakest = health.score(of: health.weakest), let gap = weakest.gaps.first {
            wrap(words.toStrengthen(characteristicName(weakest.characteristic), gap: gap), "  ", "    ")
        }

        let plan = suggestions.plan
        if let first = plan.first {
            lines.append("")
            wrap(
                words.planHeading(
                    firstYear: first.year, lastYear: first.year + FiveYearPlanner.years - 1, activities: plan.count))
            for activity in plan where activity.planYear == 1 {
                let answers = activity.answers.isEmpty ? "" : words.respondsTo(activity.answers)
                let general = activity.generalAdvice ? words.generalAdvice : ""
                wrap("- \(activity.title)\(general)\(answers)" + words.activitySource(activity.source), "  ", "    ")
            }
        }
        if !suggestions.strategies.isEmpty {
            lines.append("")
            wrap(words.strategiesHeading(count: suggestions.strategies.count))
            wrap("- \(suggestions.strategies[0].text)", "  ", "    ")
        }
        return lines.joined(separator: "\n")
    }

    /// One line per characteristic: its name padded to the widest name in
    /// terminal columns, the bar, the score; what cost points under it.
    private func healthLines() -> [String] {
        let health = suggestions.health
        let nameWidth = Characteristic.allCases.map { characteristicName($0).displayWidth }.max() ?? 0
        var lines: [String] = []
        for score in health.scores {
            let bar =
                String(repeating: "■", count: score.score)
                + String(repeating: "□", count: HealthCheck.maximumScore - score.score)
            let mark = score.characteristic == health.weakest && !health.isLevel ? words.weakestMark : ""
            let name = characteristicName(score.characteristic).rightPadded(to: nameWidth)
            lines.append("  \(name)  \(bar) \(score.score)/\(HealthCheck.maximumScore)\(mark)")
            // What cost points, under the score it lowered.
            for setback in score.setbacks {
                lines.append(
                    TextLayout.wrap(
                        "− " + words.cited(setback.text, source: setback.source), indent: "    ",
                        hangingIndent: "      ", width: min(width, 100)))
            }
        }
        return lines
    }
}
