import PlanModel

/// Words a match-making proposal or ranking in one language: the sentences
/// of `MatchWords`, filled with the cities' names and the questionnaire's
/// labels (areas, obstacle kinds, population bands, sectors, statuses) in
/// that language. The screen, the Markdown document and the JSON document
/// all word a proposal through this, so they agree.
public struct MatchWording: Sendable {
    public let words: any MatchWords
    public let questionnaire: Questionnaire
    /// The language of the labels (the proposal's).
    public let language: String

    public init(words: any MatchWords, questionnaire: Questionnaire, language: String) {
        self.words = words
        self.questionnaire = questionnaire
        self.language = language
    }

    private func labels(_ ids: [String], _ vocabulary: String) -> [String] { ids.map { label($0, vocabulary) } }

    private func label(_ id: String, _ vocabulary: String) -> String {
        questionnaire.label(id, in: vocabulary, language: language)
    }

    /// The cooperation areas' labels, joined as the language joins them.
    public func areas(_ ids: [String]) -> String { words.areas(labels(ids, "cooperation-areas")) }

    /// The obstacle kinds' labels (the vocabulary's, as the team tagged them).
    public func obstacles(_ ids: [String]) -> [String] { labels(ids, "obstacle-kinds") }

    public func sectors(_ ids: [String]) -> String { words.areas(labels(ids, MatchCityFacts.sectorsVocabulary)) }

    public func band(_ id: String) -> String {
        questionnaire.label(id, in: MatchCityFacts.bandsVocabulary, language: language)
    }

    /// Why a part of the score earned its points (or earned none), for `city` against `candidate`.
    public func reason(_ line: MatchProposal.ScoreLine, city: String, candidate: String) -> String {
        if line.points == 0 { return words.nothing(line.kind, city: city, candidate: candidate) }
        if line.kind == .cityFacts {
            return words.cityFacts(bands: line.bands.map(band), coastal: line.coastal, sectors: sectors(line.sectors))
        }
        return words.reason(
            line.kind, city: city, candidate: candidate, areas: areas(line.areas), obstacles: obstacles(line.obstacles))
    }

    /// A line of the breakdown: "Shared areas, 12 of 24: Both want to work on Sport".
    public func breakdown(_ line: MatchProposal.ScoreLine, city: String, candidate: String) -> String {
        words.breakdownLine(
            part: words.part(line.kind), points: words.points(line.points, of: line.maximum),
            reason: reason(line, city: city, candidate: candidate))
    }

    /// "First agreement", or "Next agreement" for two cities that have signed one.
    public func startHeading(_ proposal: MatchProposal) -> String {
        proposal.firstAgreement.kind == .nextStep ? words.nextAgreementHeading : words.firstAgreementHeading
    }

    /// What two challenges have in common: the obstacle kinds both name and their areas.
    public func inCommon(_ challenge: MatchProposal.SharedChallenge) -> String {
        words.areas(obstacles(challenge.obstacles) + challenge.areas.map { label($0, "cooperation-areas") })
    }

    public func link(_ link: MatchLink) -> String { words.link(link) }

    /// A city's existing partnership, flagged when its partner is in the
    /// other city's country, and noted when its partner is the other city.
    public func partnership(_ partnership: MatchProposal.Partnership) -> String {
        let status = partnership.status.map { questionnaire.label($0, in: "partnership-status", language: language) }
        let text = words.partnership(partnership, status: status)
        if partnership.isTheOther { return "\(text) — \(words.ownPartnership)" }
        return partnership.inCountryOf.map { "\(text) — \(words.alreadyPairedIn($0))" } ?? text
    }

    /// How the proposal's two cities should start.
    public func start(_ proposal: MatchProposal) -> String {
        let advice = proposal.firstAgreement
        switch advice.kind {
        case .sameSide:
            return words.sameSide(
                first: proposal.first.name, second: proposal.second.name,
                side: advice.side.flatMap(CitySide.init(rawValue:)))
        case .firstAgreement:
            let first = words.firstAgreement(areas: areas(advice.areas))
            guard let recorder = advice.recordedBy else { return first }
            let other = recorder == proposal.first.name ? proposal.second.name : proposal.first.name
            return words.nothingSignedYet(recordedBy: recorder, other: other) + " " + first
        case .nextStep:
            return words.nextStep(
                first: proposal.first.name, second: proposal.second.name,
                signed: words.stage(advice.signed ?? .noAgreement), headline: advice.headline ?? rungs(advice))
        }
    }

    /// The next rung and the one after by name, or the rung reached at the top of the ladder.
    private func rungs(_ advice: MatchStartAdvice) -> String {
        switch (advice.next, advice.then) {
        case (let next?, let then?): words.rungs(words.stage(next), then: words.stage(then))
        case (let next?, nil): words.stage(next)
        case (nil, _): words.stage(advice.signed ?? .noAgreement)
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

    /// The facts of the two cities side by side: one row per fact, each city's value.
    public func facts(_ proposal: MatchProposal) -> [(row: String, first: String, second: String)] {
        func band(_ city: MatchProposal.City) -> String { city.populationBand.map(self.band) ?? words.notGiven }
        func coastal(_ city: MatchProposal.City) -> String { city.coastal.map(words.coastal) ?? words.notGiven }
        func sectors(_ city: MatchProposal.City) -> String {
            city.sectors.isEmpty ? words.notGiven : self.sectors(city.sectors)
        }
        return [
            (words.bandRow, band(proposal.first), band(proposal.second)),
            (words.coastalRow, coastal(proposal.first), coastal(proposal.second)),
            (words.sectorsRow, sectors(proposal.first), sectors(proposal.second)),
        ]
    }
}
