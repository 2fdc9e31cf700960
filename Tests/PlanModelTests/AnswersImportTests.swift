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
            #expect(error.problems[0].kind == .unknownQuestion())
            #expect(error.problems[1].kind == .requiredButMissing)
            #expect(error.problems[4].kind == .answer(.outOfRange(minimum: 0, maximum: 50)))
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

/// The lesser items of issue 14 about answers files.
@Suite struct AnswersFileTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    private func importer() throws -> AnswersImport {
        AnswersImport(
            questionnaire: try QuestionnaireLoader().load(directory: TestQuestionnaires.small()), language: "en")
    }

    /// Issue 14, lesser item: a YAML answers file saved with a byte-order mark
    /// (as some Windows editors do) was refused, while JSON with one was accepted.
    @Test func yamlWithAByteOrderMarkIsAccepted() throws {
        let outcome = try importer().run(text: "\u{FEFF}city-name: Rome\nstaff: 3\n", now: now)
        #expect(outcome.session.answers["city-name"] == .text("Rome"))
        let json = try importer().run(text: "\u{FEFF}{\"city-name\": \"Bonn\"}", now: now)
        #expect(json.session.answers["city-name"] == .text("Bonn"))
    }

    /// Issue 14, lesser item: a key given twice was refused without saying which key.
    @Test func aDuplicateKeyIsNamedWithItsLine() throws {
        let importer = try importer()
        do {
            _ = try importer.run(text: "staff: 3\ncity-name: Rome\ncity-name: Milan\n", now: now)
            Issue.record("expected the duplicate key to be refused")
        } catch {
            #expect(
                error.problems == [
                    AnswersImport.Problem(
                        questionID: AnswersImport.Problem.wholeFile, kind: .duplicateKeys(line: 2, keys: ["city-name"]))
                ])
        }
    }

    /// Issue 14, item 11 (for answers files): a key with escape codes is kept as
    /// written, for the messages to show as visible text (MessagesTests).
    @Test func escapeCodesInAnUnknownKeyAreKeptForTheMessage() throws {
        let importer = try importer()
        do {
            _ = try importer.run(text: "city-name: Rome\n\"x\\e]0;TITLE\\a\": 1\n", now: now)
            Issue.record("expected the unknown key to be refused")
        } catch {
            #expect(
                error.problems == [AnswersImport.Problem(questionID: "x\u{1B}]0;TITLE\u{7}", kind: .unknownQuestion())])
        }
    }
}
