import PlanModel

/// A match-making proposal for the terminal.
struct MatchProposalSummary {
    let proposal: MatchProposal
    let questionnaire: Questionnaire
    let width: Int

    func render() -> String {
        var lines: [String] = []
        func wrap(_ text: String, _ indent: String = "  ", _ hanging: String = "    ") {
            lines.append(TextLayout.wrap(text, indent: indent, hangingIndent: hanging, width: min(width, 100)))
        }
        let first = proposal.first.name
        let second = proposal.second.name
        lines.append("Match-making proposal: \(first) and \(second)  (score \(proposal.score))")
        for line in proposal.scoreLines { wrap("+\(line.points)  \(line.text)") }

        lines.append("")
        lines.append("Shared cooperation areas:")
        wrap(proposal.sharedAreas.isEmpty ? "none recorded yet" : areaList(proposal.sharedAreas))
        if !proposal.complements.isEmpty {
            lines.append("")
            lines.append("Where one fills the other's gap:")
            for pair in proposal.complements {
                wrap(
                    "\(pair.strength.city) \(pair.strength.entry) \"\(pair.strength.text)\" → \(pair.need.city) "
                        + "\(pair.need.entry) \"\(pair.need.text)\" (\(areaList(pair.areas)))")
            }
        }
        if !proposal.sharedChallenges.isEmpty {
            lines.append("")
            lines.append("Challenges they share:")
            for challenge in proposal.sharedChallenges {
                let about = PlanFacts.humanList(
                    (challenge.areas.isEmpty ? [] : [areaList(challenge.areas)]) + challenge.themes.map(\.title))
                wrap(
                    "\(challenge.first.city) \(challenge.first.entry) \"\(challenge.first.text)\" and "
                        + "\(challenge.second.city) \(challenge.second.entry) \"\(challenge.second.text)\" (\(about))")
            }
        }
        if !proposal.existingLinks.isEmpty {
            lines.append("")
            lines.append("Existing links:")
            for link in proposal.existingLinks { wrap(link) }
        }
        lines.append("")
        lines.append("How to start:")
        wrap("\(proposal.firstAgreement.text) (report \(proposal.firstAgreement.source))")
        for activity in proposal.firstActivities {
            wrap("- \(activity.title): \(activity.description) (report \(activity.source))")
        }
        if !proposal.precedents.isEmpty {
            lines.append("")
            lines.append("Precedents in the report:")
            for pair in proposal.precedents {
                let areas = pair.areas.isEmpty ? "areas not recorded" : areaList(pair.areas)
                wrap("\(pair.europe.city) – \(pair.china.city): \(areas) (\(pair.source))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func areaList(_ ids: [String]) -> String {
        questionnaire.areaList(ids)
    }
}
