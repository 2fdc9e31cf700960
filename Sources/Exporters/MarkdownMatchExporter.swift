import Messages
import PlanModel

/// Match-making proposals and rankings as Markdown a consultant can send, in
/// the language of the first city's session (the proposal's), or the one given.
public struct MarkdownMatchExporter: Sendable {
    public let questionnaire: Questionnaire
    /// The program's words, in the language of the document; nil for the
    /// language of the proposal or ranking (the first city's session's).
    public let messages: Messages?

    public init(questionnaire: Questionnaire, messages: Messages? = nil) {
        self.questionnaire = questionnaire
        self.messages = messages
    }

    /// The words for a document in `language`, unless the exporter was given its own.
    private func messages(for language: String) -> Messages {
        messages ?? Messages.in(language) ?? .english
    }

    public func export(_ proposal: MatchProposal) -> String {
        let messages = messages(for: proposal.language)
        let words = messages.plan
        let say = MatchWording(words: words.match, questionnaire: questionnaire, language: messages.language)
        func quote(_ quote: MatchProposal.Quote, city: Bool) -> String {
            (city ? "\(quote.city) " : "") + "\(quote.entry)\(words.labelSeparator)\(quote.text)"
        }
        var document = MarkdownDocument()
        document.raw(
            "# " + words.proposalTitle(MarkdownText.escape(words.pair(proposal.first.name, proposal.second.name))))
        document.paragraph(words.proposalIntro)
        document.heading(2, words.scoreHeading(proposal.score))
        for line in proposal.scoreLines {
            document.bullet(
                label: Said(["+\(line.points)"]), separator: words.labelSeparator,
                .said(Said([say.reason(line, city: proposal.first.name, candidate: proposal.second.name)])))
        }
        document.heading(2, words.sharedAreasHeading)
        document.paragraph(proposal.sharedAreas.isEmpty ? words.noneRecorded : say.areas(proposal.sharedAreas))
        if !proposal.complements.isEmpty {
            document.heading(2, words.complementsHeading)
            document.table(
                [words.strengthColumn, words.meetsColumn, words.areasColumn],
                proposal.complements.map {
                    [quote($0.strength, city: true), quote($0.need, city: true), say.areas($0.areas)]
                })
        }
        if !proposal.sharedChallenges.isEmpty {
            document.heading(2, words.sharedChallengesHeading)
            document.table(
                [proposal.first.name, proposal.second.name, words.inCommonColumn],
                proposal.sharedChallenges.map {
                    [quote($0.first, city: false), quote($0.second, city: false), say.inCommon($0)]
                })
        }
        if !proposal.existingLinks.isEmpty {
            document.heading(2, words.existingLinksHeading)
            for link in proposal.existingLinks { document.bullet(say.link(link)) }
        }
        document.heading(2, words.howToStartHeading)
        let advice = proposal.firstAgreement
        document.bullet(
            label: Said([words.firstAgreementLabel]), separator: words.labelSeparator,
            .said(Said([words.cited(say.start(proposal), source: advice.source)])))
        for activity in proposal.firstActivities {
            document.bullet(
                label: Said([say.title(activity)]), separator: words.labelSeparator,
                .said(Said([words.cited(say.description(activity, in: proposal), source: activity.source)])))
        }
        if !proposal.precedents.isEmpty {
            document.heading(2, words.precedentsHeading)
            document.table(
                [words.pairColumn, words.areasColumn, words.sourceColumn, words.certaintyColumn],
                proposal.precedents.map {
                    [
                        "\($0.europe.city) – \($0.china.city)",
                        $0.areas.isEmpty ? words.notRecorded : say.areas($0.areas),
                        ReportCitation.text($0.source, in: messages.language), words.certainty($0.certainty),
                    ]
                })
        }
        return document.text
    }

    public func export(_ ranking: MatchRankingDocument) -> String {
        let messages = messages(for: ranking.language)
        let words = messages.plan
        let say = MatchWording(words: words.match, questionnaire: questionnaire, language: messages.language)
        var document = MarkdownDocument()
        document.raw("# " + words.rankingTitle(MarkdownText.escape(ranking.city)))
        document.paragraph(words.rankingIntro(count: ranking.ranked.count, folder: ranking.folder))
        document.table(
            [words.rankColumn, words.cityColumn, words.scoreColumn, words.whyRankColumn, words.fileColumn],
            ranking.ranked.map { entry in
                [
                    String(entry.rank), words.city(entry.city, country: entry.country), String(entry.score),
                    entry.reasons.map { "+\($0.points) " + say.reason($0, city: ranking.city, candidate: entry.city) }
                        .joined(separator: words.detailSeparator),
                    entry.source,
                ]
            })
        if !ranking.skipped.isEmpty {
            document.heading(2, words.skippedFilesHeading)
            for skipped in ranking.skipped {
                document.bullet(
                    label: Said([skipped.file]), separator: words.labelSeparator, .said(Said([skipped.problem])))
            }
        }
        return document.text
    }
}
