import Foundation
import PlanModel
import Testing

/// The suggestion rules, each tested with a small session drawn from one of
/// the report's case studies and the outcome the report describes; activities
/// and warnings are found by their rule id, not by their wording.
@Suite struct SuggestionsTests {
    let questionnaire: Questionnaire
    let catalog: RuleCatalog

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
        catalog = try TestRules.catalog(for: questionnaire)
    }

    /// A session from YAML answers, last changed in `year`.
    private func facts(_ yaml: String, year: Int = 2019, resources: String = "moderate") throws -> PlanFacts {
        var components = DateComponents()
        components.year = year
        components.month = 6
        components.day = 1
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let now = calendar.date(from: components)!
        var base = "city-name: Testville\ncity-country: Testland\ncity-side: european\nresource-level: \(resources)\n"
        if !yaml.contains("has-partner:") { base += "has-partner: no\n" }
        let session = try AnswersImport(questionnaire: questionnaire, language: "en").run(text: base + yaml, now: now)
            .session
        return PlanFacts(questionnaire: questionnaire, session: session)
    }

    /// The suggestions for such a session, with the built-in catalogue.
    private func suggest(_ yaml: String, year: Int = 2019, resources: String = "moderate") throws -> Suggestions {
        Suggestions(facts: try facts(yaml, year: year, resources: resources), catalog: catalog)
    }

    private var advisor: AgreementAdvisor { AgreementAdvisor(catalog: catalog) }

    // MARK: The agreement ladder (§1.3, §3): never skipped

    /// Case study 6: Essen and Changzhou signed an MoU, then a statement of intent on identified areas.
    @Test func anMoUWithSharedAreasLeadsToALetterOfIntentNamingThem() throws {
        let advice = advisor.recommend(
            try facts(
                """
                has-partner: yes
                partner-name: Changzhou
                partner-year: 2012
                partner-stage: mou
                shared-areas: [innovation-smes, urban-renewal]
                """, year: 2013))
        #expect(advice.currentStage == .memorandum)
        #expect(advice.next == .letterOfIntent)
        #expect(advice.then == nil)
        #expect(advice.areas == ["innovation-smes", "urban-renewal"])
        #expect(advice.headline.hasSuffix("naming Innovation and SME incubation, Urban renewal"))
        #expect(advice.warnings.isEmpty, "one year after signing is not yet stale")
    }

    /// Case study 24 (Belfast–Shenyang): a joint college ran before any city
    /// agreement. With nothing signed the next agreement is still the MoU,
    /// naming the areas and the project under way: the ladder is never skipped.
    @Test func withNothingSignedAProjectUnderWayLeadsToAnMoUThatNamesIt() throws {
        let suggestions = try suggest(
            """
            has-partner: yes
            partner-name: Shenyang
            partner-stage: no-agreement
            shared-areas: [higher-education-research]
            concrete-project: yes
            project-description: Sino-British Joint College at Shenyang Jianzhu University
            project-funding-agreed: yes
            project-responsibilities-agreed: yes
            """)
        #expect(suggestions.agreement.next == .memorandum)
        #expect(suggestions.agreement.then == nil)
        #expect(suggestions.agreement.headline.contains("Higher education and research"))
        #expect(suggestions.agreement.headline.contains("Sino-British Joint College"))
        let signing = try #require(suggestions.plan.first { $0.rule == "sign-memorandum" })
        #expect(signing.description.contains("Sino-British Joint College"))
        #expect(
            !suggestions.plan.contains { $0.rule == "sign-project-agreement" || $0.rule == "sign-project-contract" })
    }

    /// With areas known (MoU only) the next rung is a Letter of Intent; with
    /// a concrete project identified as well, both rungs are named, in order.
    @Test func anMoUWithAreasAndAProjectNamesTheLetterOfIntentThenTheProjectAgreement() throws {
        let suggestions = try suggest(
            """
            has-partner: yes
            partner-name: Yantai
            partner-stage: mou
            shared-areas: [smart-cities]
            concrete-project: yes
            project-description: A smart-city lab
            """)
        #expect(suggestions.agreement.next == .letterOfIntent)
        #expect(suggestions.agreement.then == .projectAgreement)
        #expect(suggestions.agreement.headline.contains("then a Project Agreement for “A smart-city lab”"))
        let letter = try #require(suggestions.plan.first { $0.rule == "sign-letter-of-intent" })
        let project = try #require(suggestions.plan.first { $0.rule == "sign-project-agreement" })
        #expect(letter.planYear < project.planYear)
        #expect(project.title.contains("A smart-city lab"))
    }

    @Test func aLetterOfIntentAndAProjectLeadToAProjectAgreementThenAContract() throws {
        let project = """
            has-partner: yes
            partner-name: Shenyang
            partner-stage: letter-of-intent
            concrete-project: yes
            project-description: A joint college
            """
        #expect(advisor.recommend(try facts(project)).next == .projectAgreement)
        let agreed = advisor.recommend(
            try facts(project + "\nproject-funding-agreed: yes\nproject-responsibilities-agreed: yes"))
        #expect(agreed.next == .projectAgreement)
        #expect(agreed.then == .projectContract, "the contract follows the agreement, never replaces it")
        let halfway = advisor.recommend(
            try facts(project.replacingOccurrences(of: "letter-of-intent", with: "project-agreement")))
        #expect(halfway.next == .projectContract)
        #expect(halfway.prerequisites.count == 2)
        #expect(halfway.warnings.isEmpty, "funding not answered is not funding refused")
        let refused = advisor.recommend(
            try facts(
                project.replacingOccurrences(of: "letter-of-intent", with: "project-agreement")
                    + "\nproject-funding-agreed: no"))
        #expect(refused.warnings.map(\.rule) == ["project-unfunded"])
    }

    @Test func withoutAPartnerTheAdviceIsAnMoUAfterFindingOne() throws {
        let advice = advisor.recommend(try facts("has-partner: no"))
        #expect(advice.currentStage == .noAgreement)
        #expect(advice.next == .memorandum)
        #expect(advice.prerequisites.first?.hasPrefix("Identify a partner city") == true)
        #expect(advice.warnings.map(\.rule) == ["memorandum-needs-projects"])
    }

    @Test func theTopOfTheLadderHasNoNextAgreement() throws {
        let suggestions = try suggest("has-partner: yes\npartner-name: Daxing\npartner-stage: project-contract")
        #expect(suggestions.agreement.next == nil)
        #expect(suggestions.plan.contains { $0.rule == "deliver-contracted-project" })
    }

    /// The stale warning is about an MoU with nothing after it: not a
    /// partnership that has climbed to a Letter of Intent.
    @Test func theStaleWarningIsOnlyForAnMoUWithNothingBehindIt() throws {
        let old =
            "has-partner: yes\npartner-name: Wuhan\npartner-year: 1986\nplan-start-year: 2018\nconcrete-project: no\n"
            + "partner-stage: "
        let mou = advisor.recommend(try facts(old + "mou", year: 2026))
        let stale = try #require(mou.warnings.first { $0.rule == "stale-first-agreement" })
        #expect(stale.text.contains("1986, 31 years ago"), "ages are measured at the plan, not at the last save")
        #expect(!stale.text.contains("leads nowhere"))
        let letter = advisor.recommend(try facts(old + "letter-of-intent", year: 2026))
        #expect(!letter.warnings.contains { $0.rule == "stale-first-agreement" })
        let unknown = advisor.recommend(
            try facts(old.replacingOccurrences(of: "concrete-project: no\n", with: "") + "mou"))
        #expect(
            !unknown.warnings.contains { $0.rule == "stale-first-agreement" },
            "an unanswered project question is not 'no project behind it'")
    }

    // MARK: Anniversaries and dormant partnerships (§2.2.1, Case study 13)

    /// Manchester and Wuhan, formalised in 1986, before their 30th anniversary in 2016.
    @Test func anOldQuietPartnershipGetsAReviewAtItsAnniversary() throws {
        let suggestions = try suggest(
            """
            has-partner: yes
            partner-name: Wuhan
            partner-year: 1986
            partner-stage: mou
            partner-status: dormant
            concrete-project: no
            plan-start-year: 2015
            """, year: 2014)
        let review = try #require(suggestions.plan.first { $0.rule == "anniversary-review" })
        #expect(review.title.hasPrefix("30th anniversary with Wuhan"))
        #expect(review.year == 2016)
        #expect(!suggestions.plan.contains { $0.rule == "dormant-review" }, "the anniversary is the review")
        #expect(suggestions.agreement.warnings.map(\.rule).contains("dormant-partnership"))
        #expect(suggestions.agreement.warnings.map(\.rule).contains("stale-first-agreement"))
    }

    @Test func aDormantPartnershipWithoutAnEarlyAnniversaryIsRevivedInYearOne() throws {
        let plan = try suggest(
            "has-partner: yes\npartner-name: Tianjin\npartner-year: 2009\npartner-status: dormant\nplan-start-year: 2016",
            year: 2015
        ).plan
        #expect(plan.first { $0.rule == "dormant-review" }?.planYear == 1)
        #expect(plan.contains { $0.rule == "anniversary-review" && $0.planYear == 4 && $0.title.hasPrefix("10th") })
    }

    @Test func anniversariesCountFromTheMoUWhenTheFormalYearIsMissing() throws {
        let plan = try suggest(
            """
            has-partner: yes
            partner-name: Chengdu
            signed-agreements: [mou]
            mou-year: 2009
            partner-status: active
            existing-link-types: [earlier-visits]
            plan-start-year: 2017
            """, year: 2016
        ).plan
        #expect(plan.contains { $0.rule == "anniversary-review" && $0.year == 2019 })
        #expect(plan.contains { $0.rule == "build-on-exchanges" }, "earlier visits are recorded: build on them")
        #expect(
            !plan.contains { $0.rule == "first-people-exchange" }, "not a first exchange for a partnership of years")
    }

    // MARK: Resources (§2.3.4, §2.2.6)

    /// Nottingham and Ningbo: a funded city with an education partner.
    @Test func aFundedCityWithAnEducationPartnerGetsAllFourStreamsAndOfficialTraining() throws {
        let plan = try suggest(
            """
            has-partner: yes
            partner-name: Ningbo
            partner-year: 2005
            partner-stage: letter-of-intent
            existing-link-types: [universities]
            shared-areas: [higher-education-research, culture-tourism]
            business-interest: trade-investment
            plan-start-year: 2016
            """, year: 2015, resources: "well-funded"
        ).plan
        let streams = Set(plan.map(\.stream))
        for stream in [ActivityStream.government, .business, .culture, .education] {
            #expect(streams.contains(stream), "missing \(stream)")
        }
        #expect(plan.filter { $0.rule == "junior-official-training" }.map(\.planYear) == [1, 2, 3, 4, 5])
        #expect(plan.contains { $0.rule == "partner-city-office" && $0.cost == .high })
        #expect(plan.contains { $0.rule == "evaluate-and-next-plan" && $0.planYear == 5 })
        #expect(plan.contains { $0.rule == "anniversary-review" && $0.year == 2020 })
    }

    /// §2.3.4 reports Nottingham and Ningbo's programme; it does not say
    /// education ties make one easy to host, so a moderate budget gets none.
    @Test func aModerateCityWithEducationTiesGetsNoTrainingProgramme() throws {
        let plan = try suggest(
            "has-partner: yes\npartner-name: Aachen\nshared-areas: [sport]\nexisting-link-types: [universities]"
        ).plan
        #expect(!plan.contains { $0.rule == "junior-official-training" })
        #expect(plan.filter { $0.rule == "delegation-exchange" }.map(\.planYear) == [2, 4])
        #expect(plan.contains { $0.rule == "education-exchanges" })
    }

    @Test func aLeanCityGetsLowCostUpkeepAndNothingExpensive() throws {
        let plan = try suggest(
            "has-partner: yes\npartner-name: Yantai\npartner-year: 2019\nshared-areas: [marine-industry]",
            resources: "lean"
        ).plan
        #expect(plan.filter { $0.rule == "low-cost-upkeep" }.map(\.planYear) == [1, 2, 3, 4, 5])
        #expect(plan.allSatisfy { $0.cost == .low }, "\(plan.filter { $0.cost != .low }.map(\.rule))")
        #expect(!plan.contains { ["junior-official-training", "partner-city-office"].contains($0.rule) })
    }

    // MARK: The SWOC answered, by the team's own tags

    @Test func weaknessesAndChallengesGetActivitiesThatCiteThem() throws {
        let plan = try suggest(
            """
            has-partner: yes
            partner-name: Wuhan
            weaknesses:
              - text: Few officials speak Mandarin
                obstacles: [language-culture]
              - text: Staff turnover breaks continuity
                obstacles: [staff-turnover]
            challenges:
              - text: Budget cuts after 2020
                obstacles: [funding]
            """
        ).plan
        let language = try #require(plan.first { $0.rule == "language-briefings" })
        #expect(language.answers.map(\.code) == ["W1"])
        #expect(language.reason.contains("(W1)"))
        #expect(language.description.contains("Few officials speak Mandarin"))
        #expect(plan.first { $0.rule == "partnership-memory" }?.answers.map(\.code) == ["W2"])
        #expect(plan.first { $0.rule == "funding-plan" }?.answers.map(\.code) == ["C1"])
        #expect(!plan.contains { $0.rule == "partnership-record" }, "the memory activity keeps the record")
    }

    /// "Chinese" in an entry is no language barrier: a security concern about
    /// investment is a political risk, answered as one.
    @Test func aSecurityConcernIsNotALanguageBarrier() throws {
        let plan = try suggest(
            """
            has-partner: yes
            partner-name: Yantai
            challenges:
              - A security concern about Chinese investment in the port
            """
        ).plan
        #expect(!plan.contains { $0.rule == "language-briefings" })
        #expect(plan.first { $0.rule == "risk-review" }?.answers.map(\.code) == ["C1"])
    }

    /// A weakness saying no companies take part in an area: no industry-led
    /// delegation or trade mission there; bringing companies in comes first.
    @Test func noIndustryLedActivityWhereTheTeamSaysNoCompaniesTakePart() throws {
        let plan = try suggest(
            """
            has-partner: yes
            partner-name: Chengdu
            shared-areas: [low-carbon, renewable-energy]
            weaknesses:
              - text: No companies take part in our renewable energy work
                areas: [renewable-energy]
                obstacles: [missing-helix]
            """
        ).plan
        #expect(!plan.contains { $0.lead == "industry" && $0.title.contains("Renewable") })
        #expect(plan.first { $0.rule == "involve-missing-helix" }?.answers.map(\.code) == ["W1"])
    }

    /// The academics' low-carbon work is led by academia.
    @Test func leadsFollowWhoRaisedTheEntries() throws {
        let plan = try suggest(
            """
            has-partner: yes
            partner-name: Chengdu
            shared-areas: [low-carbon]
            strengths:
              - text: A university climate institute
                areas: [low-carbon]
                actor: academia
            """
        ).plan
        let pilot = try #require(plan.first { $0.rule == "area-policy-pilot" })
        #expect(pilot.lead == "academia")
        #expect(pilot.description.contains("A university climate institute"))
    }

    @Test func theStrongestAreasGetActivitiesInTheirStreams() throws {
        let plan = try suggest(
            """
            has-partner: yes
            partner-name: Yantai
            opportunities:
              - text: Film co-productions
                areas: [creative-economy]
              - text: Port cooperation
                areas: [port-logistics]
            shared-areas: [port-logistics]
            """
        ).plan
        let trade = try #require(plan.first { $0.rule == "area-trade-mission" })
        #expect(trade.stream == .business)
        #expect(trade.planYear == 2)
        #expect(trade.answers.map(\.code) == ["O2"])
        let culture = try #require(plan.first { $0.rule == "area-cultural-event" })
        #expect(culture.stream == .culture)
        #expect(culture.planYear == 3)
    }

    // MARK: Health check (§I, §3)

    @Test func theHealthCheckScoresEachCharacteristicFromTheAnswers() throws {
        let suggestions = try suggest(
            """
            has-partner: yes
            partner-name: Chengdu
            political-support: yes
            bridging-organisations: [embassies]
            funding-sources: [city-council, eu-funds]
            existing-links: [A music school]
            """)
        let health = suggestions.health
        #expect(health.scores.map(\.characteristic) == Characteristic.allCases)
        #expect(health.score(of: .support)?.score == 3)
        #expect(
            health.score(of: .support)?.evidence.map(\.rule) == [
                "political-support", "bridging-involved", "several-funding-sources",
            ])
        #expect(health.score(of: .support)?.evidence.first?.source == "§I (support); Case study 14")
        #expect(health.score(of: .humanFactors)?.score == 1)
        #expect(health.score(of: .publicity)?.score == 0)
        #expect(health.weakest == .mutualInterests, "ties at 0 go to the characteristic the report lists first")
        let aimed = suggestions.plan.filter { $0.characteristic == .mutualInterests }
        #expect(aimed.map(\.rule) == ["joint-priorities-study"], "nothing else aimed at it, so one is added")
    }

    /// "Already know the partner city" needs a partner; a dormant partnership
    /// whose contacts have moved on is not at full marks for people and support.
    @Test func theHealthCheckClaimsOnlyWhatTheAnswersShow() throws {
        let alone = try suggest("has-partner: no\nexisting-links: [A professor who studied in Shanghai]").health
        #expect(!(alone.score(of: .humanFactors)?.evidence.contains { $0.rule == "people-know-partner" } ?? true))
        let dormant = try suggest(
            """
            has-partner: yes
            partner-name: Ningbo
            partner-status: dormant
            existing-links: [Former mayor's office]
            people-exchange-plan: School visits
            international-staff: 2
            political-support: yes
            bridging-organisations: [embassies]
            funding-sources: [city-council, eu-funds]
            """
        ).health
        #expect(dormant.score(of: .humanFactors)?.score == 2)
        #expect(dormant.score(of: .humanFactors)?.setbacks.map(\.rule) == ["contacts-faded"])
        #expect(dormant.score(of: .support)?.score == 2)
    }

    @Test func activitiesAlreadyAimedAtTheWeakestCharacteristicSaySo() throws {
        let suggestions = try suggest(
            "has-partner: yes\npartner-name: Chengdu\nshared-areas: [sport]\npolitical-support: yes")
        let aimed = suggestions.plan.filter { $0.characteristic == suggestions.health.weakest }
        #expect(!aimed.isEmpty)
        #expect(
            aimed.allSatisfy { $0.reason.hasSuffix("the weakest of the five characteristics in the health check.") })
    }

    /// When all five score the same, nothing is "the weakest".
    @Test func aLevelHealthCheckNamesNoWeakest() throws {
        let level = try suggest("has-partner: no", resources: "lean")
        #expect(level.health.scores.map(\.score) == [0, 0, 0, 0, 0])
        #expect(level.health.isLevel)
        #expect(!level.plan.contains { $0.reason.contains("weakest") })
        let uneven = try suggest("has-partner: no", resources: "moderate").health
        #expect(!uneven.isLevel)
        #expect(uneven.score(of: .management)?.score == 1)
    }

    // MARK: TOWS

    @Test func entriesSharingAnAreaArePairedIntoStrategies() throws {
        let facts = try facts(
            """
            strengths:
              - text: Strong universities
                areas: [higher-education-research]
              - text: A busy port
                areas: [port-logistics, trade-investment]
            weaknesses:
              - text: Few links to Chinese firms
                areas: [trade-investment]
            opportunities:
              - text: Chinese students want to study abroad
                areas: [higher-education-research]
              - text: New shipping routes
                areas: [port-logistics, trade-investment]
            challenges:
              - text: Competition from other ports
                areas: [port-logistics]
            """)
        let strategies = TOWSAnalyzer(catalog: catalog).strategies(facts)
        #expect(
            strategies.map { "\($0.kind.rawValue) \($0.internalEntry)-\($0.externalEntry)" } == [
                "SO S2-O2", "SO S1-O1", "WO W1-O2", "ST S2-C1",
            ])
        #expect(strategies[0].areas == ["port-logistics", "trade-investment"])
        #expect(
            strategies[0].text
                == "In Port logistics, Trade and investment, build on \"A busy port\" to take up \"New shipping routes\"."
        )
    }

    // MARK: Details

    @Test func longListsOfEntriesAreShortened() {
        let references = (1...8).map { SwocReference(quadrant: .weaknesses, number: $0) }
        #expect(SwocReference.shortList(references) == "W1, W2, W3, W4, W5 and 3 more")
        #expect(SwocReference.shortList(Array(references.prefix(2))) == "W1, W2")
    }

    // MARK: Always sensible

    @Test func activitiesSayWhichAnswersPutThemThere() throws {
        let plan = try suggest(
            "has-partner: yes\npartner-name: Ningbo\nexisting-link-types: [universities]\npartner-year: 2005",
            resources: "well-funded"
        ).plan
        let training = try #require(plan.first { $0.rule == "junior-official-training" })
        #expect(training.basis == ["has-partner", "partner-name", "resource-level"])
        let anniversary = try #require(plan.first { $0.rule == "anniversary-review" })
        #expect(anniversary.basis.contains("partner-year"))
    }

    @Test func theSameSessionAlwaysGivesTheSameSuggestions() throws {
        let text = try String(
            contentsOf: TestQuestionnaires.repositoryRoot.appendingPathComponent("examples/nottingham-ningbo.yaml"),
            encoding: .utf8)
        let session = try AnswersImport(questionnaire: questionnaire, language: "en")
            .run(text: text, now: Date(timeIntervalSince1970: 1_600_000_000)).session
        let first = try Suggestions(questionnaire: questionnaire, session: session)
        let second = try Suggestions(questionnaire: questionnaire, session: session)
        #expect(first == second)
        #expect(first.plan.count >= 10)
    }

    @Test func aSessionWithFewAnswersGetsAShorterPlanWithoutInventedFacts() throws {
        var session = Session(
            questionnaire: questionnaire, language: "en", now: Date(timeIntervalSince1970: 1_600_000_000))
        session.answers = ["city-name": .text("Ghent")]
        let suggestions = try Suggestions(questionnaire: questionnaire, session: session)
        #expect(suggestions.agreement.next == .memorandum)
        #expect(!suggestions.plan.isEmpty)
        #expect(suggestions.plan.count < 10)
        #expect(suggestions.plan.first?.rule == "find-partner")
        #expect(!suggestions.plan.contains { $0.rule == "sign-memorandum" }, "no partner to sign with yet")
        #expect(suggestions.strategies.isEmpty)
        let everything = suggestions.plan.map { "\($0.title) \($0.description) \($0.reason)" }.joined()
        #expect(!everything.contains("Optional"))
        #expect(!everything.contains("nil"))
        #expect(!everything.contains("{"), "no template left unfilled")
    }
}
