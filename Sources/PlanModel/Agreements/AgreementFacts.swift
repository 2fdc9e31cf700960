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
    /// The languages the two sessions were answered in: in a language's text
    /// the names are spelt as the session answered in that language spells
    /// them (宁波 and 诺丁汉 from Ningbo's Chinese session, Ningbo and
    /// Nottingham from Nottingham's English one; review of issue 16).
    var cityWrittenIn: String? = nil
    var partnerWrittenIn: String? = nil

    /// Whether this text is in the partner session's language and not the city's.
    private var partnerSpeaks: Bool {
        guard partner != nil, let partnerWrittenIn else { return false }
        return partnerWrittenIn == language && cityWrittenIn != language
    }

    /// Whether this text is in the city session's language and not the partner's.
    private var citySpeaks: Bool {
        guard let cityWrittenIn else { return true }
        return cityWrittenIn == language && partnerWrittenIn != language
    }

    var language: String { city.language }
    var clauses: AgreementClauses { catalog.agreementClauses }
    var lists: ListStyle { catalog.names.listStyle(in: language) }

    /// The slot's pieces, or nil for a blank.
    func value(_ slot: AgreementSlot) -> [AgreementPiece]? {
        switch slot {
        case .city:
            return typed((partnerSpeaks ? partner?.text("partner-name") : nil) ?? city.text("city-name"))
        case .cityCountry:
            return typed((partnerSpeaks ? partner?.text("partner-country") : nil) ?? city.text("city-country"))
        case .partner:
            let named = city.hasPartner ? city.text("partner-name") : nil
            return typed(citySpeaks ? named ?? partner?.text("city-name") : partner?.text("city-name") ?? named)
        case .partnerCountry:
            let named = city.text("partner-country")
            return typed(citySpeaks ? named ?? partner?.text("city-country") : partner?.text("city-country") ?? named)
        case .citySignatory, .partnerSignatory, .signingDate, .signingPlace, .cityPart, .partnerPart,
            .meetingFrequency:
            // No question asks these: the parties fill them in.
            return nil
        case .cityPurpose: return purpose(of: city)
        case .partnerPurpose: return partner.flatMap(purpose(of:))
        case .areas:
            let ids = areas
            return ids.isEmpty ? nil : [.text(ids.map(city.areaLabel).joined(separator: lists.areas))]
        case .project: return typed(projectDescription.flatMap(Self.projectName))
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

    /// The project's name for the agreement's title: the description's first
    /// phrase when it is short enough to be a name; else nil, and the title
    /// shows a blank for the parties to name it. A title is never a shortened
    /// guess ending in "…" (review of issue 16).
    static func projectName(_ description: String) -> String? {
        let stops: Set<Character> = [".", ";", ":", "。", "；", "：", "，", ","]
        let phrase = String(description.prefix { !stops.contains($0) }).trimmingWhitespace()
        guard !phrase.isEmpty, phrase.displayWidth <= projectNameWidth else { return nil }
        return phrase
    }

    /// The widest project name a title takes, in terminal columns (a Chinese
    /// character is two): two lines of a title on A4, enough for a project's
    /// full name ("… under the Bonn-Chengdu Partnership for Sustainable
    /// Low-Carbon Development"), not for a paragraph.
    static let projectNameWidth = 150

    private var projectDescription: String? {
        city.text("project-description") ?? partner?.text("project-description")
    }

    /// The next round anniversary (5, 10, 15 … years) of the first agreement
    /// from the plan's first year on: the report's moment to review (§2.2.1).
    var reviewYear: Int? {
        guard let signed = city.agreementYear ?? partner?.agreementYear else { return nil }
        // After the year the agreement takes effect (the plan's first year).
        var year = max(city.planStartYear + 1, signed + 1)
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

    /// Who manages the partnership on a side: its international office as typed.
    private func manager(of facts: PlanFacts) -> [AgreementPiece]? {
        // The office as typed names the side; the management choice's labels
        // speak in the first person ("our international relations office"),
        // which a two-party text cannot use (review of issue 16), so it is left
        // out, and with no office typed the clause shows a blank.
        typed(facts.text("international-office"))
    }

    /// Whether a project matter is agreed, as the sessions say; when the two
    /// sessions say different things it is a blank for the parties to settle.
    private func agreed(_ question: String) -> [AgreementPiece]? {
        if let ours = city.flag(question), let theirs = partner?.flag(question), ours != theirs { return nil }
        guard let flag = city.flag(question) ?? partner?.flag(question),
            let words = clauses.words[flag ? "agreed" : "not-agreed"]?[language]
        else { return nil }
        return [.text(words)]
    }
}
