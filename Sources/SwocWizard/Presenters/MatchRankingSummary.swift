import Messages
import PlanModel

/// Ranked candidates for the terminal: the best `limit`, each with the same
/// breakdown of its score on the 0–100 scale and its existing partnership
/// (flagged when the partner is in the city's country), in the language of
/// the city's own session.
struct MatchRankingSummary {
    let ranking: MatchRankingDocument
    let limit: Int
    /// The words around the names, in the city's session language.
    let words: ReportMessages
    /// The questionnaire and its language, for the labels of areas in the reasons.
    let questionnaire: Questionnaire
    let language: String
    let width: Int

    func render() -> String {
        let say = MatchWording(words: words.match, questionnaire: questionnaire, language: language)
        let match = words.match
        var lines: [String] = []
        func wrap(_ text: String, _ indent: String, _ hanging: String) {
            // What a session holds is shown, never obeyed: a line break or an
            // escape code in a city's name would break the layout or the terminal.
            lines.append(
                TextLayout.wrap(text.inlineForDisplay, indent: indent, hangingIndent: hanging, width: min(width, 100)))
        }
        wrap(
            words.rankingHeading(
                city: ranking.city.inlineForDisplay, folder: ranking.folder.inlineForDisplay,
                ranked: ranking.ranked.count, skipped: ranking.skipped.count), "", "  ")
        if ranking.sameSideLeftOut > 0 {
            wrap(match.sameSideLeftOut(ranking.sameSideLeftOut, city: ranking.city.inlineForDisplay), "", "  ")
        }
        for entry in ranking.ranked.prefix(limit) {
            let place = words.place(city: entry.city, country: entry.country).inlineForDisplay
            lines.append("")
            lines.append(
                TextLayout.fit(
                    "\(String(entry.rank).leftPadded(to: 3)). "
                        + match.rankedCandidate(place: place, score: entry.score, source: entry.source.inlineForDisplay)
                        + (entry.sameSide ? "  " + match.sameSideMark : ""),
                    hangingIndent: "      ", width: min(width, 100)))
            if let partnership = entry.partnership {
                wrap(
                    match.labelled(match.partnershipLabel, say.partnership(partnership).inlineForDisplay), "      ",
                    "          ")
            }
            for reason in entry.reasons {
                wrap(say.breakdown(reason, city: ranking.city, candidate: entry.city), "      ", "          ")
            }
        }
        if ranking.ranked.count > limit {
            lines.append("")
            wrap(words.moreCandidates(ranking.ranked.count - limit), "", "  ")
        }
        if !ranking.skipped.isEmpty {
            lines.append("")
            wrap(words.skippedHeading, "", "  ")
            for skipped in ranking.skipped {
                wrap("\(skipped.file.inlineForDisplay): \(skipped.problem)", "  ", "    ")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
