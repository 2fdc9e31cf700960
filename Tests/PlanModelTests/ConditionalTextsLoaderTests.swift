import Foundation
import PlanModel
import Testing

/// Issue 11: choices offered under a condition (`when:` on a choice) and
/// prompts or help texts chosen by a condition (a list of alternatives) are
/// checked when the questionnaire loads, like the conditions of questions.
@Suite struct ConditionalTextsLoaderTests {
    private func load(_ overrides: [String: String]) throws -> Questionnaire {
        try QuestionnaireLoader().load(directory: TestQuestionnaires.small(overrides))
    }

    private func problems(_ overrides: [String: String]) -> [QuestionnaireProblem] {
        guard let directory = try? TestQuestionnaires.small(overrides) else { return [] }
        do throws(QuestionnaireError) {
            _ = try QuestionnaireLoader().load(directory: directory)
            return []
        } catch {
            return error.problems
        }
    }

    private func vocabularies(areaCondition: String) -> String {
        TestQuestionnaires.vocabularies.replacingOccurrences(
            of: "    - {id: culture-tourism, label: {en: Culture and tourism}}",
            with: "    - {id: culture-tourism, label: {en: Culture and tourism}, when: \(areaCondition)}")
    }

    private func helpAlternatives(_ list: String) -> String {
        TestQuestionnaires.stepTwo.replacingOccurrences(of: "    help: {en: Staff. (§2.3)}\n", with: list)
    }

    /// A choice's condition on an earlier question loads and filters what the engine offers.
    @Test func aChoiceIsOfferedOnlyWhenItsConditionHolds() throws {
        let questionnaire = try load([
            "vocabularies.yaml": vocabularies(areaCondition: "{question: has-partner, equals: true}")
        ])
        var session = Session(questionnaire: questionnaire, language: "en", now: Date(timeIntervalSince1970: 0))
        session.answers["has-partner"] = .flag(false)
        var engine = WizardEngine(questionnaire: questionnaire, session: session)
        #expect(engine.question(after: "strengths")?.choices?.choices.map(\.id).contains("culture-tourism") == false)
        #expect(engine.askedQuestions.first { $0.id == "strengths" }?.areas?.choices.count == 3, "swoc areas too")
        engine.record(.flag(true), for: "has-partner", at: Date(timeIntervalSince1970: 0))
        #expect(engine.question(after: "strengths")?.choices?.choices.map(\.id).contains("culture-tourism") == true)
        #expect(questionnaire.vocabularies["cooperation-areas"]?.choices.count == 4, "the vocabulary keeps them all")
    }

    /// A choice's condition may only look at questions asked before every question offering the choice.
    @Test func aChoiceConditionOnALaterOrUnknownQuestionIsRefusedWithItsLine() {
        let later = problems(["vocabularies.yaml": vocabularies(areaCondition: "{question: staff, equals: 2}")])
        #expect(
            later.contains { $0.message.contains("choice \"culture-tourism\"") && $0.message.contains("asked later") })
        #expect(later.allSatisfy { $0.file.hasSuffix("vocabularies.yaml") && $0.line == 8 })
        let unknown = problems(["vocabularies.yaml": vocabularies(areaCondition: "{question: nope, equals: 2}")])
        #expect(unknown.contains { $0.message.contains("names a question \"nope\" that does not exist") })
        let broken = problems(["vocabularies.yaml": vocabularies(areaCondition: "{question: has-partner}")])
        #expect(broken.contains { $0.message.contains("needs one of equals") })
    }

    /// Help alternatives: the one whose condition holds is shown, the last (without `when`) otherwise.
    @Test func helpAlternativesArePickedByTheirCondition() throws {
        let list = """
                help:
                  - when: {question: has-partner, equals: true}
                    en: With a partner. (§2.3)
                  - en: Staff. (§2.3)

            """
        let questionnaire = try load(["two.yaml": helpAlternatives(list)])
        let staff = try #require(questionnaire.question(id: "staff"))
        #expect(staff.help.texts["en"] == "Staff. (§2.3)")
        #expect(staff.resolved(with: ["has-partner": .flag(true)]).help.texts["en"] == "With a partner. (§2.3)")
        #expect(staff.resolved(with: ["has-partner": .flag(false)]).help.texts["en"] == "Staff. (§2.3)")
        #expect(questionnaire.textSites.contains { $0.context.contains("question \"staff\" help (alternative 1)") })
    }

    /// The last alternative is the fallback and takes no `when`; one without `when` before the end would hide
    /// the rest; a condition naming a later question is refused as for questions.
    @Test func badHelpAlternativesAreRefused() {
        let noFallback = problems([
            "two.yaml": helpAlternatives(
                "    help:\n      - when: {question: has-partner, equals: true}\n        en: A. (§2.3)\n")
        ])
        #expect(
            noFallback.contains { $0.message.contains("the last alternative is the one shown when no condition holds") }
        )
        #expect(noFallback.contains { $0.message.contains("needs a `help`") } == false)
        let hidden = problems([
            "two.yaml": helpAlternatives("    help:\n      - en: A. (§2.3)\n      - en: B. (§2.3)\n")
        ])
        #expect(hidden.contains { $0.message.contains("alternative 1) has no `when`") && $0.line == 23 })
        let later = problems([
            "two.yaml": helpAlternatives(
                "    help:\n      - when: {question: staff, equals: 1}\n        en: A. (§2.3)\n      - en: B. (§2.3)\n")
        ])
        #expect(
            later.contains {
                $0.message.contains("help (alternative 1): the condition names \"staff\", which is asked later")
            })
    }

    /// Chinese input methods type "，" and "、" between choices, so labels may not contain them.
    @Test func aLabelWithAChineseCommaIsRefused() {
        let vocabularies = TestQuestionnaires.vocabularies.replacingOccurrences(
            of: "{en: Smart cities}", with: "{en: Smart cities, zh: 智慧城市、低碳}")
        let found = problems(["vocabularies.yaml": vocabularies])
        #expect(found.contains { $0.message.contains("choice \"smart-cities\": a label cannot contain a comma") })
    }

    /// When no choice's condition holds, the whole list is offered, so the question can still be answered.
    @Test func aVocabularyWithNothingOfferedOffersEverything() {
        let vocabulary = Vocabulary(
            name: "v", label: LocalizedText(["en": "V"]), source: "",
            choices: [
                Choice(id: "a", label: LocalizedText(["en": "A"]), condition: .answered(question: "x", expected: true))
            ])
        #expect(vocabulary.offered(in: [:]).choices.map(\.id) == ["a"])
        #expect(
            Condition.not(.equals(question: "city-side", value: .text("chinese"))).summary == "city-side is not chinese"
        )
    }
}
