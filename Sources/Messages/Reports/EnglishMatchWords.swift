import PlanModel

/// `MatchWords` in English.
struct EnglishMatchWords: MatchWords {
    func areas(_ labels: [String]) -> String { labels.joined(separator: ", ") }
    func list(_ items: [String]) -> String { PlanFacts.humanList(items) }
    func screenHeading(_ heading: String) -> String { heading + ":" }
    func labelled(_ label: String, _ text: String) -> String { "\(label): \(text)" }
    func sideBySide(_ first: String, _ second: String) -> String { "\(first); \(second)" }

    func proposalHeading(first: String, second: String, score: Int) -> String {
        "Match-making proposal: \(first) and \(second)  (score \(self.score(score)))"
    }
    func rankedCandidate(place: String, score: Int, source: String) -> String {
        "\(place)  score \(self.score(score))  (\(source))"
    }
    func score(_ points: Int) -> String { "\(points) of \(MatchScore.scale)" }
    func points(_ points: Int, of maximum: Int) -> String { "\(points) of \(maximum)" }

    func part(_ kind: MatchScore.Kind) -> String {
        switch kind {
        case .sharedInterests: "Shared areas"
        case .offersToCandidate, .offersFromCandidate: "Complementary strengths"
        case .sharedChallenges: "Shared challenges"
        case .existingLink: "Existing links"
        case .priorities: "The teams' priorities"
        case .cityFacts: "City facts"
        }
    }

    func reason(_ kind: MatchScore.Kind, city: String, candidate: String, areas: String, obstacles: [String]) -> String
    {
        switch kind {
        case .sharedInterests: "Both want to work on \(areas)"
        case .offersToCandidate: "\(city) is strong where \(candidate) needs it: \(areas)"
        case .offersFromCandidate: "\(candidate) is strong where \(city) needs it: \(areas)"
        case .sharedChallenges:
            "Both face " + ([self.areas(obstacles), areas].filter { !$0.isEmpty }.joined(separator: "; in "))
        case .existingLink: "They already know each other"
        case .priorities: "What the teams marked as mattering most meets the other city: \(areas)"
        case .cityFacts: "Alike in basic facts"
        }
    }

    func breakdownLine(part: String, points: String, reason: String) -> String {
        "\(part), \(points): \(reason)"
    }

    func nothing(_ kind: MatchScore.Kind, city: String, candidate: String) -> String {
        switch kind {
        case .sharedInterests: "No cooperation area both want to work on"
        case .offersToCandidate: "No strength of \(city) where \(candidate) needs one"
        case .offersFromCandidate: "No strength of \(candidate) where \(city) needs one"
        case .sharedChallenges: "No challenge in common"
        case .existingLink: "Neither names the other yet"
        case .priorities: "No marked priority that the other city answers"
        case .cityFacts: "No basic fact in common (or not given)"
        }
    }

    func cityFacts(bands: [String], coastal: Bool?, sectors: String) -> String {
        var parts: [String] = []
        switch bands.count {
        case 1: parts.append("both \(bands[0])")
        case 2: parts.append("neighbouring population bands (\(bands[0]); \(bands[1]))")
        default: break
        }
        if let coastal { parts.append(coastal ? "both coastal or port cities" : "both inland") }
        if !sectors.isEmpty { parts.append("sectors in common: \(sectors)") }
        return "Alike in basic facts: " + parts.joined(separator: "; ")
    }

    func link(_ link: MatchLink) -> String {
        switch link.kind {
        case .partner:
            guard let signed = link.signed, signed > .noAgreement else {
                return "\(link.city) names \(link.other) as the partner city it has in view; nothing is signed yet."
            }
            return "\(link.city) names \(link.other) as its partner city; signed so far: \(stage(signed))."
        case .mention: return "\(link.city)'s existing links mention \(link.other): \"\(link.text ?? "")\"."
        }
    }

    func stage(_ stage: AgreementStage) -> String { stage.name }
    func rungs(_ next: String, then: String) -> String { "\(next), then \(then)" }

    func firstAgreement(areas: String) -> String {
        "Start with a Memorandum of Understanding or friendship agreement"
            + (areas.isEmpty ? "" : ", naming \(areas)")
            + ", and follow it within a year with a first concrete project; an MoU alone does not make things happen."
    }

    func nothingSignedYet(recordedBy: String, other: String) -> String {
        "\(recordedBy) has \(other) in view as a partner city, but the two have signed nothing yet."
    }

    func nextStep(first: String, second: String, signed: String, headline: String) -> String {
        "\(first) and \(second) have signed: \(signed); the next step is: \(headline)."
    }

    func sameSide(first: String, second: String, side: CitySide?) -> String {
        let both: String
        switch side {
        case .european?: both = "both European cities"
        case .chinese?: both = "both Chinese cities"
        case nil: both = "cities of the same side"
        }
        return "\(first) and \(second) are \(both). This process pairs a European city with a Chinese one, "
            + "so no agreement or first activity is proposed; compare each with a city of the other side instead."
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

    func partnership(_ partnership: MatchProposal.Partnership, status: String?) -> String {
        let place = partnership.country.map { "\(partnership.partner) (\($0))" } ?? partnership.partner
        let signed =
            partnership.signed > .noAgreement ? "signed so far: \(stage(partnership.signed))" : "nothing signed yet"
        return ([place, signed] + [status].compactMap { $0 }).joined(separator: ", ")
    }

    func alreadyPairedIn(_ country: String) -> String { "already paired with a city in \(country)" }

    var ownPartnership: String { "the two cities' own partnership" }

    func partnershipOf(_ city: String, _ text: String?) -> String { "\(city): \(text ?? "none recorded")" }

    let sameSideMark = "(same side)"

    func sameSideLeftOut(_ count: Int, city: String) -> String {
        "\(count) candidate\(count == 1 ? "" : "s") on the same side as \(city) left out "
            + "(this process pairs a European city with a Chinese one; --any-side ranks them too)."
    }

    let summaryHeading = "Summary"
    let breakdownHeading = "Score, part by part"
    let strongestReasonsHeading = "Strongest reasons"
    let firstAgreementHeading = "First agreement"
    let nextAgreementHeading = "Next agreement"
    let firstActivitiesHeading = "First activities"
    let partnershipsHeading = "Partnerships they already have"
    let partnershipLabel = "Existing partnership"
    let factsHeading = "City facts side by side"
    let bandRow = "Population"
    let coastalRow = "Coastal or port city"
    let sectorsRow = "Main economic sectors"
    func coastal(_ coastal: Bool) -> String { coastal ? "yes" : "no" }
    let notGiven = "not given"
    let precedentDidColumn = "What they did"
    func precedentDid(_ did: String) -> String { did }
    func scoreLine(_ points: Int) -> String {
        "Score: \(score(points)) (the parts below add up to it; see the README, How candidates are scored)"
    }
}
