import Foundation
import PlanModel

/// What changed between two rounds, for the terminal.
struct RoundDiffSummary {
    let diff: RoundDiff
    let questionnaire: Questionnaire
    let width: Int

    func render() -> String {
        var lines: [String] = []
        func wrap(_ text: String, _ indent: String, _ hanging: String) {
            lines.append(TextLayout.wrap(text, indent: indent, hangingIndent: hanging, width: min(width, 100)))
        }
        lines.append("What changed from \(describe(diff.from)) to \(describe(diff.to)):")
        if diff.isEmpty {
            lines.append("  Nothing changed in the SWOC, the cooperation areas, the stage or the resources.")
            return lines.joined(separator: "\n")
        }
        for quadrant in diff.quadrants {
            lines.append("")
            let counts = [
                quadrant.added.isEmpty ? nil : "\(quadrant.added.count) added",
                quadrant.changed.isEmpty ? nil : "\(quadrant.changed.count) changed",
                quadrant.dropped.isEmpty ? nil : "\(quadrant.dropped.count) dropped",
                quadrant.kept == 0 ? nil : "\(quadrant.kept) kept",
            ].compactMap { $0 }
            lines.append(
                "\(quadrant.quadrant.rawValue.capitalized): \(counts.isEmpty ? "none" : counts.joined(separator: ", "))"
            )
            for entry in quadrant.added { wrap("+ \(text(entry))", "  ", "    ") }
            for change in quadrant.changed {
                wrap("~ \(text(change.before))", "  ", "    ")
                wrap("now: \(text(change.after))", "    ", "      ")
            }
            for entry in quadrant.dropped { wrap("- \(text(entry))", "  ", "    ") }
        }
        if !diff.areasAdded.isEmpty || !diff.areasDropped.isEmpty {
            lines.append("")
            lines.append("Cooperation areas:")
            if !diff.areasAdded.isEmpty {
                wrap("+ new: \(questionnaire.areaList(diff.areasAdded))", "  ", "    ")
            }
            if !diff.areasDropped.isEmpty {
                wrap("- no longer named: \(questionnaire.areaList(diff.areasDropped))", "  ", "    ")
            }
        }
        if !diff.answers.isEmpty {
            lines.append("")
            lines.append("Stage and resources:")
            for change in diff.answers {
                wrap(change.question, "  ", "  ")
                wrap("before: \(change.before ?? "(no answer)")", "    ", "            ")
                wrap("now: \(change.after ?? "(no answer)")", "    ", "            ")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func text(_ entry: SwocEntry) -> String {
        entry.text + (questionnaire.entryDetail(entry).map { " [\($0)]" } ?? "")
    }

    private func describe(_ round: RoundDiff.RoundInfo) -> String {
        "\(round.label) (\(round.startedAt.day))"
    }

}
