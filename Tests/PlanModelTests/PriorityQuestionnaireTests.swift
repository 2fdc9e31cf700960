import Foundation
import PlanModel
import Testing

/// Issue 13, "Priorities": `priorities:` is questionnaire data a facilitator
/// can change, checked at load like every other field.
@Suite struct PriorityQuestionnaireTests {
    private func load(_ stepTwo: String) throws -> Result<Questionnaire, QuestionnaireError> {
        let directory = try TestQuestionnaires.small(["two.yaml": stepTwo])
        do throws(QuestionnaireError) {
            return .success(try QuestionnaireLoader().load(directory: directory))
        } catch {
            return .failure(error)
        }
    }

    private func withPriorities(_ value: String, after line: String = "quadrant: strengths") -> String {
        TestQuestionnaires.stepTwo.replacingOccurrences(of: line, with: "\(line)\n    priorities: \(value)")
    }

    @Test func theBuiltInQuadrantsAskForThreePriorities() throws {
        let questionnaire = try TestQuestionnaires.builtIn()
        for id in ["strengths", "weaknesses", "opportunities", "challenges"] {
            #expect(questionnaire.question(id: id)?.priorities == 3, "\(id)")
        }
    }

    @Test func aSwocQuestionTakesANumberInRange() throws {
        let loaded = try load(withPriorities("2"))
        #expect((try? loaded.get())?.question(id: "strengths")?.priorities == 2)
    }

    @Test func outOfRangeOrOnAnotherKindIsAProblemWithItsLine() throws {
        for (text, expected) in [
            (withPriorities("9"), "from 1 to 5"),
            (withPriorities("two"), "priorities"),
            (withPriorities("2", after: "kind: number"), "only swoc questions take `priorities`"),
        ] {
            guard case .failure(let error) = try load(text) else {
                Issue.record("accepted: \(expected)")
                continue
            }
            #expect(error.problems.count == 1)
            #expect(error.problems.first?.message.contains(expected) == true, "\(error.problems)")
            #expect(error.problems.first?.line != nil)
        }
    }
}
