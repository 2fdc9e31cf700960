import PlanModel

/// The sentences of a match-making proposal or ranking, in one language: why
/// each score line earned its points, the links the cities already have, how
/// to start and the first activities. The screen (`ReportMessages.match`) and
/// the documents (`PlanMessages.match`) say the same things, so both hand out
/// these; `MatchWording` fills them from a proposal. Arguments are names and
/// labels already in the language (the team's own names as typed).
public protocol MatchWords: Sendable {
    /// Area labels one after the other, without "and" (labels such as
    /// "Trade and investment" would make "A and B and C" ambiguous).
    func areas(_ labels: [String]) -> String
    /// Several items in a sentence: "a, b and c".
    func list(_ items: [String]) -> String
    /// A kind of challenge in a list: "staff turnover".
    func theme(_ theme: SwocTheme) -> String
    /// Why a score line earned its points: "Both want to work on Sport".
    /// `areas` is already joined; `themes` are already named.
    func reason(_ kind: MatchScore.Kind, city: String, candidate: String, areas: String, themes: [String]) -> String
    /// "Manchester names Wuhan as its partner city."
    func link(_ link: MatchLink) -> String
    /// A rung of the agreement ladder by name.
    func stage(_ stage: AgreementStage) -> String
    /// Two rungs in order: "Letter of Cooperation Intent, then Project Agreement".
    func rungs(_ next: String, then: String) -> String
    /// Advice to cities that are not partners yet; `areas` (joined) may be empty.
    func firstAgreement(areas: String) -> String
    /// Advice to partners; `headline` is the ladder's, or the rungs' names.
    func nextStep(first: String, second: String, headline: String) -> String
    /// A first activity's title; `area` is the label of a business delegation's area.
    func activityTitle(_ kind: MatchProposal.Activity.Kind, area: String?) -> String
    /// What a first activity is, between the two cities.
    func activityDescription(_ kind: MatchProposal.Activity.Kind, area: String?, first: String, second: String)
        -> String
}
