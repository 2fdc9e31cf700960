import PlanModel

/// Ranked candidates for the terminal: the best `limit`, each with its reasons.
struct MatchRankingSummary {
    let ranking: MatchRankingDocument
    let limit: Int
    let width: Int

    func render() -> String {
        var lines = [
            "Candidates for \(ranking.city.inlineForDisplay) from \(ranking.folder.inlineForDisplay): "
                + "\(ranking.ranked.count) ranked"
                + (ranking.skipped.isEmpty ? "" : ", \(ranking.skipped.count) skipped")
        ]
        for entry in ranking.ranked.prefix(limit) {
            let place = (entry.country.map { "\(entry.city), \($0)" } ?? entry.city).inlineForDisplay
            lines.append("")
            lines.append(
                "\(String(entry.rank).leftPadded(to: 3)). \(place)  score \(entry.score)  (\(entry.source.inlineForDisplay))"
            )
            for reason in entry.reasons {
                lines.append(
                    TextLayout.wrap(
                        "+\(reason.points)  \(reason.text)", indent: "      ", hangingIndent: "          ",
                        width: min(width, 100)))
            }
        }
        if ranking.ranked.count > limit {
            lines.append("")
            lines.append("... and \(ranking.ranked.count - limit) more (--limit to show more, --format md for all).")
        }
        if !ranking.skipped.isEmpty {
            lines.append("")
            lines.append("Skipped (could not be read as sessions):")
            for skipped in ranking.skipped {
                lines.append(
                    TextLayout.wrap(
                        "\(skipped.file.inlineForDisplay): \(skipped.problem)", indent: "  ", hangingIndent: "    ",
                        width: min(width, 100)))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
