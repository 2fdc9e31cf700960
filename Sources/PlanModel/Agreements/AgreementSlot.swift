/// The details a clause of `rules/agreement-clauses.yaml` can name, written
/// `{name}`. Unlike the plan's `PlanSlot`, an empty slot never falls back to
/// general words: an agreement put before two mayors must not say anything
/// the cities did not, so each empty slot is a visible blank to fill in
/// (`[____ signatory's title]`), worded by the file's `blanks:`. Some slots
/// are always blank because no question asks them (the signatories' titles,
/// the date of signing, what each side brings to the project).
public enum AgreementSlot: String, Sendable, CaseIterable {
    case city
    case cityCountry = "city-country"
    case partner
    case partnerCountry = "partner-country"
    case citySignatory = "city-signatory"
    case partnerSignatory = "partner-signatory"
    case signingDate = "signing-date"
    case signingPlace = "signing-place"
    /// The city's priority opportunities (or its first two), as typed.
    case cityPurpose = "city-purpose"
    /// The same from the partner's session.
    case partnerPurpose = "partner-purpose"
    /// The cooperation areas the draft names (`AgreementFacts.areas`).
    case areas
    /// The concrete project's title, from its description.
    case project
    /// The project's description, as typed.
    case projectDescription = "project-description"
    case cityPart = "city-part"
    case partnerPart = "partner-part"
    /// Who manages the partnership on each side: the office and the kind of body.
    case cityManager = "city-manager"
    case partnerManager = "partner-manager"
    case meetingFrequency = "meeting-frequency"
    /// The first year's activities of the five-year plan.
    case activities
    case startYear = "start-year"
    case endYear = "end-year"
    /// The next round anniversary (5, 10, 15 … years) of the partnership.
    case reviewYear = "review-year"
    /// The agreement's short name in the clause's language ("Memorandum", "合作意向书"), from `words:`.
    case agreement
    /// The languages of the draft, named in the clause's language.
    case languages
    case fundingSources = "funding-sources"
    /// Whether both sides have said the funding is agreed, in the file's `words:`.
    case fundingAgreed = "funding-agreed"
    case responsibilitiesAgreed = "responsibilities-agreed"

    /// Whether a value comes from what a team typed (and is shown as typed,
    /// isolated from the sentence around it) rather than from a vocabulary
    /// label or a number the tool worked out.
    var isTyped: Bool {
        switch self {
        case .city, .cityCountry, .partner, .partnerCountry, .cityPurpose, .partnerPurpose, .project,
            .projectDescription:
            true
        default: false
        }
    }
}
