import Exporters
import Foundation
import Messages
import PlanModel
import Testing

/// Issue 12: the pieces every format shares — the draft marking of an
/// unfinished session, short actor tags and the streams-by-years grid.
@Suite struct DraftAndGlanceTests {
    let questionnaire: Questionnaire

    init() throws {
        questionnaire = try QuestionnaireLoader().load(
            directory: PlanDocumentBuilderTests.root.appendingPathComponent("questionnaires"))
    }

    private func document(fixture path: String) throws -> PlanDocument {
        let data = try Data(contentsOf: PlanDocumentBuilderTests.root.appendingPathComponent(path))
        let session = try SessionStore(questionnaire: questionnaire).decode(data, path: path)
        return try PlanDocumentBuilder(questionnaire: questionnaire, session: session).build()
    }

    /// A session stopped after the SWOC is a draft, with the questions still open and the step it stopped in.
    @Test func aSessionStoppedAtStepOneIsADraft() throws {
        let plan = try document(fixture: "Tests/Fixtures/sessions/manchester-wuhan-unfinished-step1.json")
        let draft = try #require(plan.draft)
        #expect(draft.stepReached == 1)
        #expect(draft.unansweredQuestions > 10)
        #expect(
            Messages.english.plan.draftNotice(unanswered: draft.unansweredQuestions, stepReached: 1)
                .contains("\(draft.unansweredQuestions) questions are not answered yet (the session stopped in step 1"))
        #expect(Messages.chinese.plan.draftNotice(unanswered: 3, stepReached: 1).contains("尚有3个问题未回答"))
    }

    /// A draft whose plan start year is not answered says which year its plan assumes; one that gave it does not.
    @Test func aDraftSaysWhenItsYearsAreAssumed() throws {
        let plan = try document(fixture: "Tests/Fixtures/sessions/manchester-wuhan-unfinished-step1.json")
        #expect(plan.draft?.assumedStartYear == plan.suggestions.plan.first?.year)
        let path = "Tests/Fixtures/hostile-sessions/hostile-texts.json"
        let data = try Data(contentsOf: PlanDocumentBuilderTests.root.appendingPathComponent(path))
        var session = try SessionStore(questionnaire: questionnaire).decode(data, path: path)
        session.completedAt = nil
        session.finished.removeAll { $0 == "publicity-channels" }
        let given = try PlanDocumentBuilder(questionnaire: questionnaire, session: session).build()
        #expect(given.draft != nil)
        #expect(given.draft?.assumedStartYear == nil, "the hostile session gives 2027 itself")
    }

    /// A session gone through to the end is no draft.
    @Test func aFinishedSessionIsNoDraft() throws {
        let plan = try document(fixture: "Tests/Fixtures/hostile-sessions/hostile-texts.json")
        #expect(plan.draft == nil)
    }

    /// Completed but with an asked question never dealt with (a `:goto` past it) is still a draft.
    @Test func aCompletedSessionWithAnOpenQuestionIsADraft() throws {
        let data = try Data(
            contentsOf: PlanDocumentBuilderTests.root.appendingPathComponent(
                "Tests/Fixtures/hostile-sessions/hostile-texts.json"))
        var session = try SessionStore(questionnaire: questionnaire).decode(data, path: "hostile-texts.json")
        session.answers["publicity-channels"] = nil
        session.finished.removeAll { $0 == "publicity-channels" }
        let plan = try PlanDocumentBuilder(questionnaire: questionnaire, session: session).build()
        #expect(plan.draft == PlanDocument.Draft(unansweredQuestions: 1, stepReached: 4))
    }

    /// Actor tags stop at the first bracket, in either script; labels without one stay whole.
    @Test func shortLabelsStopAtTheFirstBracket() {
        func short(_ label: String) -> String { PlanDocument.Label(id: "x", label: label).shortLabel }
        #expect(short("Government (city council and public offices)") == "Government")
        #expect(short("政府（市政府及公共部门）") == "政府")
        #expect(short("高校和科研机构") == "高校和科研机构")
        #expect(short("(only a bracket)") == "(only a bracket)")
    }

    /// Every activity sits in exactly one cell, years run without gaps, and empty streams are left out.
    @Test func theGlanceGridHoldsEveryActivityOnce() throws {
        let plan = try document(fixture: "Tests/Fixtures/hostile-sessions/hostile-texts.json")
        let activities = plan.suggestions.plan
        let glance = PlanGlance(activities)
        #expect(!glance.isEmpty)
        #expect(glance.years == Array(glance.years[0]...glance.years[glance.years.count - 1]))
        let placed = glance.streams.flatMap { stream in
            glance.years.flatMap { glance.activities(in: stream, year: $0) }
        }
        #expect(placed.sorted() == Array(activities.indices))
        for stream in glance.streams {
            #expect(glance.years.contains { !glance.activities(in: stream, year: $0).isEmpty })
        }
        #expect(PlanGlance([]).isEmpty)
    }
}
