import Foundation
import PlanModel
import Testing

/// Issue 11, "Both sides": the team says whether theirs is a European or a
/// Chinese city, and the choices and help that follow fit that side. The
/// engine hands out questions already resolved for the session, so the wizard
/// shows the right choices without knowing about sides.
@Suite struct CitySideTests {
    let questionnaire: Questionnaire
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
    }

    private func engine(_ answers: [String: AnswerValue]) -> WizardEngine {
        var session = Session(questionnaire: questionnaire, language: "en", now: now)
        session.answers = answers
        return WizardEngine(questionnaire: questionnaire, session: session)
    }

    private func offered(_ questionID: String, side: String?) throws -> [String] {
        let engine = engine(side.map { ["city-side": .text($0)] } ?? [:])
        let question = try #require(engine.askedQuestions.first { $0.id == questionID })
        return try #require(question.choices).choices.map(\.id)
    }

    /// The side is a required choice asked right after the country, with no default (never guessed).
    @Test func theSideIsAskedAfterTheCountryAndNeverPrefilled() throws {
        let ids = questionnaire.questions.map(\.id)
        let country = try #require(ids.firstIndex(of: "city-country"))
        #expect(ids[country + 1] == "city-side")
        let side = try #require(questionnaire.question(id: "city-side"))
        #expect(side.required && side.kind == .singleChoice && side.defaultValue == nil)
        #expect(side.choices?.choices.map(\.id) == ["european", "chinese"])
        #expect(side.source.contains("§2.1"))
    }

    /// §2.3.2: each side is offered its own funding sources; with the side unknown, both are.
    @Test func fundingSourcesFollowTheSide() throws {
        let european = try offered("funding-sources", side: "european")
        let chinese = try offered("funding-sources", side: "chinese")
        #expect(european.contains("eu-funds") && european.contains("city-council"))
        #expect(!european.contains("foreign-affairs-office-budget") && !european.contains("chinese-national-schemes"))
        #expect(
            chinese.contains("foreign-affairs-office-budget") && chinese.contains("commerce-or-culture-bureau-funds"))
        #expect(!chinese.contains("eu-funds") && !chinese.contains("city-council"))
        let unknown = try offered("funding-sources", side: nil)
        #expect(Set(unknown) == Set(european).union(chinese))
    }

    /// §2.1: a Foreign Affairs Office for a Chinese city, an international relations team for a European one;
    /// the channels and bridging organisations each side uses (§1.2; §2.1.1; §2.2.3).
    @Test func managersChannelsAndBridgesFollowTheSide() throws {
        #expect(try offered("management-entity", side: "chinese").contains("foreign-affairs-office"))
        #expect(!(try offered("management-entity", side: "chinese").contains("international-relations-office")))
        #expect(try offered("management-entity", side: "european").contains("international-relations-office"))
        #expect(!(try offered("management-entity", side: "european").contains("foreign-affairs-office")))
        #expect(try offered("matchmaking-channels", side: "chinese").contains("cifca"))
        #expect(!(try offered("matchmaking-channels", side: "chinese").contains("eurocities")))
        #expect(try offered("matchmaking-channels", side: "european").contains("eurocities"))
        #expect(!(try offered("bridging-organisations", side: "chinese").contains("nordic-edge")))
        #expect(!(try offered("bridging-organisations", side: "european").contains("cifca")))
    }

    /// The help shown follows the side; without a side the general text is shown.
    @Test func helpFollowsTheSide() throws {
        func help(_ side: String?) throws -> String {
            let engine = engine(side.map { ["city-side": .text($0)] } ?? [:])
            let question = try #require(engine.question(after: "management-staff"))
            #expect(question.id == "funding-sources")
            return question.help.text(in: "en", fallback: "en")
        }
        #expect(try help("chinese").contains("Belt"))
        #expect(try help("european").contains("Nottingham"))
        #expect(try help(nil) == questionnaire.question(id: "funding-sources")?.help.text(in: "en", fallback: "en"))
        let office = engine(["city-side": .text("chinese")]).resolved(
            try #require(questionnaire.question(id: "international-office")))
        #expect(office.help.text(in: "en", fallback: "en").contains("Ningbo Foreign Affairs Office"))
        let bridges = engine(["city-side": .text("chinese")]).resolved(
            try #require(questionnaire.question(id: "bridging-organisations")))
        #expect(bridges.help.text(in: "zh", fallback: "en").contains("驻欧洲国家的使领馆"))
        #expect(!bridges.help.text(in: "zh", fallback: "en").contains("挪威创新署"))
    }

    /// A choice stored before the side changed is never dropped: it stays offered for that question, so it is
    /// shown with its label and Enter keeps it.
    @Test func aStoredChoiceThatNoLongerFitsIsKeptAndShown() throws {
        let engine = engine([
            "city-side": .text("european"), "funding-sources": .texts(["foreign-affairs-office-budget", "eu-funds"]),
        ])
        let question = try #require(engine.askedQuestions.first { $0.id == "funding-sources" })
        let ids = try #require(question.choices).choices.map(\.id)
        #expect(ids.contains("foreign-affairs-office-budget"))
        #expect(!ids.contains("chinese-national-schemes"))
        let shown = AnswerFormatter(language: "en", fallbackLanguage: "en").display(
            try #require(engine.answer(for: "funding-sources")), for: question)
        #expect(!shown.contains("foreign-affairs-office-budget"), "shown by its label: \(shown)")
        let parsed = AnswerParser(language: "en", fallbackLanguage: "en").parse(shown, for: question)
        #expect(try parsed.get() == .texts(["foreign-affairs-office-budget", "eu-funds"]))
        #expect(engine.askedAnswers["funding-sources"] == .texts(["foreign-affairs-office-budget", "eu-funds"]))
    }

    /// Migration: a session saved before the side was asked loads unchanged, the side stays unknown (not
    /// guessed from the country), resuming asks it first, and suggestions are still made.
    @Test func anOldSessionIsAskedItsSideOnResume() throws {
        let url = TestQuestionnaires.repositoryRoot.appendingPathComponent(
            "Tests/Fixtures/sessions/manchester-wuhan-before-city-side.json")
        let session = try SessionStore(questionnaire: questionnaire).decode(Data(contentsOf: url), path: url.path)
        #expect(session.answers["city-side"] == nil)
        #expect(session.answers["city-country"] != nil)
        let engine = WizardEngine(questionnaire: questionnaire, session: session)
        #expect(engine.firstUnfinishedQuestion?.id == "city-side")
        #expect(engine.missingRequiredQuestions.map(\.id).contains("city-side"))
        // Both sides' choices are offered while the side is unknown, so nothing stored is hidden.
        let funding = try #require(engine.askedQuestions.first { $0.id == "funding-sources" })
        #expect(funding.choices?.choices.count == questionnaire.vocabularies["funding-sources"]?.choices.count)
        let suggestions = try Suggestions(questionnaire: questionnaire, session: session)
        #expect(!suggestions.plan.isEmpty)
    }

    private let base = "city-name: Ningbo\ncity-country: China\nhas-partner: no\nresource-level: lean\n"

    /// An answers file may only use the choices offered for its own answers, and is told why otherwise.
    @Test func anAnswersFileIsToldWhenAChoiceDoesNotFitItsSide() throws {
        let importer = AnswersImport(questionnaire: questionnaire, language: "en")
        let chinese =
            base + "city-side: chinese\nfunding-sources: [foreign-affairs-office-budget, chinese-national-schemes]\n"
        let session = try importer.run(text: chinese, now: now).session
        #expect(
            session.answers["funding-sources"] == .texts(["foreign-affairs-office-budget", "chinese-national-schemes"]))
        let mixed = base + "city-side: chinese\nfunding-sources: [foreign-affairs-office-budget, eu-funds]\n"
        let failure = #expect(throws: AnswersImport.Failure.self) { try importer.run(text: mixed, now: now) }
        let problem = try #require(failure?.problems.first)
        #expect(problem.questionID == "funding-sources")
        #expect(
            problem.kind
                == .notOffered(
                    label: "EU funds and programmes", choiceID: "eu-funds", condition: "city-side is not chinese",
                    dependsOn: ["city-side"], vocabulary: "funding-sources"))
        let missing = #expect(throws: AnswersImport.Failure.self) {
            try importer.run(text: base.replacingOccurrences(of: "city-side: chinese\n", with: ""), now: now)
        }
        #expect(missing?.problems.map(\.questionID) == ["city-side"], "required, never guessed from the country")
    }
}
