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
        let match = words.match
        let first = proposal.first.name
        let second = proposal.second.name
        // The one-page summary: the pair, the score and its strongest reasons, how to start.
        document.heading(2, match.summaryHeading)
        document.paragraph(
            words.city(first, country: proposal.first.country) + " – "
                + words.city(second, country: proposal.second.country))
        document.paragraph(match.scoreLine(proposal.score))
        let strongest = proposal.strongestReasons
        if !strongest.isEmpty {
            document.paragraph(match.strongestReasonsHeading + words.labelSeparator)
            for line in strongest { document.bullet(say.breakdown(line, city: first, candidate: second)) }
        }
        document.bullet(
            label: Said([say.startHeading(proposal)]), separator: words.labelSeparator,
            .said(Said([words.cited(say.start(proposal), source: proposal.firstAgreement.source)])))
        for activity in proposal.firstActivities.prefix(2) {
            document.bullet(
                label: Said([match.firstActivitiesHeading]), separator: words.labelSeparator,
                .said(Said([words.cited(say.title(activity), source: activity.source)])))
        }
        document.heading(2, match.breakdownHeading)
        document.table(
            ["", words.scoreColumn, ""],
            proposal.scoreLines.map {
                [
                    match.part($0.kind), match.points($0.points, of: $0.maximum),
                    say.reason($0, city: first, candidate: second),
                ]
            })
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
        document.heading(2, match.factsHeading)
        document.table(
            ["", first, second], say.facts(proposal).map { [$0.row, $0.first, $0.second] })
        document.heading(2, match.partnershipsHeading)
        for city in [proposal.first, proposal.second] {
            document.bullet(match.partnershipOf(city.name, city.partnership.map(say.partnership)))
        }
        if !proposal.existingLinks.isEmpty {
            document.heading(2, words.existingLinksHeading)
            for link in proposal.existingLinks { document.bullet(say.link(link)) }
        }
        document.heading(2, words.howToStartHeading)
        let advice = proposal.firstAgreement
        document.bullet(
            // Two cities that have signed something are told their next agreement, not a first one.
            label: Said([advice.kind == .nextStep ? words.nextAgreementLabel : words.firstAgreementLabel]),
            separator: words.labelSeparator,
            .said(Said([words.cited(say.start(proposal), source: advice.source)])))
        for activity in proposal.firstActivities {
            document.bullet(
                label: Said([say.title(activity)]), separator: words.labelSeparator,
                .said(Said([words.cited(say.description(activity, in: proposal), source: activity.source)])))
        }
        if !proposal.precedents.isEmpty {
            document.heading(2, words.precedentsHeading)
            document.table(
                [
                    words.pairColumn, words.areasColumn, match.precedentDidColumn, words.sourceColumn,
                    words.certaintyColumn,
                ],
                proposal.precedents.map {
                    [
                        "\($0.europe.city) – \($0.china.city)",
                        $0.areas.isEmpty ? words.notRecorded : say.areas($0.areas),
                        $0.did(in: messages.language).map(match.precedentDid) ?? "",
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
        let match = words.match
        document.paragraph(words.rankingIntro(count: ranking.ranked.count, folder: ranking.folder))
        if ranking.sameSideLeftOut > 0 {
            document.paragraph(match.sameSideLeftOut(ranking.sameSideLeftOut, city: ranking.city))
        }
        document.table(
            [
                words.rankColumn, words.cityColumn, words.scoreColumn, words.whyRankColumn, match.partnershipLabel,
                words.fileColumn,
            ],
            ranking.ranked.map { entry in
                [
                    String(entry.rank),
                    words.city(entry.city, country: entry.country) + (entry.sameSide ? " " + match.sameSideMark : ""),
                    match.score(entry.score),
                    entry.reasons.map { say.breakdown($0, city: ranking.city, candidate: entry.city) }
                        .joined(separator: words.detailSeparator),
                    entry.partnership.map(say.partnership) ?? "", entry.source,
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
