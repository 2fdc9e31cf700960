import Foundation
import PlanModel

/// Writes what changed between two SWOC rounds as Markdown: on its own for
/// `swoc-wizard diff --format md`, or as the "What changed" section of a plan.
public struct MarkdownDiffExporter: Sendable {
    public let questionnaire: Questionnaire

    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    public func export(_ diff: RoundDiff) -> String {
        var document = MarkdownDocument()
        document.raw("# What changed: " + MarkdownText.escape("\(diff.from.label) → \(diff.to.label)"))
        write(diff, into: &document, level: 2)
        return document.text
    }

    func write(_ diff: RoundDiff, into document: inout MarkdownDocument, level: Int) {
        document.paragraph(
            "Compared: \(describe(diff.from)) and \(describe(diff.to)).")
        if diff.isEmpty {
            document.paragraph("Nothing changed in the SWOC, the cooperation areas, the stage or the resources.")
            return
        }
        for quadrant in diff.quadrants where !quadrant.isEmpty {
            document.heading(level, quadrant.quadrant.rawValue.capitalized)
            for entry in quadrant.added { document.bullet(label: "Added", text(entry)) }
            for change in quadrant.changed {
                document.bullet(label: "Changed", "\(text(change.before)) → \(text(change.after))")
            }
            for entry in quadrant.dropped { document.bullet(label: "Dropped", text(entry)) }
            if quadrant.kept > 0 {
                document.bullet("\(quadrant.kept) entr\(quadrant.kept == 1 ? "y" : "ies") kept as before")
            }
        }
        if !diff.areasAdded.isEmpty || !diff.areasDropped.isEmpty {
            document.heading(level, "Cooperation areas")
            if !diff.areasAdded.isEmpty {
                document.bullet(label: "New", questionnaire.areaList(diff.areasAdded))
            }
            if !diff.areasDropped.isEmpty {
                document.bullet(label: "No longer named", questionnaire.areaList(diff.areasDropped))
            }
        }
        if !diff.answers.isEmpty {
            document.heading(level, "Stage and resources")
            document.table(
                ["Question", "Before", "Now"], diff.answers.map { [$0.question, $0.before ?? "", $0.after ?? ""] })
        }
    }

    private func text(_ entry: SwocEntry) -> String {
        entry.text + (questionnaire.entryDetail(entry).map { " (\($0))" } ?? "")
    }

    private func describe(_ round: RoundDiff.RoundInfo) -> String {
        let who = round.participants.isEmpty ? "" : ", with \(round.participants.joined(separator: ", "))"
        return "\(round.label) (started \(round.startedAt.day)\(who))"
    }

}
