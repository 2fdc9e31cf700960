import Foundation
import Messages
import PlanModel

/// Match-making proposals and rankings as JSON, for a consultant's own tools:
/// the same field names as ever, the sentences in the language of the first
/// city's session (or the one given), ids left as ids.
public struct JSONMatchExporter: Sendable {
    public let questionnaire: Questionnaire
    /// The words of the texts; nil for the proposal's or ranking's own language.
    public let messages: Messages?

    public init(questionnaire: Questionnaire, messages: Messages? = nil) {
        self.questionnaire = questionnaire
        self.messages = messages
    }

    private func wording(for language: String) -> MatchWording {
        let messages = messages ?? Messages.in(language) ?? .english
        return MatchWording(words: messages.plan.match, questionnaire: questionnaire, language: messages.language)
    }

    public func export(_ proposal: MatchProposal) -> String {
        let say = wording(for: proposal.language)
        let advice = proposal.firstAgreement
        func line(_ line: MatchProposal.ScoreLine) -> MatchProposalJSON.ScoreLine {
            .init(
                kind: line.kind, points: line.points, maximum: line.maximum,
                text: say.reason(line, city: proposal.first.name, candidate: proposal.second.name))
        }
        let document = MatchProposalJSON(
            first: proposal.first, second: proposal.second, score: proposal.score, scale: MatchScore.scale,
            summary: .init(
                strongestReasons: proposal.strongestReasons.map(line), firstAgreement: say.start(proposal),
                firstActivities: proposal.firstActivities.prefix(2).map(say.title)),
            scoreLines: proposal.scoreLines.map(line),
            sharedAreas: proposal.sharedAreas, complements: proposal.complements,
            sharedChallenges: proposal.sharedChallenges, existingLinks: proposal.existingLinks.map(say.link),
            partnerships: [proposal.first, proposal.second].map {
                say.words.partnershipOf($0.name, $0.partnership.map(say.partnership))
            },
            firstAgreement: Reason(
                say.start(proposal), source: ReportCitation.text(advice.source, in: say.language),
                answers: advice.answers),
            firstActivities: proposal.firstActivities.map {
                .init(
                    title: say.title($0), description: say.description($0, in: proposal),
                    source: ReportCitation.text($0.source, in: say.language))
            },
            precedents: proposal.precedents.map { precedent in
                var precedent = precedent
                precedent.source = ReportCitation.text(precedent.source, in: say.language)
                // Only the line in the document's language is kept.
                precedent.did = precedent.did(in: say.language).map { [say.language: $0] }
                return precedent
            })
        return Self.text(document)
    }

    public func export(_ ranking: MatchRankingDocument) -> String {
        let say = wording(for: ranking.language)
        let document = MatchRankingJSON(
            city: ranking.city, source: ranking.source, folder: ranking.folder, scale: MatchScore.scale,
            ranked: ranking.ranked.map { entry in
                .init(
                    rank: entry.rank, city: entry.city, country: entry.country, source: entry.source,
                    score: entry.score,
                    reasons: entry.reasons.map {
                        .init(
                            kind: $0.kind, points: $0.points, maximum: $0.maximum,
                            text: say.reason($0, city: ranking.city, candidate: entry.city))
                    }, partnership: entry.partnership, partnershipText: entry.partnership.map(say.partnership),
                    sameSide: entry.sameSide)
            }, sameSideLeftOut: ranking.sameSideLeftOut, skipped: ranking.skipped)
        return Self.text(document)
    }

    /// Pretty, with sorted keys, as every JSON file the wizard writes.
    private static func text(_ value: some Encodable) -> String {
        (try? SessionStore.encoder().encode(value)).map { String(decoding: $0, as: UTF8.self) + "\n" } ?? ""
    }
}
