import PlanModel

/// The sentences of a match-making proposal or ranking, in one language: the
/// summary, each part of the score on its fixed scale, the links and
/// partnerships the cities already have, their facts, how to start, the
/// first activities and what precedent pairs did. The screen
/// (`ReportMessages.match`) and the documents (`PlanMessages.match`) say the
/// same things, so both hand out these; `MatchWording` fills them from a
/// proposal. Arguments are names and labels already in the language (the
/// team's own names as typed).
public protocol MatchWords: Sendable {
    /// Area labels one after the other, without "and" (labels such as
    /// "Trade and investment" would make "A and B and C" ambiguous).
    func areas(_ labels: [String]) -> String
    /// Several items in a sentence: "a, b and c".
    func list(_ items: [String]) -> String
    /// A heading on the screen: "Summary:".
    func screenHeading(_ heading: String) -> String
    /// A label and its text on one line: "First agreement: Start with…".
    func labelled(_ label: String, _ text: String) -> String
    /// Two cities' values of a fact on one line: "Rome: yes; Yantai: yes".
    func sideBySide(_ first: String, _ second: String) -> String

    /// "Match-making proposal: Rome and Yantai  (score 62 of 100)".
    func proposalHeading(first: String, second: String, score: Int) -> String
    /// A ranked candidate after its number: "Wuhan, China  score 62 of 100  (wuhan.json)".
    func rankedCandidate(place: String, score: Int, source: String) -> String
    /// "62 of 100": a score on its fixed scale.
    func score(_ points: Int) -> String
    /// A part of the score: "12 of 24".
    func points(_ points: Int, of maximum: Int) -> String
    /// The part's name, as the breakdown lists it: "Shared areas".
    func part(_ kind: MatchScore.Kind) -> String
    /// Why a part earned its points: "Both want to work on Sport". `areas`
    /// is already joined; `obstacles` are the obstacle kinds' labels.
    func reason(_ kind: MatchScore.Kind, city: String, candidate: String, areas: String, obstacles: [String]) -> String
    /// A line of the breakdown: the part's name, its points and why.
    func breakdownLine(part: String, points: String, reason: String) -> String
    /// Why a part earned nothing: "No area both want to work on yet".
    func nothing(_ kind: MatchScore.Kind, city: String, candidate: String) -> String
    /// What earned the city-facts points: the band both are in (or the two
    /// neighbouring bands), the coastal answer both gave, the sectors both have.
    func cityFacts(bands: [String], coastal: Bool?, sectors: String) -> String

    /// "Manchester names Wuhan as its partner city; signed so far: …" —
    /// the signed rung in the ladder's words, or that nothing is signed yet.
    func link(_ link: MatchLink) -> String
    /// A rung of the agreement ladder by name.
    func stage(_ stage: AgreementStage) -> String
    /// Two rungs in order: "Letter of Cooperation Intent, then Project Agreement".
    func rungs(_ next: String, then: String) -> String
    /// Advice to cities with nothing signed between them; `areas` (joined) may be empty.
    func firstAgreement(areas: String) -> String
    /// Said before the first agreement when one city already has the other
    /// in view as its partner but nothing is signed.
    func nothingSignedYet(recordedBy: String, other: String) -> String
    /// Advice to partners: what they have signed (the rung, in the ladder's
    /// words) and the next step; `headline` is the ladder's, or the rungs' names.
    func nextStep(first: String, second: String, signed: String, headline: String) -> String
    /// Two cities of the same side given to `match A B`: no agreement is proposed.
    func sameSide(first: String, second: String, side: CitySide?) -> String
    /// A first activity's title; `area` is the label of a business delegation's area.
    func activityTitle(_ kind: MatchProposal.Activity.Kind, area: String?) -> String
    /// What a first activity is, between the two cities.
    func activityDescription(_ kind: MatchProposal.Activity.Kind, area: String?, first: String, second: String)
        -> String

    /// A city's existing partnership: "Wuhan (China), Letter of Cooperation
    /// Intent signed, active"; `status` is the status's label, if given.
    func partnership(_ partnership: MatchProposal.Partnership, status: String?) -> String
    /// The flag on a partnership whose partner is in the other city's country.
    func alreadyPairedIn(_ country: String) -> String
    /// The note on a partnership whose partner is the other city itself
    /// (named the same, or in another script), so it is never read as a
    /// pairing with some other city.
    var ownPartnership: String { get }
    /// A city's partnership line in a proposal: "Wuhan: none recorded" or "Wuhan: …".
    func partnershipOf(_ city: String, _ text: String?) -> String
    /// Marks a candidate of the city's own side (ranked only with --any-side).
    var sameSideMark: String { get }
    /// How many same-side candidates were left out, and how to include them.
    func sameSideLeftOut(_ count: Int, city: String) -> String

    /// Headings of the proposal's parts (without punctuation).
    var summaryHeading: String { get }
    var breakdownHeading: String { get }
    var strongestReasonsHeading: String { get }
    var firstAgreementHeading: String { get }
    /// Instead of "First agreement" for two cities that have signed one.
    var nextAgreementHeading: String { get }
    var firstActivitiesHeading: String { get }
    var partnershipsHeading: String { get }
    /// Before a ranked candidate's partnership: "Existing partnership".
    var partnershipLabel: String { get }
    var factsHeading: String { get }
    /// The rows of the facts side by side.
    var bandRow: String { get }
    var coastalRow: String { get }
    var sectorsRow: String { get }
    /// A coastal answer: "yes" / "no".
    func coastal(_ coastal: Bool) -> String
    /// A fact a city did not give.
    var notGiven: String { get }
    /// The column of what a precedent pair did.
    var precedentDidColumn: String { get }
    /// What the pair did, after the pair's name: "Rome – Yantai: …".
    func precedentDid(_ did: String) -> String
    /// "Score: 62 of 100 (see README, How candidates are scored)".
    func scoreLine(_ points: Int) -> String
}
