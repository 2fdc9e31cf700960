import Foundation
import PlanModel
import Testing

@Suite struct AnswersImportTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    private func importer() throws -> AnswersImport {
        AnswersImport(
            questionnaire: try QuestionnaireLoader().load(directory: TestQuestionnaires.small()), language: "en")
    }

    @Test func yamlAnswersFillASession() throws {
        let text = """
            city-name: Rome
            has-partner: yes
            partner-name: Yantai
            strengths:
              - Culture and heritage
              - text: Film industry
                areas: [culture]
                actor: industry-free
            """
        let importer = try importer()
        do {
            _ = try importer.run(text: text, now: now)
            Issue.record("expected the unknown actor to be refused")
        } catch {
            #expect(error.problems.map(\.questionID) == ["strengths"])
        }
        let fixed = text.replacingOccurrences(of: "industry-free", with: "government")
        let outcome = try importer.run(text: fixed, now: now)
        #expect(outcome.session.answers["partner-name"] == .text("Yantai"))
        #expect(
            outcome.session.answers["strengths"]
                == .swocEntries([
                    SwocEntry(text: "Culture and heritage"),
                    SwocEntry(text: "Film industry", areas: ["culture-tourism"], actor: "government"),
                ]))
        #expect(outcome.session.completedAt == now)
        #expect(outcome.warnings.isEmpty)
    }

    @Test func jsonAnswersWorkToo() throws {
        let outcome = try importer().run(
            text: #"{"city-name": "Bonn", "areas": ["smart-cities", "2"], "staff": 3}"#, now: now)
        #expect(outcome.session.answers["areas"] == .texts(["smart-cities", "port-logistics"]))
        #expect(outcome.session.answers["staff"] == .number(3))
    }

    @Test func everyProblemIsReportedAtOnceByQuestionID() throws {
        let text = """
            has-partner: maybe
            staff: 500
            areas: [smart, nowhere]
            colour: blue
            """
        let importer = try importer()
        do {
            _ = try importer.run(text: text, now: now)
            Issue.record("expected problems")
        } catch {
            #expect(error.problems.map(\.questionID) == ["colour", "city-name", "has-partner", "areas", "staff"])
            #expect(error.problems[0].message == "there is no question with this id")
            #expect(error.problems[1].message == "an answer is required but missing")
            #expect(error.problems[4].message == "Please give a value from 0 to 50.")
        }
    }

    @Test func answersToQuestionsThatAreNotAskedAreWarnedAbout() throws {
        let outcome = try importer().run(text: "city-name: Bonn\nhas-partner: no\npartner-name: Chengdu\n", now: now)
        #expect(outcome.warnings.map(\.questionID) == ["partner-name"])
        #expect(outcome.session.answers["partner-name"] == nil)
    }

    @Test func brokenFilesAreReported() throws {
        for text in ["", "city-name: [unclosed", "- just\n- a list\n"] {
            #expect(throws: AnswersImport.Failure.self) { try importer().run(text: text, now: now) }
        }
    }

    @Test(arguments: ["nottingham-ningbo", "manchester-wuhan", "stavanger-yantai"])
    func shippedExamplesAreCompleteAndValid(name: String) throws {
        let questionnaire = try TestQuestionnaires.builtIn()
        let url = TestQuestionnaires.repositoryRoot.appendingPathComponent("examples/\(name).yaml")
        let outcome = try AnswersImport(questionnaire: questionnaire, language: "en")
            .run(text: try String(contentsOf: url, encoding: .utf8), now: now)
        #expect(outcome.warnings.isEmpty, "\(outcome.warnings)")
        let engine = WizardEngine(questionnaire: questionnaire, session: outcome.session)
        #expect(engine.missingRequiredQuestions.isEmpty)
        for quadrant in ["strengths", "weaknesses", "opportunities", "challenges"] {
            guard case .swocEntries(let entries) = outcome.session.answers[quadrant] else {
                Issue.record("\(name) has no \(quadrant)")
                continue
            }
            #expect(entries.count >= 3)
        }
    }
}
