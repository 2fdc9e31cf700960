import PlanModel

/// Words a match-making proposal or ranking in one language: the sentences
/// of `MatchWords`, filled with the cities' names and the questionnaire's
/// labels of the areas in that language. The screen, the Markdown document
/// and the JSON document all word a proposal through this, so they agree.
public struct MatchWording: Sendable {
    public let words: any MatchWords
    public let questionnaire: Questionnaire
    /// The language of the area labels (the proposal's).
    public let language: String

    public init(words: any MatchWords, questionnaire: Questionnaire, language: String) {
        self.words = words
        self.questionnaire = questionnaire
        self.language = language
    }

    /// The cooperation areas' labels, joined as the language joins them.
    public func areas(_ ids: [String]) -> String {
        words.areas(ids.map { questionnaire.label($0, in: "cooperation-areas", language: language) })
    }

    /// Why a score line earned its points, for `city` against `candidate`.
    public func reason(_ line: MatchProposal.ScoreLine, city: String, candidate: String) -> String {
        words.reason(
            line.kind, city: city, candidate: candidate, areas: areas(line.areas), themes: line.themes.map(words.theme))
    }

    /// What two challenges have in common: their areas and the kinds of challenge both name.
    public func inCommon(_ challenge: MatchProposal.SharedChallenge) -> String {
        words.list(
            (challenge.areas.isEmpty ? [] : [areas(challenge.areas)]) + challenge.themes.map(words.theme))
    }

    public func link(_ link: MatchLink) -> String { words.link(link) }

    /// How the proposal's two cities should start.
    public func start(_ proposal: MatchProposal) -> String {
        let advice = proposal.firstAgreement
        switch advice.kind {
        case .firstAgreement:
            return words.firstAgreement(areas: areas(advice.areas))
        case .nextStep:
            return words.nextStep(
                first: proposal.first.name, second: proposal.second.name, headline: advice.headline ?? rungs(advice))
        }
    }

    /// The next rung and the one after by name, or the rung reached at the top of the ladder.
    private func rungs(_ advice: MatchStartAdvice) -> String {
        switch (advice.next, advice.then) {
        case (let next?, let then?): words.rungs(words.stage(next), then: words.stage(then))
        case (let next?, nil): words.stage(next)
        case (nil, _): words.stage(advice.stage ?? .noAgreement)
        }
    }

    public func title(_ activity: MatchProposal.Activity) -> String {
        words.activityTitle(activity.kind, area: activity.area.map { areas([$0]) })
    }

    public func description(_ activity: MatchProposal.Activity, in proposal: MatchProposal) -> String {
        words.activityDescription(
            activity.kind, area: activity.area.map { areas([$0]) }, first: proposal.first.name,
            second: proposal.second.name)
    }
}
