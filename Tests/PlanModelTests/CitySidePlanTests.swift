import Foundation
import PlanModel
import Testing

/// Issue 11, "Both sides": the plan reads the city's side from the `city-side`
/// answer, so what it suggests fits a European or a Chinese city (report
/// §2.3.2), and sessions saved before the side was asked still get a plan for
/// their side.
@Suite struct CitySidePlanTests {
    let questionnaire: Questionnaire
    let catalog: RuleCatalog
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
        catalog = try TestRules.catalog(for: questionnaire)
    }

    /// A challenge about money, so the plan has its funding-plan activity.
    private let moneyTrouble = """
        challenges:
          - text: Budget cuts after 2020
            obstacles: [funding]

        """

    private func session(_ yaml: String) throws -> Session {
        try AnswersImport(questionnaire: questionnaire, language: "en")
            .run(text: "city-name: Testville\nhas-partner: no\nresource-level: lean\n" + moneyTrouble + yaml, now: now)
            .session
    }

    /// The funding-plan activity's description, where the unused sources are
    /// named, in lower case (a label loses its capital inside the sentence).
    private func fundingPlan(_ session: Session) throws -> String {
        let plan = Suggestions(facts: PlanFacts(questionnaire: questionnaire, session: session), catalog: catalog).plan
        return try #require(plan.first { $0.rule == "funding-plan" }).description.lowercased()
    }

    private func label(_ id: String) -> String {
        questionnaire.label(id, in: "funding-sources", language: "en").lowercased()
    }

    /// Issue 11: a European city is told only of European sources it has not
    /// used yet, never of a Foreign Affairs Office's budget or a Chinese bureau's funds.
    @Test func aEuropeanCityIsToldOnlyOfEuropeanSources() throws {
        let text = try fundingPlan(
            session("city-country: United Kingdom\ncity-side: european\nfunding-sources: [city-council]\n"))
        #expect(text.contains(label("eu-funds")))
        #expect(!text.contains(label("city-council")), "used already")
        for chinese in [
            "foreign-affairs-office-budget", "chinese-national-schemes", "commerce-or-culture-bureau-funds",
        ] {
            #expect(!text.contains(label(chinese)), "\(chinese) in: \(text)")
        }
    }

    /// Issue 11: a Chinese city is told of the Chinese sources it has not used
    /// yet, never of EU funds, a city council's budget or event income.
    @Test func aChineseCityIsToldOnlyOfChineseSources() throws {
        let text = try fundingPlan(
            session("city-country: China\ncity-side: chinese\nfunding-sources: [foreign-affairs-office-budget]\n"))
        #expect(text.contains(label("commerce-or-culture-bureau-funds")))
        #expect(text.contains(label("chinese-national-schemes")))
        for european in [
            "city-council", "partner-city-support", "event-income", "external-stakeholders", "national-public-funds",
            "eu-funds",
        ] {
            #expect(!text.contains(label(european)), "\(european) in: \(text)")
        }
    }

    /// A session saved before the side was asked, built directly (an answers
    /// file must answer `city-side`).
    private func oldSession(_ answers: [String: AnswerValue]) -> Session {
        var session = Session(questionnaire: questionnaire, language: "en", now: now)
        session.answers = answers.merging([
            "city-name": .text("Oldtown"), "has-partner": .flag(false), "resource-level": .text("lean"),
            "challenges": .swocEntries([SwocEntry(text: "Budget cuts after 2020", obstacles: ["funding"])]),
        ]) { mine, _ in mine }
        return session
    }

    private func side(_ session: Session) -> CitySide? {
        PlanFacts(questionnaire: questionnaire, session: session).citySide
    }

    /// Issue 11: the side answered is the side, whatever the country says; the
    /// country is not read when the side is answered.
    @Test func theSideAnsweredComesBeforeTheCountry() throws {
        let hongKong = try session("city-country: Hong Kong\ncity-side: chinese\n")
        #expect(side(hongKong) == .chinese)
        #expect(PlanFacts(questionnaire: questionnaire, session: hongKong).isChineseCity)
        let european = try session("city-country: PRC Liaison Office Brussels\ncity-side: european\n")
        #expect(side(european) == .european)
        #expect(!PlanFacts(questionnaire: questionnaire, session: european).isChineseCity)
    }

    /// Issue 11, migration: a session without a side answer (saved before the
    /// question existed) is read for the plan by its country; without a country its side is unknown.
    @Test func anOldSessionsSideIsReadFromItsCountry() {
        #expect(side(oldSession(["city-country": .text("China")])) == .chinese)
        #expect(side(oldSession(["city-country": .text("中国")])) == .chinese)
        #expect(side(oldSession(["city-country": .text("United Kingdom")])) == .european)
        #expect(side(oldSession([:])) == nil)
    }

    /// Issue 11, migration: the plan of a European session saved before the
    /// side was asked names only European sources not used yet, as it would
    /// once the side is answered (the Manchester example of case study 7).
    @Test func anOldEuropeanSessionIsToldOnlyOfEuropeanSources() throws {
        let url = TestQuestionnaires.repositoryRoot.appendingPathComponent(
            "Tests/Fixtures/sessions/manchester-wuhan-before-city-side.json")
        let session = try SessionStore(questionnaire: questionnaire).decode(Data(contentsOf: url), path: url.path)
        #expect(session.answers["city-side"] == nil)
        let text = try fundingPlan(session)
        #expect(text.contains(label("event-income")))
        #expect(!text.contains(label("foreign-affairs-office-budget")), "\(text)")
        #expect(!text.contains(label("chinese-national-schemes")), "\(text)")
    }

    /// Issue 11, migration: an old Chinese session is not told of EU funds.
    @Test func anOldChineseSessionIsToldOnlyOfChineseSources() throws {
        let session = oldSession([
            "city-country": .text("China"), "funding-sources": .texts(["foreign-affairs-office-budget"]),
        ])
        let text = try fundingPlan(session)
        #expect(text.contains(label("chinese-national-schemes")))
        #expect(!text.contains(label("eu-funds")) && !text.contains(label("city-council")), "\(text)")
    }

    /// The names, in English and Chinese, of the choices of a vocabulary that
    /// the other side is offered and this side is not: each label, and its
    /// part before a bracket ("欧洲城市联盟" of "欧洲城市联盟（EUROCITIES）").
    private func otherSidesNames(_ vocabulary: String, side: CitySide) throws -> [String] {
        let all = try #require(questionnaire.vocabularies[vocabulary])
        let offered = Set(all.offered(in: [CitySide.questionID: .text(side.rawValue)]).choices.map(\.id))
        return all.choices.filter { !offered.contains($0.id) }.flatMap { choice in
            ["en", "zh"].flatMap { language -> [String] in
                let label = choice.label.text(in: language, fallback: "en")
                let name = label.prefix { $0 != "（" && $0 != "(" }.trimmingCharacters(in: .whitespaces)
                return [label, name]
            }
        }
    }

    /// Issue 11: where the team named no channels or bridging organisations,
    /// the plan's general words name only organisations that serve the city's
    /// side (no EUROCITIES for a Chinese city, no CIFCA for a European one),
    /// in both languages.
    @Test func generalWordsNameOnlyOrganisationsOfTheCitysSide() throws {
        for side in CitySide.allCases {
            for language in ["en", "zh"] {
                var session = try session("city-country: Somewhere\ncity-side: \(side.rawValue)\n")
                session.language = language
                session.answers["has-partner"] = .flag(true)
                session.answers["partner-name"] = .text("Partnerville")
                session.answers["partner-status"] = .text("dormant")
                let facts = PlanFacts(questionnaire: questionnaire, session: session)
                let plan = Suggestions(facts: facts, catalog: catalog).plan
                let rebuild = try #require(plan.first { $0.rule == "rebuild-contacts" }).description
                for label in try otherSidesNames("bridging-organisations", side: side) {
                    #expect(!rebuild.contains(label), "\(side) \(language): \(rebuild)")
                }
                session.answers["has-partner"] = .flag(false)
                let unpartnered = PlanFacts(questionnaire: questionnaire, session: session)
                let find = try #require(
                    Suggestions(facts: unpartnered, catalog: catalog).plan.first { $0.rule == "find-partner" })
                for label in try otherSidesNames("matchmaking-channels", side: side) {
                    #expect(!find.description.contains(label), "\(side) \(language): \(find.description)")
                }
            }
        }
    }
}
