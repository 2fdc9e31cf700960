import PlanModel

/// Match-making proposals and rankings as Markdown a consultant can send.
public struct MarkdownMatchExporter: Sendable {
    public let questionnaire: Questionnaire

    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    private func areaList(_ ids: [String]) -> String {
        questionnaire.areaList(ids)
    }

    public func export(_ proposal: MatchProposal) -> String {
        var document = MarkdownDocument()
        document.raw(
            "# Match-making proposal: " + MarkdownText.escape("\(proposal.first.name) and \(proposal.second.name)"))
        document.paragraph(
            "Prepared with swoc-wizard from the two cities' SWOC sessions, following the URBAN-EU-CHINA guidelines "
                + "(§1.2 finding partners, §1.3 agreements).")
        document.heading(2, "Score: \(proposal.score)")
        for line in proposal.scoreLines { document.bullet(label: "+\(line.points)", line.text) }
        document.heading(2, "Shared cooperation areas")
        document.paragraph(proposal.sharedAreas.isEmpty ? "None recorded yet." : areaList(proposal.sharedAreas))
        if !proposal.complements.isEmpty {
            document.heading(2, "Where one fills the other's gap")
            document.table(
                ["Strength", "Meets", "Areas"],
                proposal.complements.map {
                    [
                        "\($0.strength.city) \($0.strength.entry): \($0.strength.text)",
                        "\($0.need.city) \($0.need.entry): \($0.need.text)", areaList($0.areas),
                    ]
                })
        }
        if !proposal.sharedChallenges.isEmpty {
            document.heading(2, "Challenges they share")
            document.table(
                [proposal.first.name, proposal.second.name, "In common"],
                proposal.sharedChallenges.map {
                    [
                        "\($0.first.entry): \($0.first.text)", "\($0.second.entry): \($0.second.text)",
                        PlanFacts.humanList(($0.areas.isEmpty ? [] : [areaList($0.areas)]) + $0.themes.map(\.title)),
                    ]
                })
        }
        if !proposal.existingLinks.isEmpty {
            document.heading(2, "Existing links")
            for link in proposal.existingLinks { document.bullet(link) }
        }
        document.heading(2, "How to start")
        document.bullet(
            label: "First agreement", "\(proposal.firstAgreement.text) (report \(proposal.firstAgreement.source))")
        for activity in proposal.firstActivities {
            document.bullet(label: activity.title, "\(activity.description) (report \(activity.source))")
        }
        if !proposal.precedents.isEmpty {
            document.heading(2, "Precedents in the report")
            document.table(
                ["Pair", "Areas", "Source", "Certainty"],
                proposal.precedents.map {
                    [
                        "\($0.europe.city) – \($0.china.city)", $0.areas.isEmpty ? "not recorded" : areaList($0.areas),
                        $0.source, $0.certainty.rawValue,
                    ]
                })
        }
        return document.text
    }

    public func export(_ ranking: MatchRankingDocument) -> String {
        var document = MarkdownDocument()
        document.raw("# Candidate partner cities for " + MarkdownText.escape(ranking.city))
        document.paragraph(
            "\(ranking.ranked.count) sessions from \(ranking.folder), ranked by the match-making score "
                + "(shared interests, complementary strengths, shared challenges, existing links; see the README).")
        document.table(
            ["Rank", "City", "Score", "Why", "File"],
            ranking.ranked.map { entry in
                [
                    String(entry.rank), entry.country.map { "\(entry.city), \($0)" } ?? entry.city, String(entry.score),
                    entry.reasons.map { "+\($0.points) \($0.text)" }.joined(separator: "; "), entry.source,
                ]
            })
        if !ranking.skipped.isEmpty {
            document.heading(2, "Skipped files")
            for skipped in ranking.skipped { document.bullet(label: skipped.file, skipped.problem) }
        }
        return document.text
    }
}
