import Foundation

/// The answers the suggestion rules read, by the question ids documented in
/// questionnaires/README.md, with choice labels for the sentences. Only
/// questions that are asked count, so an answer left behind on a path the
/// team changed is never used as a fact.
public struct PlanFacts: Sendable {
    public let questionnaire: Questionnaire
    public let language: String
    let answers: [String: AnswerValue]
    /// The calendar year the session was last changed, for ages and anniversaries.
    public let currentYear: Int
    /// For a revived session, the round before this one.
    public let previousRound: SessionRound?

    public init(questionnaire: Questionnaire, session: Session) {
        self.questionnaire = questionnaire
        language = session.language
        answers = WizardEngine(questionnaire: questionnaire, session: session).askedAnswers
        currentYear = Self.utcCalendar.component(.year, from: session.updatedAt)
        previousRound = session.previousRounds.last
    }

    /// Made once: building a calendar is slow, and match-making builds facts for thousands of sessions.
    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    // MARK: Revival

    public var isRevived: Bool { previousRound != nil }

    /// Cooperation areas this round names that the previous round did not: the
    /// refreshed priorities of a revival (Case study 13).
    public var refreshedAreas: [String] {
        guard let previousRound else { return [] }
        var before = Set<String>()
        for value in previousRound.answers.values {
            if case .swocEntries(let entries) = value { for entry in entries { before.formUnion(entry.areas) } }
        }
        if case .texts(let shared) = previousRound.answers["shared-areas"] { before.formUnion(shared) }
        return rankedAreas.filter { !before.contains($0) }
    }

    /// Whether the partnership was dormant in the previous round or is now.
    public var wasDormant: Bool {
        if isDormant { return true }
        if case .text("dormant") = previousRound?.answers["partner-status"] { return true }
        return false
    }

    // MARK: Reading answers

    public func text(_ id: String) -> String? {
        if case .text(let text) = answers[id], !text.isEmpty { return text }
        return nil
    }

    public func texts(_ id: String) -> [String] {
        if case .texts(let texts) = answers[id] { return texts }
        return []
    }

    public func flag(_ id: String) -> Bool? {
        if case .flag(let flag) = answers[id] { return flag }
        return nil
    }

    public func number(_ id: String) -> Double? {
        if case .number(let number) = answers[id] { return number }
        return nil
    }

    /// A year answer, if it is a whole number within `SessionValueLimits.years`.
    /// Sessions are checked on load; this keeps every sum of years (ages,
    /// anniversaries, the plan's years) safe for a session built any other way.
    public func year(_ id: String) -> Int? {
        guard let year = number(id).flatMap({ Int(exactly: $0) }), SessionValueLimits.years.contains(year) else {
            return nil
        }
        return year
    }

    public func isAnswered(_ id: String) -> Bool {
        answers[id] != nil
    }

    /// The label of a choice id in the vocabulary of the question `questionID`
    /// (or the named vocabulary), falling back to the id.
    public func label(_ id: String, vocabulary name: String) -> String {
        if let choices = questionnaire.question(id: name)?.choices, let choice = choices.choice(id: id) {
            return choice.label.text(in: language, fallback: questionnaire.defaultLanguage)
        }
        return questionnaire.label(id, in: name, language: language)
    }

    /// The ids of the choices the question offers this city, in order: the
    /// question resolved for the answers, as the wizard shows it, so that a
    /// text naming choices the team did not pick names only its own side's
    /// (a Chinese city is never pointed to EU funds). For a session saved
    /// before the side was asked, resolved for the side `citySide` reads
    /// from the country.
    public func offeredChoices(_ questionID: String) -> [String] {
        questionnaire.question(id: questionID)?.resolved(with: answersWithSide).choices?.choices.map(\.id) ?? []
    }

    public func areaLabel(_ id: String) -> String {
        label(id, vocabulary: "cooperation-areas")
    }

    /// Area names joined with commas only: with "and" inside labels such as
    /// "Trade and investment", "A and B and C" would be ambiguous.
    public func areaList(_ ids: [String]) -> String {
        questionnaire.areaList(ids, language: language)
    }

    // MARK: The city and its partner

    public var hasPartner: Bool { flag("has-partner") == true || text("partner-name") != nil }
    public var partnerYear: Int? { year("partner-year") }
    public var status: String? { text("partner-status") }
    public var isDormant: Bool { status == "dormant" }

    /// The rung reached: the answer to partner-stage, or the highest agreement signed.
    public var stage: AgreementStage {
        let stated = text("partner-stage").flatMap(AgreementStage.init(id:))
        let signed = texts("signed-agreements").compactMap(AgreementStage.init(id:)).max()
        return [stated, signed].compactMap { $0 }.max() ?? .noAgreement
    }

    /// The question ids the stage was read from, for reasons.
    public var stageAnswers: [String] {
        ["partner-stage", "signed-agreements"].filter(isAnswered)
    }

    /// The year the first agreement was signed, or the partnership formalised.
    public var agreementYear: Int? { year("mou-year") ?? partnerYear }

    // MARK: SWOC

    /// Visits a quadrant's entries in order without building a list.
    public func forEachEntry(_ quadrant: SwocQuadrant, _ body: (SwocEntry) -> Void) {
        for id in questionnaire.questionIDs(for: quadrant) {
            guard case .swocEntries(let entries) = answers[id] else { continue }
            for entry in entries { body(entry) }
        }
    }

    public func entries(_ quadrant: SwocQuadrant) -> [(reference: SwocReference, entry: SwocEntry)] {
        let ids = questionnaire.questionIDs(for: quadrant)
        let all = ids.flatMap { id -> [SwocEntry] in
            if case .swocEntries(let entries) = answers[id] { return entries }
            return []
        }
        return all.enumerated().map { (SwocReference(quadrant: quadrant, number: $0.offset + 1), $0.element) }
    }

    /// The entries the team marked as mattering most, in every quadrant.
    public var priorityReferences: Set<SwocReference> {
        Set(
            SwocQuadrant.allCases.flatMap { entries($0) }.filter { $0.entry.isPriority }.map(\.reference))
    }

    public var swocAnswerIDs: [String] {
        questionnaire.questions.filter { $0.kind == .swoc && answers[$0.id] != nil }.map(\.id)
    }

    // MARK: Cooperation areas

    public var sharedAreas: [String] { texts("shared-areas") }

    /// How many times more an entry the team marked as mattering most counts
    /// when areas are ranked: a workshop's priorities outweigh a count of
    /// mentions, and two marked opportunities (2 × 2 × 3 = 12) outweigh one
    /// shared area (10), which a partner agreed to.
    public static let priorityWeight = 3

    /// Areas ranked by how strongly the answers point at them: shared areas
    /// first, then how often opportunities and strengths are tagged with them
    /// (the team's priorities counting `priorityWeight` times), then the
    /// vocabulary's order, so the ranking is stable.
    public var rankedAreas: [String] {
        var score: [String: Int] = [:]
        for area in sharedAreas { score[area, default: 0] += 10 }
        if let interest = text("business-interest") { score[interest, default: 0] += 5 }
        func weight(_ entry: SwocEntry) -> Int { entry.isPriority ? Self.priorityWeight : 1 }
        for (_, entry) in entries(.opportunities) {
            for area in entry.areas { score[area, default: 0] += 2 * weight(entry) }
        }
        for (_, entry) in entries(.strengths) { for area in entry.areas { score[area, default: 0] += weight(entry) } }
        let order = questionnaire.vocabularies["cooperation-areas"]?.choices.map(\.id) ?? []
        return score.keys.sorted {
            if score[$0]! != score[$1]! { return score[$0]! > score[$1]! }
            return (order.firstIndex(of: $0) ?? .max, $0) < (order.firstIndex(of: $1) ?? .max, $1)
        }
    }

    /// SWOC entries tagged with an area, for linking activities to them.
    public func references(taggedWith area: String, in quadrants: [SwocQuadrant]) -> [SwocReference] {
        quadrants.flatMap { entries($0) }.filter { $0.entry.areas.contains(area) }.map(\.reference)
    }

    // MARK: Projects, resources, management

    public var concreteProject: Bool { flag("concrete-project") == true }
    public var fundingAgreed: Bool { flag("project-funding-agreed") == true }
    public var responsibilitiesAgreed: Bool { flag("project-responsibilities-agreed") == true }
    public var resourceLevel: String? { text("resource-level") }
    public var isLean: Bool { resourceLevel == "lean" }
    public var isWellFunded: Bool { resourceLevel == "well-funded" }
    public var planStartYear: Int { year("plan-start-year") ?? currentYear + 1 }
    /// The year ages are measured at: the year before the plan starts, so that
    /// warnings and the plan speak of the same moment.
    public var referenceYear: Int { planStartYear - 1 }

    /// An education partner: universities among the links, or education among the areas.
    public var hasEducationPartner: Bool {
        texts("existing-link-types").contains("universities")
            || rankedAreas.contains { ["higher-education-research", "vocational-education"].contains($0) }
    }

    public static func humanList(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}
