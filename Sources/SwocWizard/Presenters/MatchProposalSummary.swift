import Messages
import PlanModel

/// A match-making proposal for the terminal, in the language of the first
/// city's session (the labels of areas too): a one-page summary first (the
/// pair, the score and its three strongest reasons, the first agreement, the
/// first two activities), then the score part by part and the evidence.
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
        let match = words.match
        let first = proposal.first.name
        let second = proposal.second.name
        var lines: [String] = []
        func wrap(_ text: String, _ indent: String = "  ", _ hanging: String = "    ") {
            // What a session holds is shown, never obeyed: a line break or an
            // escape code in a city's name would break the layout or the terminal.
            lines.append(
                TextLayout.wrap(text.inlineForDisplay, indent: indent, hangingIndent: hanging, width: min(width, 100)))
        }
        func heading(_ text: String) {
            lines.append("")
            wrap(text, "", "  ")
        }
        lines.append(
            TextLayout.fit(
                match.proposalHeading(first: first, second: second, score: proposal.score).inlineForDisplay,
                width: min(width, 100)))

        heading(match.screenHeading(match.summaryHeading))
        wrap(
            words.place(city: first, country: proposal.first.country) + " – "
                + words.place(city: second, country: proposal.second.country))
        wrap(match.scoreLine(proposal.score))
        let strongest = proposal.strongestReasons
        if !strongest.isEmpty {
            wrap(match.screenHeading(match.strongestReasonsHeading))
            for line in strongest { wrap("- " + say.breakdown(line, city: first, candidate: second), "    ", "      ") }
        }
        wrap(
            match.labelled(
                say.startHeading(proposal), words.cited(say.start(proposal), source: proposal.firstAgreement.source)))
        if !proposal.firstActivities.isEmpty {
            wrap(match.screenHeading(match.firstActivitiesHeading))
            for activity in proposal.firstActivities.prefix(2) {
                wrap("- " + words.cited(say.title(activity), source: activity.source), "    ", "      ")
            }
        }

        heading(match.screenHeading(match.breakdownHeading))
        for line in proposal.scoreLines { wrap(say.breakdown(line, city: first, candidate: second)) }

        heading(words.sharedAreasHeading)
        wrap(proposal.sharedAreas.isEmpty ? words.noSharedAreas : say.areas(proposal.sharedAreas))
        if !proposal.complements.isEmpty {
            heading(words.complementsHeading)
            for pair in proposal.complements {
                wrap(
                    words.complement(
                        strength: words.quote(pair.strength), need: words.quote(pair.need),
                        areas: say.areas(pair.areas)))
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
        heading(match.screenHeading(match.factsHeading))
        for row in say.facts(proposal) {
            wrap(
                match.labelled(
                    row.row,
                    match.sideBySide(match.partnershipOf(first, row.first), match.partnershipOf(second, row.second))))
        }
        heading(match.screenHeading(match.partnershipsHeading))
        for city in [proposal.first, proposal.second] {
            wrap(match.partnershipOf(city.name, city.partnership.map(say.partnership)))
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
                let areas = pair.areas.isEmpty ? words.areasNotRecorded : say.areas(pair.areas)
                wrap(
                    words.precedent(europe: pair.europe.city, china: pair.china.city, areas: areas, source: pair.source)
                )
                if let did = pair.did(in: language) { wrap(match.precedentDid(did), "    ", "    ") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
