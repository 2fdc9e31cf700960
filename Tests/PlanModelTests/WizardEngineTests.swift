import Foundation
import PlanModel
import Testing

@Suite struct WizardEngineTests {
    let questionnaire: Questionnaire
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        questionnaire = try QuestionnaireLoader().load(directory: TestQuestionnaires.small())
    }

    private func engine() -> WizardEngine {
        WizardEngine(
            questionnaire: questionnaire, session: Session(questionnaire: questionnaire, language: "en", now: now))
    }

    @Test func conditionalQuestionsAreAskedOnlyWhenTheirConditionHolds() {
        var engine = engine()
        #expect(!engine.askedQuestions.map(\.id).contains("partner-name"))
        #expect(engine.question(after: "has-partner")?.id == "strengths")
        engine.record(.flag(true), for: "has-partner", at: now)
        #expect(engine.question(after: "has-partner")?.id == "partner-name")
        #expect(engine.question(before: "strengths")?.id == "partner-name")
        engine.record(.flag(false), for: "has-partner", at: now)
        #expect(engine.question(before: "strengths")?.id == "has-partner")
    }

    @Test func backAndNextStopAtTheEnds() {
        let engine = engine()
        #expect(engine.question(before: "city-name") == nil)
        #expect(engine.question(after: "staff") == nil)
        #expect(engine.question(after: "no-such-question") == nil)
    }

    @Test func firstUnfinishedQuestionSkipsWhatWasDealtWith() {
        var engine = engine()
        #expect(engine.firstUnfinishedQuestion?.id == "city-name")
        engine.record(.text("Rome"), for: "city-name", at: now)
        #expect(engine.firstUnfinishedQuestion?.id == "city-name", "recorded but not finished, e.g. a list in progress")
        engine.finish("city-name", at: now)
        engine.finish("has-partner", at: now)
        #expect(engine.firstUnfinishedQuestion?.id == "strengths")
        for question in engine.askedQuestions { engine.finish(question.id, at: now) }
        #expect(engine.firstUnfinishedQuestion == nil)
    }

    @Test func stepsAreFoundByNumberIDOrTitle() {
        let engine = engine()
        #expect(engine.step(named: "1")?.id == "swoc")
        #expect(engine.step(named: "0")?.id == "profile")
        #expect(engine.step(named: "swoc")?.id == "swoc")
        #expect(engine.step(named: "About")?.id == "profile")
        #expect(engine.step(named: "7") == nil)
        #expect(engine.step(named: "") == nil)
        #expect(engine.firstQuestion(of: engine.step(named: "1")!)?.id == "strengths")
    }

    /// Issue 13: the partner's name, which "has a partner?" in the same step
    /// may open, is counted from the start ("2 of up to 3"), so the count does
    /// not grow once the answer opens it.
    @Test func progressCountsWhatTheStepMayStillOpen() {
        var engine = engine()
        let hasPartner = questionnaire.question(id: "has-partner")!
        #expect(
            engine.progress(of: hasPartner)
                == QuestionProgress(
                    step: questionnaire.steps[0], stepCount: 1, index: 2, count: 3, mayAskFewer: true))
        engine.record(.flag(true), for: "has-partner", at: now)
        #expect(engine.progress(of: hasPartner)?.count == 3)
        #expect(engine.progress(of: hasPartner)?.mayAskFewer == false)
    }

    @Test func missingRequiredQuestionsAreListed() {
        var engine = engine()
        #expect(engine.missingRequiredQuestions.map(\.id) == ["city-name"])
        engine.record(.text("Bonn"), for: "city-name", at: now)
        #expect(engine.missingRequiredQuestions.isEmpty)
    }
}
