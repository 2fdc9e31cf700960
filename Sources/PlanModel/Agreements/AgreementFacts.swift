/// What one language's text of a draft agreement reads from the sessions:
/// the city's answers, and the partner's when its session is given, which
/// then fills the partner's side (its name, country, purpose and who manages
/// the partnership there). A detail no answer gives is nil, and the clause
/// shows a blank: nothing is guessed.
struct AgreementFacts {
    let city: PlanFacts
    let partner: PlanFacts?
    let type: AgreementType
    let catalog: RuleCatalog
    /// The languages of the whole draft, for the languages clause.
    let draftLanguages: [String]

    var language: String { city.language }
    var clauses: AgreementClauses { catalog.agreementClauses }
    var lists: ListStyle { catalog.names.listStyle(in: language) }

    /// The slot's pieces, or nil for a blank.
    func value(_ slot: AgreementSlot) -> [AgreementPiece]? {
        switch slot {
        case .city: return typed(city.text("city-name"))
        case .cityCountry: return typed(city.text("city-country"))
        case .partner:
            return typed(partner?.text("city-name") ?? (city.hasPartner ? city.text("partner-name") : nil))
        case .partnerCountry: return typed(partner?.text("city-country") ?? city.text("partner-country"))
        case .citySignatory, .partnerSignatory, .signingDate, .signingPlace, .cityPart, .partnerPart,
            .meetingFrequency:
            // No question asks these: the parties fill them in.
            return nil
        case .cityPurpose: return purpose(of: city)
        case .partnerPurpose: return partner.flatMap(purpose(of:))
        case .areas:
            let ids = areas
            return ids.isEmpty ? nil : [.text(ids.map(city.areaLabel).joined(separator: lists.areas))]
        case .project: return typed(projectDescription.map(PlanSlot.title))
        case .projectDescription: return typed(projectDescription)
        case .cityManager: return manager(of: city)
        case .partnerManager: return partner.flatMap(manager(of:))
        case .activities:
            let titles = Suggestions(facts: city, catalog: catalog).plan
                .filter { $0.planYear == 1 && !clauses.leftOutActivities.contains($0.rule) }.map(\.title)
            return titles.isEmpty ? nil : [.text(titles.joined(separator: lists.entries))]
        case .startYear:
            return city.isAnswered("plan-start-year") ? [.text(String(city.planStartYear))] : nil
        case .endYear:
            guard city.isAnswered("plan-start-year") else { return nil }
            return [.text(String(city.planStartYear + FiveYearPlanner.years - 1))]
        case .reviewYear: return reviewYear.map { [.text(String($0))] }
        case .agreement: return clauses.words["name-\(type.rawValue)"]?[language].map { [.text($0)] }
        case .languages:
            guard draftLanguages.count > 1 else { return nil }
            let names = draftLanguages.compactMap { clauses.words["language-\($0)"]?[language] }
            return [.text(names.joined(separator: clauses.words["and"]?[language] ?? lists.labels))]
        case .fundingSources:
            let ids = city.texts("funding-sources")
            guard !ids.isEmpty else { return nil }
            return [
                .text(
                    ids.map { PlanSlot.inSentence(city.label($0, vocabulary: "funding-sources")) }
                        .joined(separator: lists.labels))
            ]
        case .fundingAgreed: return agreed("project-funding-agreed")
        case .responsibilitiesAgreed: return agreed("project-responsibilities-agreed")
        }
    }

    /// The areas the draft names, as the answers support them:
    /// - the areas the city's session records as shared with its partner
    ///   (`shared-areas`); with the partner's session too, those both
    ///   sessions record, or the one side's when only one records any;
    /// - for an MoU only, when neither records shared areas, the city's three
    ///   strongest areas from its SWOC (as the ladder advice names them): an
    ///   MoU may name a broad range of fields to explore (§1.3.1, Case study 5);
    /// - otherwise none, and the clause shows a blank: a Letter of
    ///   Cooperation Intent names only areas both cities have identified (§1.3.2).
    var areas: [String] {
        let own = city.sharedAreas
        let theirs = partner?.sharedAreas ?? []
        let shared: [String]
        if !own.isEmpty && !theirs.isEmpty {
            shared = own.filter(theirs.contains)
        } else {
            shared = own.isEmpty ? theirs : own
        }
        if !shared.isEmpty || type != .mou { return shared }
        return Array(city.rankedAreas.prefix(3))
    }

    private var projectDescription: String? {
        city.text("project-description") ?? partner?.text("project-description")
    }

    /// The next round anniversary (5, 10, 15 … years) of the first agreement
    /// from the plan's first year on: the report's moment to review (§2.2.1).
    var reviewYear: Int? {
        guard let signed = city.agreementYear ?? partner?.agreementYear else { return nil }
        var year = max(city.planStartYear, signed + 1)
        while (year - signed) % 5 != 0 { year += 1 }
        return year
    }

    private func typed(_ text: String?) -> [AgreementPiece]? {
        guard let text, !text.trimmingWhitespace().isEmpty else { return nil }
        return [.typed(text)]
    }

    /// A side's purpose in its own words: the opportunities it marked as
    /// priorities, or else its first two, as typed.
    private func purpose(of facts: PlanFacts) -> [AgreementPiece]? {
        let opportunities = facts.entries(.opportunities).map(\.entry)
        let priorities = opportunities.filter(\.isPriority)
        let chosen = priorities.isEmpty ? Array(opportunities.prefix(2)) : priorities
        guard !chosen.isEmpty else { return nil }
        var pieces: [AgreementPiece] = []
        for (index, entry) in chosen.enumerated() {
            if index > 0 { pieces.append(.text(lists.entries)) }
            pieces.append(.typed(TextTemplate.withoutFinalStop(entry.text)))
        }
        return pieces
    }

    /// Who manages the partnership on a side: its international office as
    /// typed, and the kind of body it chose, in this language.
    private func manager(of facts: PlanFacts) -> [AgreementPiece]? {
        var pieces: [AgreementPiece] = []
        if let office = facts.text("international-office") { pieces.append(.typed(office)) }
        if let entity = facts.text("management-entity") {
            if !pieces.isEmpty { pieces.append(.text(lists.entries)) }
            let label = facts.label(entity, vocabulary: "management-entity")
            pieces.append(.text(pieces.isEmpty ? label : PlanSlot.inSentence(label)))
        }
        return pieces.isEmpty ? nil : pieces
    }

    private func agreed(_ question: String) -> [AgreementPiece]? {
        guard let flag = city.flag(question) ?? partner?.flag(question),
            let words = clauses.words[flag ? "agreed" : "not-agreed"]?[language]
        else { return nil }
        return [.text(words)]
    }
}
