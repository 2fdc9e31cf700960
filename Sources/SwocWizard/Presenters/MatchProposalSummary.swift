import Messages
import PlanModel

/// A match-making proposal for the terminal, in the language of the first
/// city's session (the labels of areas too).
struct MatchProposalSummary {
    let proposal: MatchProposal
    let questionnaire: Questionnaire
    /// The words around the entries, in the first session's language.
    let words: ReportMessages
    /// The language choice labels are shown in.
    let language: String
    let width: Int

    func render() -> String {
        let say = MatchWording(words: words.match, questionnaire: questionnaire, language: language)
        var lines: [String] = []
        func wrap(_ text: String, _ indent: String = "  ", _ hanging: String = "    ") {
            lines.append(TextLayout.wrap(text, indent: indent, hangingIndent: hanging, width: min(width, 100)))
        }
        func heading(_ text: String) {
            lines.append("")
            wrap(text, "", "  ")
        }
        lines.append(
            TextLayout.fit(
                words.proposalHeading(first: proposal.first.name, second: proposal.second.name, score: proposal.score),
                width: min(width, 100)))
        for line in proposal.scoreLines {
            wrap("+\(line.points)  " + say.reason(line, city: proposal.first.name, candidate: proposal.second.name))
        }

        heading(words.sharedAreasHeading)
        wrap(proposal.sharedAreas.isEmpty ? words.noSharedAreas : areaList(proposal.sharedAreas))
        if !proposal.complements.isEmpty {
            heading(words.complementsHeading)
            for pair in proposal.complements {
                wrap(
                    words.complement(
                        strength: words.quote(pair.strength), need: words.quote(pair.need), areas: areaList(pair.areas))
                )
            }
        }
        if !proposal.sharedChallenges.isEmpty {
            heading(words.sharedChallengesHeading)
            for challenge in proposal.sharedChallenges {
                wrap(
                    words.sharedChallenge(
                        first: words.quote(challenge.first), second: words.quote(challenge.second),
                        about: say.inCommon(challenge)))
            }
        }
        if !proposal.existingLinks.isEmpty {
            heading(words.existingLinksHeading)
            for link in proposal.existingLinks { wrap(say.link(link)) }
        }
        heading(words.howToStart)
        wrap(words.cited(say.start(proposal), source: proposal.firstAgreement.source))
        for activity in proposal.firstActivities {
            let text = words.activity(title: say.title(activity), description: say.description(activity, in: proposal))
            wrap("- " + words.cited(text, source: activity.source))
        }
        if !proposal.precedents.isEmpty {
            heading(words.precedentsHeading)
            for pair in proposal.precedents {
                let areas = pair.areas.isEmpty ? words.areasNotRecorded : areaList(pair.areas)
                wrap(
                    words.precedent(europe: pair.europe.city, china: pair.china.city, areas: areas, source: pair.source)
                )
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func areaList(_ ids: [String]) -> String {
        words.labels(ids.map { questionnaire.label($0, in: "cooperation-areas", language: language) })
    }
}
