/// The details of a city's answers that a rule's texts can name, written
/// `{name}` in a rule file. Each slot is filled from the answers (or from what
/// the tool worked out, such as the anniversary at hand); a slot with nothing
/// to show is empty, and the text falls back as the template says.
public enum PlanSlot: String, Sendable, CaseIterable {
    case city
    case partner
    /// The concrete project as the team described it, shortened to a title.
    case project
    /// The same in quotes (“…”), for the agreement advice; its general words
    /// ("the concrete project") stand unquoted.
    case quotedProject = "quoted-project"
    /// The existing links the team listed (people, companies, universities ...).
    case links
    case linkTypes = "link-types"
    case channels
    case bridging
    case participants
    case exchangePlan = "exchange-plan"
    case delegationPlan = "delegation-plan"
    case businessInterest = "business-interest"
    /// The cooperation area at hand (`for-each: ranked-areas`).
    case area
    /// The areas the agreement advice names.
    case agreementAreas = "agreement-areas"
    case sharedAreas = "shared-areas"
    /// The codes of the SWOC entries the activity answers ("W2, C1").
    case entries
    /// The first of those entries, quoted (shortened).
    case entry
    /// The entries' authors: the quadruple-helix groups that raised them.
    case raisedBy = "raised-by"
    /// The anniversary at hand: the age, and the year of the first agreement.
    case age
    case formalised
    case firstAgreementAge = "first-agreement-age"
    case fundingSources = "funding-sources"
    /// Funding sources offered to the city's side (the questionnaire's `when:`
    /// on each choice, report §2.3.2) that the team has not used yet: a
    /// European city is not told of a Foreign Affairs Office's budget, nor a
    /// Chinese city of EU programmes.
    case fundingUnused = "funding-unused"
    case publicityChannels = "publicity-channels"
    case indicators
    case managementEntity = "management-entity"
    case nextAgreement = "next-agreement"
    /// The first thing the next agreement needs, from the ladder advice.
    case prerequisite
    case stage
    case weakest
    case planStart = "plan-start"
    case planEnd = "plan-end"
    /// For a TOWS strategy: the strength or weakness it pairs, as the team wrote it.
    case internalEntry = "internal-entry"
    /// For a TOWS strategy: the opportunity or challenge it pairs.
    case externalEntry = "external-entry"
    /// For a TOWS strategy: the cooperation areas the two entries share.
    case pairAreas = "pair-areas"

    /// The questions the slot reads: the answers behind a text that names it.
    public var questions: [String] {
        switch self {
        case .city: ["city-name"]
        case .partner: ["partner-name"]
        case .project, .quotedProject: ["project-description"]
        case .links: ["existing-links"]
        case .linkTypes: ["existing-link-types"]
        case .channels: ["matchmaking-channels"]
        case .bridging: ["bridging-organisations"]
        case .participants: ["swoc-participants"]
        case .exchangePlan: ["people-exchange-plan"]
        case .delegationPlan: ["business-delegation-plan"]
        case .businessInterest: ["business-interest"]
        case .area, .sharedAreas: ["shared-areas"]
        case .agreementAreas: ["shared-areas"]
        case .entries, .entry, .raisedBy, .internalEntry, .externalEntry, .pairAreas: []
        case .age, .formalised, .firstAgreementAge: ["mou-year", "partner-year"]
        case .fundingSources, .fundingUnused: ["funding-sources"]
        case .publicityChannels: ["publicity-channels"]
        case .indicators: ["monitoring-indicators"]
        case .managementEntity: ["management-entity"]
        case .nextAgreement, .stage, .prerequisite: ["partner-stage", "signed-agreements"]
        case .weakest: []
        case .planStart, .planEnd: ["plan-start-year"]
        }
    }

    /// Whether the slot shows something the team said (as opposed to what the
    /// tool worked out): an activity naming one is specific to the city.
    public var isFromAnswers: Bool {
        switch self {
        case .weakest, .planStart, .planEnd, .nextAgreement, .stage, .prerequisite: false
        default: true
        }
    }

    /// What a text says where the slot has nothing to show and the rule gave
    /// no other words: the catalogue's general words (`names.yaml`), in the plan's language.
    func generalWords(in context: RuleContext) -> String {
        context.names.generalWords(for: self, in: context.facts.language)
    }

    /// The longest quoted entry or project title, in characters.
    static let quoteLength = 90

    func value(in context: RuleContext) -> String? {
        let facts = context.facts
        let lists = context.lists
        func labels(_ question: String) -> String? {
            let ids = facts.texts(question)
            guard !ids.isEmpty else { return nil }
            return ids.map { Self.inSentence(facts.label($0, vocabulary: question)) }.joined(separator: lists.labels)
        }
        func list(_ question: String) -> String? {
            let items = facts.texts(question)
            return items.isEmpty ? nil : items.joined(separator: lists.entries)
        }
        switch self {
        case .city: return facts.text("city-name")
        case .partner: return facts.hasPartner ? facts.text("partner-name") : nil
        case .project:
            return facts.concreteProject ? facts.text("project-description").map { Self.title($0) } : nil
        case .quotedProject:
            return facts.text("project-description").map { "“\(Self.title($0))”" }
        case .links: return list("existing-links")
        case .linkTypes: return labels("existing-link-types")
        case .channels: return labels("matchmaking-channels")
        case .bridging: return labels("bridging-organisations")
        case .participants: return list("swoc-participants")
        case .exchangePlan: return facts.text("people-exchange-plan")
        case .delegationPlan: return facts.text("business-delegation-plan")
        case .businessInterest: return facts.text("business-interest").map(facts.areaLabel)
        case .area: return context.area.map(facts.areaLabel)
        case .agreementAreas:
            guard let areas = context.agreement?.areas, !areas.isEmpty else { return nil }
            return context.areaList(areas)
        case .sharedAreas: return facts.sharedAreas.isEmpty ? nil : context.areaList(facts.sharedAreas)
        case .entries: return context.answers.isEmpty ? nil : lists.references(context.answers)
        case .entry: return context.answers.first.flatMap(facts.entry).map { Self.shortened($0.text) }
        case .raisedBy:
            let actors = context.answers.compactMap { facts.entry($0)?.actor }
            guard !actors.isEmpty else { return nil }
            return Array(Set(actors)).sorted().map { facts.label($0, vocabulary: "helix-actors") }
                .joined(separator: lists.labels)
        case .age: return context.anniversaryAge.map(String.init)
        case .formalised: return facts.agreementYear.map(String.init)
        case .firstAgreementAge: return facts.agreementYear.map { String(facts.referenceYear - $0) }
        case .fundingSources: return labels("funding-sources")
        case .fundingUnused:
            guard facts.isAnswered("funding-sources") else { return nil }
            let used = Set(facts.texts("funding-sources"))
            let unused = facts.offeredChoices("funding-sources").filter { !used.contains($0) }
            guard !unused.isEmpty else { return nil }
            return unused.map { Self.inSentence(facts.label($0, vocabulary: "funding-sources")) }
                .joined(separator: lists.labels)
        case .publicityChannels: return labels("publicity-channels")
        case .indicators: return list("monitoring-indicators")
        case .managementEntity:
            return facts.text("management-entity").map { facts.label($0, vocabulary: "management-entity") }
        case .nextAgreement:
            return context.agreement?.next.map { context.names.name(of: $0, in: facts.language) }
        case .prerequisite: return context.agreement?.prerequisites.first
        case .stage: return context.names.name(of: facts.stage, in: facts.language)
        case .weakest:
            guard let health = context.health, !health.isLevel else { return nil }
            return context.names.name(of: health.weakest, in: facts.language).lowercased()
        case .planStart: return String(facts.planStartYear)
        case .planEnd: return String(facts.planStartYear + FiveYearPlanner.years - 1)
        case .internalEntry: return context.pair?.internal
        case .externalEntry: return context.pair?.external
        case .pairAreas: return context.pair.map { context.areaList($0.areas) }
        }
    }

    /// A choice label set inside a sentence: "The city's website" becomes
    /// "the city's website"; a name or an abbreviation ("EU funds", "CCUD")
    /// keeps its capital.
    static func inSentence(_ label: String) -> String {
        let scalars = Array(label.unicodeScalars)
        guard scalars.count > 1, scalars[0].properties.isUppercase,
            scalars[1].properties.isLowercase || scalars[1] == " ",
            let first = label.first
        else { return label }
        // Only ordinary words lose their capital; names of peoples, places
        // and bodies ("Chinese", "Nordic Edge", "Sister Cities International") keep it.
        let word = String(label.prefix { $0 != " " && $0 != "-" })
        guard ordinaryFirstWords.contains(word) else { return label }
        return first.lowercased() + label.dropFirst()
    }

    /// First words of the vocabularies' labels that are ordinary words.
    static let ordinaryFirstWords: Set<String> = [
        "A", "An", "Chambers", "City", "Companies", "Cultural", "Diaspora", "Earlier", "Events", "External", "Income",
        "Individuals", "Local", "Media", "National", "Newsletters", "Nobody", "Our", "Schools", "Social", "Special",
        "Support", "The", "Universities",
    ]

    /// A long text cut at a word boundary, so it quotes well: its first
    /// sentence (up to a full stop, "." or "。"), cut at a space if still
    /// longer than `length` terminal columns (a Chinese text, without spaces,
    /// at the width: its characters take two columns each).
    static func shortened(_ text: String, to length: Int = quoteLength) -> String {
        let firstSentence =
            text.split(maxSplits: 1, whereSeparator: { $0 == "." || $0 == "。" }).first.map(String.init) ?? text
        let candidate = firstSentence.trimmingWhitespace()
        guard candidate.displayWidth > length else { return candidate }
        var cut = Substring()
        var width = 0
        for character in candidate {
            width += DisplayWidth.of(character)
            if width > length { break }
            cut.append(character)
        }
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(atWord).trimmingWhitespace() + "…"
    }

    /// A project's description as a title: up to where a description turns
    /// from the project's name to what it is — the first "，", "：" or "；" in
    /// Chinese ("宁波诺丁汉大学，2004年成立，……"), the first ", " or ": " in
    /// English ("The University of Nottingham Ningbo China, opened in 2004 …")
    /// — and shortened if still long.
    static func title(_ text: String) -> String {
        var name = text.split(maxSplits: 1, whereSeparator: { "，：；".contains($0) }).first.map(String.init) ?? text
        for separator in [", ", ": "] {
            if let range = name.range(of: separator) { name = String(name[..<range.lowerBound]) }
        }
        return shortened(name, to: projectTitleLength)
    }

    /// Terminal columns of a project's title in a sentence.
    static let projectTitleLength = 64
}
