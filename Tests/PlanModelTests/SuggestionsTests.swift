import Foundation
import PlanModel
import Testing

/// The suggestion rules, each tested with a small session drawn from one of
/// the report's case studies and the outcome the report describes.
@Suite struct SuggestionsTests {
    let questionnaire: Questionnaire

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
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
        var base = "city-name: Testville\ncity-country: Testland\nresource-level: \(resources)\n"
        if !yaml.contains("has-partner:") { base += "has-partner: no\n" }
        let session = try AnswersImport(questionnaire: questionnaire, language: "en").run(text: base + yaml, now: now)
            .session
        return PlanFacts(questionnaire: questionnaire, session: session)
    }

    // MARK: The agreement ladder (§1.3, §3)

    /// Case study 6: Essen and Changzhou signed an MoU, then a statement of intent on identified areas.
    @Test func anMoUWithSharedAreasLeadsToALetterOfIntentNamingThem() throws {
        let facts = try facts(
            """
            has-partner: yes
            partner-name: Changzhou
            partner-year: 2012
            partner-stage: mou
            shared-areas: [innovation-smes, urban-renewal]
            """, year: 2013)
        let advice = AgreementAdvisor().recommend(facts)
        #expect(advice.currentStage == .memorandum)
        #expect(advice.next == .letterOfIntent)
        #expect(advice.areas == ["innovation-smes", "urban-renewal"])
        #expect(
            advice.headline
                == "Sign a Letter of Cooperation Intent naming Innovation and SME incubation, Urban renewal")
        #expect(advice.reasons.contains { $0.source == "§1.3.2" && $0.answers == ["shared-areas"] })
        #expect(advice.warnings.isEmpty, "one year after signing is not yet stale")
    }

    @Test func aConcreteProjectLeadsToAProjectAgreementAndAgreedMoneyToAContract() throws {
        let project = """
            has-partner: yes
            partner-name: Shenyang
            partner-stage: letter-of-intent
            concrete-project: yes
            project-description: A joint college
            """
        let agreement = AgreementAdvisor().recommend(try facts(project))
        #expect(agreement.next == .projectAgreement)
        #expect(agreement.reasons.last?.answers == ["concrete-project"])

        let contract = AgreementAdvisor().recommend(
            try facts(project + "\nproject-funding-agreed: yes\nproject-responsibilities-agreed: yes"))
        #expect(contract.next == .projectContract)
        #expect(contract.reasons.last?.source == "§1.3.3; §3")

        let halfway = AgreementAdvisor().recommend(
            try facts(project.replacingOccurrences(of: "letter-of-intent", with: "project-agreement")))
        #expect(halfway.next == .projectContract)
        #expect(halfway.prerequisites.count == 2)
        #expect(halfway.warnings.contains { $0.source == "§2.3.2" }, "a project without agreed funding is a risk")
    }

    @Test func withoutAPartnerTheAdviceIsAnMoUAfterFindingOne() throws {
        let advice = AgreementAdvisor().recommend(try facts("has-partner: no"))
        #expect(advice.currentStage == .noAgreement)
        #expect(advice.next == .memorandum)
        #expect(advice.prerequisites.first?.hasPrefix("Identify a partner city") == true)
        #expect(advice.warnings.first?.text.contains("follow it quickly with concrete projects") == true)
    }

    @Test func theTopOfTheLadderHasNoNextAgreement() throws {
        let advice = AgreementAdvisor().recommend(
            try facts("has-partner: yes\npartner-name: Daxing\npartner-stage: project-contract"))
        #expect(advice.next == nil)
        #expect(advice.headline.hasPrefix("Deliver and monitor"))
    }

    // MARK: Anniversaries and dormant partnerships (§2.2.1, Case study 13)

    /// Manchester and Wuhan, formalised in 1986, before their 30th anniversary in 2016.
    @Test func anOldQuietPartnershipGetsAReviewAtItsAnniversary() throws {
        let facts = try facts(
            """
            has-partner: yes
            partner-name: Wuhan
            partner-year: 1986
            partner-stage: mou
            partner-status: dormant
            plan-start-year: 2015
            """, year: 2014)
        let suggestions = Suggestions(facts: facts)
        let review = try #require(suggestions.plan.first { $0.title.contains("anniversary") })
        #expect(review.title == "30th anniversary: review and refresh the partnership")
        #expect(review.year == 2016)
        #expect(review.source.contains("Case studies 13"))
        #expect(review.reason.contains("dormant"))
        #expect(
            !suggestions.plan.contains { $0.title == "Review and revive the partnership" },
            "the anniversary is the review")
        let warnings = suggestions.agreement.warnings.map(\.text).joined()
        #expect(warnings.contains("dates from 1986, 28 years ago, and no concrete project"))
        #expect(warnings.contains("dormant"))
    }

    @Test func aDormantPartnershipWithoutAnEarlyAnniversaryIsRevivedInYearOne() throws {
        let plan = Suggestions(
            facts: try facts(
                "has-partner: yes\npartner-name: Tianjin\npartner-year: 2009\npartner-status: dormant\nplan-start-year: 2016",
                year: 2015)
        ).plan
        let revive = try #require(plan.first { $0.title == "Review and revive the partnership" })
        #expect(revive.planYear == 1)
        #expect(
            plan.contains { $0.title == "10th anniversary: review and refresh the partnership" && $0.planYear == 4 })
    }

    // MARK: Resources (§2.3.4, §2.2.6)

    /// Nottingham and Ningbo: a funded city with an education partner.
    @Test func aFundedCityWithAnEducationPartnerGetsAllFourStreamsAndOfficialTraining() throws {
        let funded = try facts(
            """
            has-partner: yes
            partner-name: Ningbo
            partner-year: 2005
            partner-stage: letter-of-intent
            existing-link-types: [universities]
            shared-areas: [higher-education-research, culture-tourism]
            business-interest: trade-investment
            plan-start-year: 2016
            """, year: 2015, resources: "well-funded")
        let plan = Suggestions(facts: funded).plan
        let streams = Set(plan.map(\.stream))
        for stream in [ActivityStream.government, .business, .culture, .education] {
            #expect(streams.contains(stream), "missing \(stream)")
        }
        let training = plan.filter { $0.title == "Junior-official training programme" }
        #expect(training.map(\.planYear) == [1, 2, 3, 4, 5])
        #expect(training.first?.source.contains("§2.3.4") == true)
        #expect(plan.contains { $0.title == "Staff or a liaison office in the partner city" && $0.cost == .high })
        #expect(plan.contains { $0.title == "Evaluate and draw up the next five-year plan" && $0.planYear == 5 })
        #expect(plan.contains { $0.title == "15th anniversary: review and refresh the partnership" && $0.year == 2020 })
    }

    @Test func aModestCityWithoutEducationTiesGetsNoTrainingProgramme() throws {
        let plan = Suggestions(facts: try facts("has-partner: yes\npartner-name: Aachen\nshared-areas: [sport]")).plan
        #expect(!plan.contains { $0.title == "Junior-official training programme" })
        #expect(
            plan.filter { $0.title == "Delegation exchange between the city governments" }.map(\.planYear) == [2, 4])
    }

    @Test func aLeanCityGetsLowCostUpkeepAndNothingExpensive() throws {
        let lean = try facts(
            "has-partner: yes\npartner-name: Yantai\npartner-year: 2019\nshared-areas: [marine-industry]",
            resources: "lean")
        let plan = Suggestions(facts: lean).plan
        #expect(plan.filter { $0.title == "Low-cost upkeep" }.map(\.planYear) == [1, 2, 3, 4, 5])
        #expect(plan.allSatisfy { $0.cost == .low }, "\(plan.filter { $0.cost != .low }.map(\.title))")
        #expect(plan.first { $0.title == "Low-cost upkeep" }?.source == "§2.2.6")
        #expect(!plan.contains { $0.title.hasPrefix("Junior-official") || $0.title.hasPrefix("Staff or a liaison") })
    }

    // MARK: The SWOC answered

    @Test func weaknessesAndChallengesGetActivitiesThatCiteThem() throws {
        let plan = Suggestions(
            facts: try facts(
                """
                has-partner: yes
                partner-name: Wuhan
                weaknesses:
                  - Few officials speak Chinese
                  - Staff turnover breaks continuity
                challenges:
                  - Budget cuts after 2020
                """)
        ).plan
        let language = try #require(plan.first { $0.title.hasPrefix("Language and culture") })
        #expect(language.answers.map(\.code) == ["W1"])
        #expect(language.reason.contains("(W1)"))
        #expect(plan.first { $0.title == "Keep the partnership's memory" }?.answers.map(\.code) == ["W2"])
        let funding = try #require(plan.first { $0.title == "A funding plan for the five years" })
        #expect(funding.answers.map(\.code) == ["C1"])
        #expect(funding.source == "§2.3.2")
    }

    @Test func theStrongestAreasGetActivitiesInTheirStreams() throws {
        let plan = Suggestions(
            facts: try facts(
                """
                has-partner: yes
                partner-name: Yantai
                opportunities:
                  - text: Film co-productions
                    areas: [creative-economy]
                  - text: Port cooperation
                    areas: [port-logistics]
                shared-areas: [port-logistics]
                """)
        ).plan
        let trade = try #require(plan.first { $0.title == "Trade mission or joint expo on Port logistics" })
        #expect(trade.stream == .business)
        #expect(trade.planYear == 2)
        #expect(trade.answers.map(\.code) == ["O2"])
        let culture = try #require(plan.first { $0.title == "Co-organised event on Creative economy" })
        #expect(culture.stream == .culture)
        #expect(culture.planYear == 3)
    }

    // MARK: Health check (§3)

    @Test func theHealthCheckScoresEachCharacteristicFromTheAnswers() throws {
        let facts = try facts(
            """
            has-partner: yes
            partner-name: Chengdu
            political-support: yes
            bridging-organisations: [embassies]
            funding-sources: [city-council, eu-funds]
            existing-links: [A music school]
            """)
        let health = HealthChecker().check(facts)
        #expect(health.scores.map(\.characteristic) == Characteristic.allCases)
        #expect(health.score(of: .support)?.score == 3)
        #expect(
            health.score(of: .support)?.evidence.map(\.answers) == [
                ["political-support"], ["bridging-organisations"], ["funding-sources", "resource-level"],
            ])
        #expect(health.score(of: .humanFactors)?.score == 1)
        #expect(health.score(of: .publicity)?.score == 0)
        #expect(health.weakest == .mutualInterests, "ties at 0 go to the characteristic the report lists first")
        #expect(health.score(of: .mutualInterests)?.gaps.count == 3)
        let plan = Suggestions(facts: facts).plan
        let aimed = plan.filter { $0.characteristic == .mutualInterests }
        #expect(!aimed.isEmpty)
        #expect(aimed.map(\.title) == ["Joint study of shared priorities"], "nothing else aimed at it, so one is added")
        #expect(aimed.allSatisfy { $0.reason.contains("weakest of the five characteristics") })
    }

    @Test func activitiesAlreadyAimedAtTheWeakestCharacteristicSaySo() throws {
        let plan = Suggestions(
            facts: try facts("has-partner: yes\npartner-name: Chengdu\nshared-areas: [sport]\npolitical-support: yes")
        ).plan
        let health = HealthChecker().check(
            try facts("has-partner: yes\npartner-name: Chengdu\nshared-areas: [sport]\npolitical-support: yes"))
        let aimed = plan.filter { $0.characteristic == health.weakest }
        #expect(!aimed.isEmpty)
        #expect(aimed.allSatisfy { $0.reason.hasSuffix("the weakest of the five characteristics.") })
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
        let strategies = TOWSAnalyzer().strategies(facts)
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

    // MARK: Edge cases found in review

    @Test func withoutAPartnerAProjectDoesNotLeadToAContract() throws {
        let facts = try facts(
            """
            has-partner: no
            shared-areas: [sport]
            concrete-project: yes
            project-funding-agreed: yes
            project-responsibilities-agreed: yes
            """)
        let suggestions = Suggestions(facts: facts)
        #expect(suggestions.agreement.next == .memorandum)
        #expect(suggestions.agreement.headline.hasPrefix("Find a partner city"))
        #expect(
            suggestions.agreement.prerequisites.contains(
                "Bring the cooperation areas and the project idea to the first talks"))
        #expect(!suggestions.plan.contains { $0.title.hasPrefix("Sign the Project") })
        #expect(suggestions.plan.first { $0.title.hasPrefix("Sign the Memorandum") }?.planYear == 2)
        let mutual = try #require(suggestions.health.score(of: .mutualInterests))
        #expect(
            !mutual.evidence.contains { $0.text.hasPrefix("Shared cooperation areas") }, "no partner to share them with"
        )
    }

    @Test func aSignedContractIsNotWarnedAboutUnagreedFunding() throws {
        let advice = AgreementAdvisor().recommend(
            try facts(
                "has-partner: yes\npartner-name: Daxing\npartner-stage: project-contract\nconcrete-project: yes\nproject-funding-agreed: no"
            ))
        #expect(advice.next == nil)
        #expect(advice.warnings.isEmpty)
    }

    @Test func themesAreMatchedOnWholeWordsOnly() throws {
        let plan = Suggestions(
            facts: try facts(
                """
                has-partner: yes
                partner-name: Yantai
                weaknesses:
                  - Our agriculture sector is small
                  - A fundamental review of costly processes is under way
                challenges:
                  - Few interpreters for Mandarin
                  - Funds end in 2021
                """)
        ).plan
        let language = try #require(plan.first { $0.title.hasPrefix("Language and culture") })
        #expect(language.answers.map(\.code) == ["C1"])
        let funding = try #require(plan.first { $0.title == "A funding plan for the five years" })
        #expect(funding.answers.map(\.code) == ["C2"])
    }

    @Test func anniversariesCountFromTheMoUWhenTheFormalYearIsMissing() throws {
        let plan = Suggestions(
            facts: try facts(
                """
                has-partner: yes
                partner-name: Chengdu
                signed-agreements: [mou]
                mou-year: 2009
                plan-start-year: 2017
                """, year: 2016)
        ).plan
        #expect(plan.contains { $0.title == "10th anniversary: review and refresh the partnership" && $0.year == 2019 })
        #expect(
            plan.contains { $0.title == "People-to-people exchange" }, "not the first one for a partnership of years")
    }

    @Test func agesAreMeasuredAtThePlanNotAtTheLastSave() throws {
        let advice = AgreementAdvisor().recommend(
            try facts(
                "has-partner: yes\npartner-name: Wuhan\npartner-year: 1986\npartner-stage: mou\nplan-start-year: 2018",
                year: 2026))
        #expect(
            advice.warnings.first { $0.text.contains("no concrete project") }?.text.contains("31 years ago") == true)
    }

    @Test func activitiesSayWhichAnswersPutThemThere() throws {
        let plan = Suggestions(
            facts: try facts(
                "has-partner: yes\npartner-name: Ningbo\nexisting-link-types: [universities]\npartner-year: 2005",
                resources: "well-funded")
        ).plan
        let training = try #require(plan.first { $0.title == "Junior-official training programme" })
        #expect(training.basis == ["resource-level", "existing-link-types"])
        let anniversary = try #require(plan.first { $0.title.contains("anniversary") })
        #expect(anniversary.basis == ["partner-year"])
    }

    @Test func aLevelHealthCheckSaysSo() throws {
        let level = HealthChecker().check(try facts("has-partner: no", resources: "lean"))
        #expect(level.scores.map(\.score) == [0, 0, 0, 0, 0])
        #expect(level.isLevel)
        let uneven = HealthChecker().check(try facts("has-partner: no", resources: "moderate"))
        #expect(!uneven.isLevel)
        #expect(uneven.score(of: .management)?.score == 1)
    }

    @Test func longListsOfEntriesAreShortened() {
        let references = (1...8).map { SwocReference(quadrant: .weaknesses, number: $0) }
        #expect(SwocReference.shortList(references) == "W1, W2, W3, W4, W5 and 3 more")
        #expect(SwocReference.shortList(Array(references.prefix(2))) == "W1, W2")
    }

    // MARK: Always sensible

    @Test func theSameSessionAlwaysGivesTheSameSuggestions() throws {
        let text = try String(
            contentsOf: TestQuestionnaires.repositoryRoot.appendingPathComponent("examples/nottingham-ningbo.yaml"),
            encoding: .utf8)
        let session = try AnswersImport(questionnaire: questionnaire, language: "en")
            .run(text: text, now: Date(timeIntervalSince1970: 1_600_000_000)).session
        let first = Suggestions(questionnaire: questionnaire, session: session)
        let second = Suggestions(questionnaire: questionnaire, session: session)
        #expect(first == second)
        #expect(first.plan.count >= 10)
    }

    @Test func aSessionWithFewAnswersGetsAShorterPlanWithoutInventedFacts() throws {
        var session = Session(
            questionnaire: questionnaire, language: "en", now: Date(timeIntervalSince1970: 1_600_000_000))
        session.answers = ["city-name": .text("Ghent")]
        let suggestions = Suggestions(questionnaire: questionnaire, session: session)
        #expect(suggestions.agreement.next == .memorandum)
        #expect(!suggestions.plan.isEmpty)
        #expect(suggestions.plan.count < 10)
        #expect(suggestions.plan.allSatisfy { (1...5).contains($0.planYear) })
        #expect(suggestions.plan.first?.title == "Find a partner city")
        #expect(suggestions.plan.first { $0.title.hasPrefix("Sign the Memorandum") }?.planYear == 2)
        #expect(suggestions.strategies.isEmpty)
        let everything = suggestions.plan.map { "\($0.title) \($0.description) \($0.reason)" }.joined()
        #expect(!everything.contains("Optional"))
        #expect(!everything.contains("nil"))
        #expect(!everything.contains("Ghent"), "no sentence needs the city's name to be invented around")
    }
}
