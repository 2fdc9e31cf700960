import Foundation
import PlanModel
import Testing

/// Issue 11, "Done means": the same city answered in English and in Chinese
/// gives the same plan (the same rule ids in the same years, the same
/// agreement advice), because obstacle tags and areas are ids and Chinese
/// entries are guessed like English ones. Ningbo's side of its partnership
/// with Nottingham (Tests/Fixtures/cities/ningbo-nottingham-*.yaml).
@Suite struct TwoLanguageCityTests {
    let questionnaire: Questionnaire
    let catalog: RuleCatalog
    let now = Date(timeIntervalSince1970: 1_575_000_000)

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
        catalog = try TestRules.catalog(for: questionnaire)
    }

    private func session(_ path: String, language: String) throws -> Session {
        let text = try String(
            contentsOf: TestQuestionnaires.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
        let outcome = try AnswersImport(questionnaire: questionnaire, language: language).run(text: text, now: now)
        #expect(outcome.warnings.isEmpty, "\(path): \(outcome.warnings)")
        return outcome.session
    }

    private func english() throws -> Session {
        try session("Tests/Fixtures/cities/ningbo-nottingham-en.yaml", language: "en")
    }

    private func chinese() throws -> Session {
        try session("Tests/Fixtures/cities/ningbo-nottingham-zh.yaml", language: "zh")
    }

    /// The two files say the same: every choice answer and every entry's areas, actor and obstacle kinds
    /// (given or guessed) are equal; only the typed texts differ.
    @Test func bothLanguagesGiveTheSameIDs() throws {
        let english = try english().answers
        let chinese = try chinese().answers
        #expect(Set(english.keys) == Set(chinese.keys))
        for question in questionnaire.questions {
            switch (english[question.id], chinese[question.id]) {
            case (.swocEntries(let en), .swocEntries(let zh)):
                #expect(en.count == zh.count, "\(question.id)")
                for (a, b) in zip(en, zh) {
                    #expect(a.areas == b.areas && a.actor == b.actor, "\(question.id): \(b.text)")
                    #expect(a.obstacles == b.obstacles, "\(question.id): \(a.text) / \(b.text)")
                }
            case (let en, let zh) where question.choices != nil || question.kind == .yesNo || question.kind == .year:
                #expect(en == zh, "\(question.id)")
            default: break
            }
        }
        #expect(chinese["city-side"] == .text("chinese"))
    }

    /// The plan, the years and the agreement advice are the same in both languages.
    @Test func bothLanguagesGiveTheSamePlan() throws {
        let english = Suggestions(questionnaire: questionnaire, session: try english(), catalog: catalog)
        let chinese = Suggestions(questionnaire: questionnaire, session: try chinese(), catalog: catalog)
        #expect(!english.plan.isEmpty)
        let inEnglish = english.plan.map { "\($0.rule)@\($0.planYear)" }
        let inChinese = chinese.plan.map { "\($0.rule)@\($0.planYear)" }
        #expect(inEnglish == inChinese)
        #expect(english.agreement.next == chinese.agreement.next)
        #expect(english.agreement.warnings.map(\.rule) == chinese.agreement.warnings.map(\.rule))
        #expect(english.health.scores.map(\.score) == chinese.health.scores.map(\.score))
        #expect(
            english.plan.map { $0.answers.map(\.code) } == chinese.plan.map { $0.answers.map(\.code) },
            "the same entries answered")
    }

    /// The Chinese example in examples/ is this city's Chinese file, so the two cannot drift apart.
    @Test func theChineseExampleIsTheChineseFixture() throws {
        let example = try session("examples/ningbo-nottingham.zh.yaml", language: "zh")
        #expect(example.answers == (try chinese()).answers)
    }
}
