/// Drafts an agreement from a city's session, and its partner's when given
/// (issue 16): the clauses of `rules/agreement-clauses.yaml` for the type,
/// each in every language asked, their details filled from the answers and
/// every missing one left a blank. Pure: the same sessions and files always
/// give the same draft.
public struct AgreementDrafter: Sendable {
    public let questionnaire: Questionnaire
    public let catalog: RuleCatalog

    public init(questionnaire: Questionnaire, catalog: RuleCatalog) {
        self.questionnaire = questionnaire
        self.catalog = catalog
    }

    /// What the ladder suggests drafting next for the city: the next rung, or
    /// the Project Contract's checklist at the top (nil then).
    public func suggested(for session: Session) -> AgreementType? {
        let facts = PlanFacts(questionnaire: questionnaire, session: session)
        return AgreementAdvisor.ladder(facts).next.flatMap(AgreementType.init(stage:))
    }

    /// - Parameters:
    ///   - type: the agreement asked, or nil for the one the ladder suggests.
    ///   - languages: in order, the first leading; each must be one of the clause file's.
    public func draft(
        city session: Session, partner partnerSession: Session?, type requested: AgreementType?, languages: [String]
    ) -> AgreementDraft {
        let suggested = suggested(for: session)
        let type = requested ?? suggested ?? .contract
        let clauses = catalog.agreementClauses
        var titles: [String: [AgreementPiece]] = [:]
        var headings: [String: [String: String]] = [:]
        var texts: [String: [String: [AgreementPiece]]] = [:]
        var firstFacts: AgreementFacts?
        for language in languages {
            let facts = AgreementFacts(
                city: Self.facts(session, language, questionnaire),
                partner: partnerSession.map { Self.facts($0, language, questionnaire) }, type: type,
                catalog: catalog, draftLanguages: languages, cityWrittenIn: session.language,
                partnerWrittenIn: partnerSession?.language)
            if firstFacts == nil { firstFacts = facts }
            titles[language] = render(clauses.titles[type]?[language], facts)
            for clause in clauses.clauses(of: type) {
                headings[clause.id, default: [:]][language] = clause.headings[language] ?? ""
                texts[clause.id, default: [:]][language] = render(clause.texts[language], facts)
            }
        }
        let drafted = clauses.clauses(of: type).map { clause in
            AgreementDraft.Clause(
                id: clause.id, source: clause.source, lawyersDecide: clause.lawyersDecide,
                headings: headings[clause.id] ?? [:], texts: texts[clause.id] ?? [:])
        }
        let city = firstFacts?.value(.city)?.plain
        let partner = firstFacts?.value(.partner)?.plain
        return AgreementDraft(
            type: type, suggested: suggested, languages: languages, titles: titles, clauses: drafted,
            notes: notes(session, partnerSession, type: type, suggested: suggested, partnerName: partner),
            city: city, partner: partner)
    }

    private static func facts(_ session: Session, _ language: String, _ questionnaire: Questionnaire) -> PlanFacts {
        var copy = session
        copy.language = language
        return PlanFacts(questionnaire: questionnaire, session: copy)
    }

    private func render(_ template: ClauseTemplate?, _ facts: AgreementFacts) -> [AgreementPiece] {
        guard let template else { return [] }
        var pieces: [AgreementPiece] = []
        for part in template.parts {
            switch part {
            case .text(let text): pieces.append(.text(text))
            case .slot(let slot):
                if let value = facts.value(slot) {
                    pieces += value
                } else {
                    pieces.append(.blank(facts.clauses.blanks[slot]?[facts.language] ?? slot.rawValue))
                }
            }
        }
        return pieces
    }

    private func notes(
        _ session: Session, _ partnerSession: Session?, type: AgreementType, suggested: AgreementType?,
        partnerName: String?
    ) -> [AgreementNote] {
        var notes: [AgreementNote] = []
        let city = PlanFacts(questionnaire: questionnaire, session: session)
        if partnerName == nil { notes.append(.noPartner) }
        if let partnerSession {
            let partner = PlanFacts(questionnaire: questionnaire, session: partnerSession)
            if let side = Self.side(city), side == Self.side(partner) { notes.append(.sameSide(side)) }
            if let named = city.text("partner-name"), let other = partner.text("city-name"),
                Self.wide(named) == Self.wide(other), Self.comparable(named) != Self.comparable(other)
            {
                notes.append(.partnerIsAnotherCity(named: named, session: other))
            }
        }
        if type != suggested && !(suggested == nil && type == .contract) {
            notes.append(.notTheNextRung(suggested: suggested))
        }
        return notes
    }

    /// The side a session answers, or for an older session the one its country gives.
    private static func side(_ facts: PlanFacts) -> CitySide? {
        facts.text(CitySide.questionID).flatMap(CitySide.init(rawValue:))
            ?? CitySide.guessed(fromCountry: facts.text("city-country"))
    }

    /// Whether a name is written in Chinese characters: "Ningbo" and "宁波"
    /// are the same city in two scripts, which the tool cannot compare.
    private static func wide(_ name: String) -> Bool {
        name.unicodeScalars.contains { $0.value >= 0x2E80 }
    }

    private static func comparable(_ name: String) -> String {
        name.trimmingWhitespace().lowercased()
    }
}
