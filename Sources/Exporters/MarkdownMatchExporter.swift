import Messages
import PlanModel

/// Match-making proposals and rankings as Markdown a consultant can send.
public struct MarkdownMatchExporter: Sendable {
    public let questionnaire: Questionnaire
    /// The program's words, in the language of the document.
    public let messages: Messages

    public init(questionnaire: Questionnaire, messages: Messages = .english) {
        self.questionnaire = questionnaire
        self.messages = messages
    }

    private var words: any PlanMessages { messages.plan }

    private func areaList(_ ids: [String]) -> String {
        ids.map { questionnaire.label($0, in: "cooperation-areas", language: messages.language) }
            .joined(separator: words.listSeparator)
    }

    public func export(_ proposal: MatchProposal) -> String {
        var document = MarkdownDocument()
        document.raw(
            "# " + words.proposalTitle(MarkdownText.escape(words.pair(proposal.first.name, proposal.second.name))))
        document.paragraph(words.proposalIntro)
        document.heading(2, words.scoreHeading(proposal.score))
        for line in proposal.scoreLines { document.bullet(label: "+\(line.points)", line.text) }
        document.heading(2, words.sharedAreasHeading)
        document.paragraph(proposal.sharedAreas.isEmpty ? words.noneRecorded : areaList(proposal.sharedAreas))
        if !proposal.complements.isEmpty {
            document.heading(2, words.complementsHeading)
            document.table(
                [words.strengthColumn, words.meetsColumn, words.areasColumn],
                proposal.complements.map {
                    [
                        "\($0.strength.city) \($0.strength.entry): \($0.strength.text)",
                        "\($0.need.city) \($0.need.entry): \($0.need.text)", areaList($0.areas),
                    ]
                })
        }
        if !proposal.sharedChallenges.isEmpty {
            document.heading(2, words.sharedChallengesHeading)
            document.table(
                [proposal.first.name, proposal.second.name, words.inCommonColumn],
                proposal.sharedChallenges.map {
                    [
                        "\($0.first.entry): \($0.first.text)", "\($0.second.entry): \($0.second.text)",
                        PlanFacts.humanList(($0.areas.isEmpty ? [] : [areaList($0.areas)]) + $0.themes.map(\.title)),
                    ]
                })
        }
        if !proposal.existingLinks.isEmpty {
            document.heading(2, words.existingLinksHeading)
            for link in proposal.existingLinks { document.bullet(link) }
        }
        document.heading(2, words.howToStartHeading)
        document.bullet(
            label: words.firstAgreementLabel,
            words.cited(proposal.firstAgreement.text, source: proposal.firstAgreement.source))
        for activity in proposal.firstActivities {
            document.bullet(label: activity.title, words.cited(activity.description, source: activity.source))
        }
        if !proposal.precedents.isEmpty {
            document.heading(2, words.precedentsHeading)
            document.table(
                [words.pairColumn, words.areasColumn, words.sourceColumn, words.certaintyColumn],
                proposal.precedents.map {
                    [
                        "\($0.europe.city) – \($0.china.city)",
                        $0.areas.isEmpty ? words.notRecorded : areaList($0.areas), $0.source, $0.certainty.rawValue,
                    ]
                })
        }
        return document.text
    }

    public func export(_ ranking: MatchRankingDocument) -> String {
        var document = MarkdownDocument()
        document.raw("# " + words.rankingTitle(MarkdownText.escape(ranking.city)))
        document.paragraph(words.rankingIntro(count: ranking.ranked.count, folder: ranking.folder))
        document.table(
            [words.rankColumn, words.cityColumn, words.scoreColumn, words.whyRankColumn, words.fileColumn],
            ranking.ranked.map { entry in
                [
                    String(entry.rank), entry.country.map { "\(entry.city), \($0)" } ?? entry.city, String(entry.score),
                    entry.reasons.map { "+\($0.points) \($0.text)" }.joined(separator: "; "), entry.source,
                ]
            })
        if !ranking.skipped.isEmpty {
            document.heading(2, words.skippedFilesHeading)
            for skipped in ranking.skipped { document.bullet(label: skipped.file, skipped.problem) }
        }
        return document.text
    }
}
