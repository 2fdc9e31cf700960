import Foundation
import PlanModel
import Testing

/// Issue 13, "Answers files for people": an answers file's problems name their
/// place, the accepted ids and the nearest one, and all of them come at once.
@Suite struct AnswersFileProblemsTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    private func problems(_ text: String, language: String = "en") throws -> [AnswersImport.Problem] {
        let importer = AnswersImport(questionnaire: try TestQuestionnaires.builtIn(), language: language)
        do {
            _ = try importer.run(text: text, now: now)
            Issue.record("expected problems")
            return []
        } catch {
            return error.problems
        }
    }

    /// A file with mistakes at several depths: a wrong top-level choice, a refused
    /// yes/no that later questions depend on, two bad items of a list, and in the
    /// SWOC entries a bad area, a bad actor, a misspelt key and a list for an actor.
    /// Before, the first wrong field of a question hid the rest, and a refused
    /// answer hid the problems of the questions that depend on it.
    static let manyMistakes = """
        city-name: Bonn
        city-country: Germany
        city-side: europian
        has-partner: maybe
        partner-year: twenty
        helix-involved: [goverment, academia, nobody]
        weakness: []
        strengths:
          - text: Good port
            areas: [port-logistics, smrt-cities]
            actor: industri
          - text: Good schools
            acter: academia
          - text: Fine
            actor: [government]
          - just a text
        weaknesses:
          - text: Few staff
            obstacles: [funding, none]
        """

    /// Issue 13: every problem at once, nested ones included, each at its path.
    @Test func everyProblemOfEveryDepthIsReportedAtOnce() throws {
        let found = try problems(Self.manyMistakes)
        let paths = found.map(\.path)
        #expect(
            paths == [
                "weakness", "city-side", "helix-involved[1]", "helix-involved[3]", "has-partner", "partner-year",
                "strengths[1].areas", "strengths[1].actor", "strengths[2].acter", "strengths[3].actor",
                "weaknesses[1].obstacles", "resource-level",
            ])
        #expect(found.first { $0.path == "strengths[1].actor" }?.entry == 1)
    }

    /// Issue 13: a refused answer does not hide the answers that depend on it
    /// (`partner-year` is asked only with a partner), nor does it make them
    /// "required but missing" or "not asked".
    @Test func answersBehindARefusedOneAreStillChecked() throws {
        let found = try problems("city-name: Bonn\nhas-partner: maybe\npartner-year: twenty\n")
        #expect(found.contains { $0.path == "partner-year" && $0.kind == .answer(.notAYear(input: "twenty")) })
        #expect(!found.contains { $0.path == "partner-name" })
    }

    /// Issue 13: a wrong choice lists the accepted ids and the nearest one,
    /// `goverment` → `government`, at every depth.
    @Test func aWrongChoiceListsTheAcceptedIdsAndTheNearest() throws {
        let found = try problems(Self.manyMistakes)
        let helix = try #require(found.first { $0.path == "helix-involved[1]" })
        #expect(
            helix.kind
                == .unknownChoice(
                    given: "goverment", vocabulary: "helix-actors",
                    accepted: ["government", "academia", "industry", "civil-society"], nearest: "government"))
        let actor = try #require(found.first { $0.path == "strengths[1].actor" })
        guard case .unknownChoice(_, _, _, let nearest) = actor.kind else {
            Issue.record("expected an unknown choice, got \(actor.kind)")
            return
        }
        #expect(nearest == "industry")
        let nobody = try #require(found.first { $0.path == "helix-involved[3]" })
        guard case .unknownChoice(_, _, _, nil) = nobody.kind else {
            Issue.record("a word far from every id gets no guess, got \(nobody.kind)")
            return
        }
    }

    /// Issue 13: a misspelt question id or entry key gets the nearest one.
    @Test func misspeltIdsAndKeysGetTheNearest() throws {
        let found = try problems(Self.manyMistakes)
        #expect(found.first { $0.path == "weakness" }?.kind == .unknownQuestion(nearest: "weaknesses"))
        let key = try #require(found.first { $0.path == "strengths[2].acter" })
        #expect(
            key.kind
                == .unknownEntryKey(
                    "acter", expected: ["text", "areas", "actor", "obstacles", "obstacle", "priority"], nearest: "actor"
                ))
        #expect(try problems("colour: blue\ncity-name: Bonn\n").first?.kind == .unknownQuestion(nearest: nil))
    }

    /// Issue 13: a YAML syntax error gives the parser's reason, line and column.
    @Test func aSyntaxErrorGivesTheReasonLineAndColumn() throws {
        let found = try problems("city-name: Bonn\n  bad: indent\n")
        #expect(found.count == 1)
        guard case .notYAML(let line, let column, let reason?) = found.first?.kind else {
            Issue.record("expected a syntax error with a reason, got \(found)")
            return
        }
        #expect(line == 2)
        #expect(column == 6)
        #expect(reason.contains("mapping values are not allowed"))
    }

    /// Issue 13, item 5: the file's own `language:` key is not a question id, and
    /// a file written for another language than the session's says so.
    @Test func theLanguageKeyIsTheFilesOwn() throws {
        let questionnaire = try TestQuestionnaires.builtIn()
        let url = TestQuestionnaires.repositoryRoot.appendingPathComponent("examples/nottingham-ningbo.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("\nlanguage: en "))
        let outcome = try AnswersImport(questionnaire: questionnaire, language: "en").run(text: text, now: now)
        #expect(outcome.session.answers["language"] == nil)
        #expect(AnswersImport.declaredLanguage(in: text) == "en")
        let found = try problems(text, language: "zh")
        #expect(
            found == [AnswersImport.Problem(questionID: "language", kind: .languageDiffers(file: "en", session: "zh"))])
    }

    /// Nearest names: close typos only.
    @Test(
        arguments: [
            ("weakness", ["strengths", "weaknesses"], "weaknesses"),
            ("goverment", ["government", "academia"], "government"),
            ("xyz", ["government", "academia"], nil), ("Actor", ["actor", "areas"], "actor"),
        ] as [(String, [String], String?)])
    func nearestNamesAreCloseTyposOnly(given: String, candidates: [String], expected: String?) {
        #expect(NearestName.to(given, among: candidates) == expected)
    }
}
