import Exporters
import Foundation
import PlanModel
import Testing

/// Issue 16: the draft agreement worked out from the example sessions — the
/// agreement the ladder suggests, the areas the answers support, the project,
/// blanks for what the answers do not say, and both languages clause by clause.
@Suite struct AgreementDrafterTests {
    let plans = ExamplePlans.shared
    var drafter: AgreementDrafter { AgreementDrafter(questionnaire: plans.questionnaire, catalog: plans.catalog) }

    func city(_ name: String, language: String = "en") throws -> Session {
        try plans.session(answers: "Tests/Fixtures/cities/\(name).yaml", language: language)
    }

    func draft(
        _ session: Session, partner: Session? = nil, type: AgreementType? = nil, languages: [String] = ["en"]
    ) -> AgreementDraft {
        drafter.draft(city: session, partner: partner, type: type, languages: languages)
    }

    /// The clause's text in a language, blanks written `[____ …]`.
    func text(_ draft: AgreementDraft, _ id: String, _ language: String = "en") -> String {
        draft.clauses.first { $0.id == id }?.texts[language]?.plain ?? "(no clause \(id))"
    }

    /// Issue 16: without --type each city gets the agreement its ladder suggests next, with that agreement's clauses.
    @Test(arguments: [
        ("belfast-shenyang", AgreementType.mou, "areas-friendship"),
        ("rome-yantai", .loi, "areas-intent"),
        ("bonn-chengdu", .project, "the-project"),
        ("dresden-hangzhou", .contract, "contract-liabilities"),
    ])
    func eachCityGetsItsNextAgreement(name: String, type: AgreementType, clause: String) throws {
        let drafted = draft(try city(name))
        #expect(drafted.type == type)
        #expect(drafted.suggested == type)
        #expect(drafted.clauses.contains { $0.id == clause })
        #expect(!drafted.notes.contains { if case .notTheNextRung = $0 { true } else { false } })
        let ids = Set(drafted.clauses.map(\.id))
        if type == .contract {
            #expect(ids.isSuperset(of: ["contract-funding", "contract-rights", "contract-confidentiality"]))
            #expect(!ids.contains("no-legal-obligation"))
        } else {
            #expect(
                ids.isSuperset(of: ["parties", "management", "first-activities", "duration-and-review", "languages"]))
            #expect(text(drafted, "no-legal-obligation").contains("creates no legal obligation"))
        }
    }

    /// Issue 16: a Letter of Cooperation Intent names exactly the shared areas
    /// the session records (`shared-areas`), none of the city's other strong areas.
    @Test func theLetterNamesExactlyTheSharedAreas() throws {
        let session = try city("rome-yantai")
        let facts = PlanFacts(questionnaire: plans.questionnaire, session: session)
        let areas = text(draft(session, type: .loi), "areas-intent")
        let shared = facts.sharedAreas
        #expect(shared.count == 7)
        for id in shared { #expect(areas.contains(facts.areaLabel(id)), "\(id) missing: \(areas)") }
        let others =
            plans.questionnaire.vocabularies["cooperation-areas"]?.choices.map(\.id).filter {
                !shared.contains($0)
            } ?? []
        #expect(!others.isEmpty)
        for id in others { #expect(!areas.contains(facts.areaLabel(id)), "\(id) named: \(areas)") }
    }

    /// Issue 16: with the partner's session, a Letter names the areas both sessions record as shared, and only those.
    @Test func withThePartnerTheLetterNamesTheAreasBothRecord() throws {
        let session = try city("rome-yantai")
        let partnerYAML = """
            city-name: Yantai
            city-country: China
            city-side: chinese
            has-partner: true
            partner-name: Rome
            shared-areas: [smart-cities, marine-industry, sport]
            international-office: Yantai Foreign Affairs Office
            management-entity: foreign-affairs-office
            resource-level: moderate
            """
        let partner = try AnswersImport(questionnaire: plans.questionnaire, language: "en")
            .run(text: partnerYAML, now: plans.now).session
        let areas = text(draft(session, partner: partner, type: .loi), "areas-intent")
        #expect(areas.contains("Smart cities"))
        #expect(areas.contains("Marine industry"))
        #expect(!areas.contains("Sport"), "only Yantai records sport")
        #expect(!areas.contains("Vocational education"), "only Rome records it")
        let management = text(draft(session, partner: partner, type: .loi), "management")
        #expect(management.contains("for Yantai by Yantai Foreign Affairs Office"), "\(management)")
        #expect(!management.contains("our "), "no first-person choice label in a two-party text")
    }

    /// Issue 16: a Letter without shared areas shows a blank rather than the city's own guesses.
    @Test func aLetterWithoutSharedAreasHasABlank() throws {
        let yaml = try String(
            contentsOf: PlanDocumentBuilderTests.root.appendingPathComponent("Tests/Fixtures/cities/rome-yantai.yaml"),
            encoding: .utf8
        )
        .replacingOccurrences(of: "\nshared-areas:", with: "\n# shared-areas:")
        let session = try AnswersImport(questionnaire: plans.questionnaire, language: "en").run(
            text: yaml, now: plans.now
        )
        .session
        let letter = draft(session, type: .loi)
        #expect(text(letter, "areas-intent").contains("[____ cooperation areas both cities have identified]"))
        // An MoU may still list the fields the city's SWOC is strongest in (§1.3.1).
        #expect(!text(draft(session, type: .mou), "areas-friendship").contains("[____"))
    }

    /// Issue 16: a Project Agreement names the project as the team described it.
    @Test func theProjectAgreementNamesTheProject() throws {
        let session = try city("bonn-chengdu")
        let facts = PlanFacts(questionnaire: plans.questionnaire, session: session)
        let description = try #require(facts.text("project-description"))
        let drafted = draft(session, type: .project)
        #expect(text(drafted, "the-project").contains(description))
        #expect(drafted.titles["en"]?.plain.contains("Small-scale low-carbon demonstration projects") == true)
        #expect(drafted.titles["en"]?.plain.contains("…") == false, "the title is not a shortened guess")
        #expect(text(drafted, "each-side").contains("[____ what the city contributes]"))
    }

    /// Issue 16: what the answers do not give is a blank, never a guess: the
    /// signatories always, the partner city when none is named, the office
    /// when the team left it out — in Chinese too.
    @Test func aMissingAnswerGivesABlank() throws {
        let lone = draft(try city("munster-no-partner"), languages: ["en", "zh"])
        #expect(lone.type == .mou)
        #expect(lone.notes.contains(.noPartner))
        #expect(text(lone, "parties").contains("and [____ partner city] ([____ partner city's country])"))
        #expect(text(lone, "parties").contains("represented by its [____ signatory's title]"))
        #expect(text(lone, "parties", "zh").contains("[____ 签署人职务]"))
        #expect(text(lone, "parties", "zh").contains("[____ 合作城市]"))
        let yaml = try String(
            contentsOf: PlanDocumentBuilderTests.root.appendingPathComponent(
                "Tests/Fixtures/cities/belfast-shenyang.yaml"), encoding: .utf8
        )
        .replacingOccurrences(of: "\nmanagement-entity:", with: "\n# management-entity:")
        .replacingOccurrences(of: "\ninternational-office:", with: "\n# international-office:")
        let session = try AnswersImport(questionnaire: plans.questionnaire, language: "en").run(
            text: yaml, now: plans.now
        )
        .session
        let management = text(draft(session), "management")
        #expect(
            management.hasPrefix("The partnership is managed for Belfast by [____ office that manages the partnership]")
        )
        #expect(management.contains("meet [____ how often]"))
    }

    /// Issue 16: a bilingual draft has every clause, and the title, in both
    /// languages, with the same blanks in each: the two texts pair clause by clause.
    @Test(arguments: AgreementType.allCases)
    func bilingualDraftsPairEveryClause(type: AgreementType) throws {
        let drafted = draft(try city("rome-yantai"), type: type, languages: ["zh", "en"])
        #expect(drafted.languages == ["zh", "en"])
        #expect(!drafted.clauses.isEmpty)
        for clause in drafted.clauses {
            let blanks = ["zh", "en"].map { language in
                (clause.texts[language] ?? []).filter { if case .blank = $0 { true } else { false } }.count
            }
            #expect(blanks[0] == blanks[1], "\(clause.id)")
            for language in ["zh", "en"] {
                #expect(clause.headings[language]?.isEmpty == false, "\(clause.id) \(language)")
                #expect(clause.texts[language]?.isEmpty == false, "\(clause.id) \(language)")
            }
        }
        #expect(drafted.titles["zh"]?.plain.contains("Rome") == true)
        let chinese = drafted.clauses.compactMap { $0.texts["zh"]?.plain }.joined()
        #expect(!chinese.contains("represented by"), "the Chinese text is the clause file's Chinese")
    }

    /// Issue 16: the languages clause names both languages only when the draft is in both.
    @Test func theLanguagesClauseNamesBothLanguages() throws {
        let session = try city("rome-yantai")
        #expect(text(draft(session, languages: ["en", "zh"]), "languages").contains("made in English and Chinese"))
        #expect(text(draft(session, languages: ["en", "zh"]), "languages", "zh").contains("以英文和中文两种文字写成"))
        #expect(text(draft(session), "languages").contains("made in [____ languages]"))
    }

    /// Issue 16: the review falls on the partnership's next round anniversary in the plan.
    @Test func theReviewIsAtTheNextAnniversary() throws {
        let session = try plans.session(example: "manchester-wuhan")
        let review = text(draft(session), "duration-and-review")
        // Formalised 1986, plan from 2018: the 35th anniversary is 2021.
        #expect(review.contains("from 2018 to 2022"), "\(review)")
        #expect(review.contains("next anniversary, in 2021"), "\(review)")
    }

    /// Issue 16: a pair of sessions from the same side is noted; a European and a Chinese city are not.
    @Test func aSameSidePairIsNoted() throws {
        let rome = try city("rome-yantai")
        let bonn = try city("bonn-chengdu")
        #expect(draft(rome, partner: bonn).notes.contains(.sameSide(.european)))
        #expect(draft(rome, partner: bonn).notes.contains(.partnerIsAnotherCity(named: "Yantai", session: "Bonn")))
        let ningbo = try plans.session(example: "ningbo-nottingham.zh", language: "zh")
        let nottingham = try plans.session(example: "nottingham-ningbo")
        let pair = draft(nottingham, partner: ningbo)
        #expect(!pair.notes.contains { if case .sameSide = $0 { true } else { false } })
        #expect(pair.partner == "Ningbo", "the English text spells the partner as Nottingham's session does")
        // Review of issue 16: each language's text spells the names as the session in that language does.
        let both = draft(nottingham, partner: ningbo, languages: ["en", "zh"])
        #expect(both.titles["zh"]?.plain.contains("诺丁汉") == true && both.titles["zh"]?.plain.contains("宁波") == true)
        #expect(
            both.titles["en"]?.plain.contains("Nottingham") == true
                && both.titles["en"]?.plain.contains("Ningbo") == true)
    }

    /// Issue 16: the Project Contract is a checklist filled with what the
    /// answers say, the points only lawyers can settle marked.
    @Test func theContractIsAChecklistForTheLawyers() throws {
        let drafted = draft(try city("dresden-hangzhou"), type: .contract)
        let lawyers = Set(drafted.clauses.filter(\.lawyersDecide).map(\.id))
        #expect(lawyers == ["contract-funding", "contract-liabilities", "contract-rights", "contract-confidentiality"])
        #expect(text(drafted, "contract-funding").contains("share of the cost is agreed by both sides"))
        #expect(text(drafted, "contract-funding").contains("city council budget"))
        #expect(text(drafted, "contract-responsibilities").contains("not agreed yet"))
    }

    /// Issue 16: the draft says which report sections it follows, each once, sections in the report's order.
    @Test func theDraftCitesItsSections() throws {
        let drafted = draft(try city("belfast-shenyang"))
        #expect(drafted.sources.first == "§1.3")
        #expect(drafted.sources.contains("§1.3.1"))
        #expect(drafted.sources.last == "Case studies 5, 8, 9")
        #expect(Set(drafted.sources).count == drafted.sources.count)
    }
}
