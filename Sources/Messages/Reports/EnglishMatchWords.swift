import PlanModel

/// `MatchWords` in English.
struct EnglishMatchWords: MatchWords {
    func areas(_ labels: [String]) -> String { labels.joined(separator: ", ") }
    func list(_ items: [String]) -> String { PlanFacts.humanList(items) }

    func theme(_ theme: SwocTheme) -> String {
        switch theme {
        case .language: "language and culture"
        case .staffTurnover: "staff turnover"
        case .funding: "funding"
        case .experience: "lack of experience"
        case .publicity: "visibility"
        }
    }

    func reason(_ kind: MatchScore.Kind, city: String, candidate: String, areas: String, themes: [String]) -> String {
        switch kind {
        case .sharedInterests: "Both want to work on \(areas)"
        case .offersToCandidate: "\(city) is strong where \(candidate) needs it: \(areas)"
        case .offersFromCandidate: "\(candidate) is strong where \(city) needs it: \(areas)"
        case .sharedChallenges: "Shared challenges: " + list((areas.isEmpty ? [] : [areas]) + themes)
        case .existingLink: "They already know each other"
        }
    }

    func link(_ link: MatchLink) -> String {
        switch link.kind {
        case .partner: "\(link.city) names \(link.other) as its partner city."
        case .mention: "\(link.city)'s existing links mention \(link.other): \"\(link.text ?? "")\"."
        }
    }

    func stage(_ stage: AgreementStage) -> String { stage.name }
    func rungs(_ next: String, then: String) -> String { "\(next), then \(then)" }

    func firstAgreement(areas: String) -> String {
        "Start with a Memorandum of Understanding or friendship agreement"
            + (areas.isEmpty ? "" : ", naming \(areas)")
            + ", and follow it within a year with a first concrete project; an MoU alone does not make things happen."
    }

    func nextStep(first: String, second: String, headline: String) -> String {
        "\(first) and \(second) are already partners; the next step is: \(headline)."
    }

    func activityTitle(_ kind: MatchProposal.Activity.Kind, area: String?) -> String {
        switch kind {
        case .peopleToPeople: "People-to-people exchange"
        case .businessDelegation: "Business delegation on \(area ?? "")"
        }
    }

    func activityDescription(_ kind: MatchProposal.Activity.Kind, area: String?, first: String, second: String)
        -> String
    {
        switch kind {
        case .peopleToPeople:
            "Visits between schools, cultural groups, students or young professionals of \(first) and \(second), "
                + "to build the personal trust the rest rests on."
        case .businessDelegation:
            "A delegation of companies and business groups focused on \(area ?? ""), the strongest interest the two "
                + "share."
        }
    }
}
