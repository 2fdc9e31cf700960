import Foundation
import Messages
import PlanModel

/// What changed between two rounds, for the terminal, in the language of the
/// session compared (the labels of areas and actors too).
struct RoundDiffSummary {
    let diff: RoundDiff
    let questionnaire: Questionnaire
    /// The words around the entries, in the session's language.
    let words: ReportMessages
    /// The language choice labels are shown in.
    let language: String
    let width: Int

    func render() -> String {
        var lines: [String] = []
        func wrap(_ text: String, _ indent: String, _ hanging: String) {
            lines.append(TextLayout.wrap(text, indent: indent, hangingIndent: hanging, width: min(width, 100)))
        }
        wrap(words.diffHeading(from: describe(diff.from), to: describe(diff.to)), "", "  ")
        if diff.isEmpty {
            wrap(words.nothingChanged, "  ", "  ")
            return lines.joined(separator: "\n")
        }
        for quadrant in diff.quadrants {
            lines.append("")
            lines.append(
                words.quadrantSummary(
                    quadrant.quadrant, added: quadrant.added.count, changed: quadrant.changed.count,
                    dropped: quadrant.dropped.count, kept: quadrant.kept))
            for entry in quadrant.added { wrap("+ \(text(entry))", "  ", "    ") }
            for change in quadrant.changed {
                wrap("~ \(text(change.before))", "  ", "    ")
                wrap(words.now(text(change.after)), "    ", "      ")
            }
            for entry in quadrant.dropped { wrap("- \(text(entry))", "  ", "    ") }
        }
        if !diff.areasAdded.isEmpty || !diff.areasDropped.isEmpty {
            lines.append("")
            lines.append(words.areasHeading)
            if !diff.areasAdded.isEmpty {
                wrap("+ " + words.areasAdded(areaList(diff.areasAdded)), "  ", "    ")
            }
            if !diff.areasDropped.isEmpty {
                wrap("- " + words.areasDropped(areaList(diff.areasDropped)), "  ", "    ")
            }
        }
        if !diff.answers.isEmpty {
            lines.append("")
            lines.append(words.stageAndResources)
            for change in diff.answers {
                wrap(change.question, "  ", "  ")
                wrap(words.before(change.before ?? words.noAnswer), "    ", "            ")
                wrap(words.now(change.after ?? words.noAnswer), "    ", "            ")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func text(_ entry: SwocEntry) -> String {
        let detail = words.entryDetail(
            areas: entry.areas.map { label($0, in: "cooperation-areas") },
            actor: entry.actor.map { label($0, in: "helix-actors") },
            obstacles: entry.obstacles.map { label($0, in: "obstacle-kinds") })
        return entry.text + (detail.map { " [\($0)]" } ?? "")
    }

    private func label(_ id: String, in vocabulary: String) -> String {
        questionnaire.label(id, in: vocabulary, language: language)
    }

    private func areaList(_ ids: [String]) -> String {
        words.labels(ids.map { label($0, in: "cooperation-areas") })
    }

    /// A round of one session by its number in the report's language; a whole file by its name.
    private func describe(_ round: RoundDiff.RoundInfo) -> String {
        words.dated(round.number.map(words.round) ?? round.label, day: round.startedAt.day)
    }
}
