import Foundation
import PlanModel
import Testing

/// Validation patterns still check answers (issue 14, item 8 changed only what is accepted).
@Suite struct PatternValidationTests {
    private func question(pattern: String) throws -> Question {
        let step =
            TestQuestionnaires.stepTwo + """

                  - id: code
                    kind: short-text
                    validation: {pattern: "\(pattern)"}
                    prompt: {en: Code?}
                    help: {en: Code. (§2)}
                    source: "§2"
                """
        let questionnaire = try QuestionnaireLoader().load(directory: TestQuestionnaires.small(["two.yaml": step]))
        return try #require(questionnaire.question(id: "code"))
    }

    private let parser = AnswerParser(language: "en", fallbackLanguage: "en")

    @Test func aLegitimatePatternStillChecksAnswers() throws {
        let code = try question(pattern: "^[A-Z]{2}$")
        #expect(parser.parse("IT", for: code) == .success(.text("IT")))
        #expect(parser.parse("Italy", for: code) == .failure(.patternMismatch))
    }

    /// Issue 14, item 8: the bound on a pattern's work assumes answers of at most
    /// `SafePattern.maximumAnswerLength` characters; a longer one is refused before matching.
    @Test func answersCheckedByAPatternAreKeptShort() throws {
        let words = try question(pattern: "[a-z ]*")
        let long = String(repeating: "word ", count: 30) + "end"
        #expect(
            parser.parse(long, for: words)
                == .failure(.tooManyCharacters(maximum: SafePattern.maximumAnswerLength)))
        #expect(parser.parse("a few words", for: words) == .success(.text("a few words")))
    }
}

extension PatternValidationTests {
    /// Issue 14, item 8: a `maxLength` above what a pattern may check would let
    /// through answers that are then refused as too long; it is a load problem instead.
    @Test func aMaxLengthAboveThePatternLimitIsALoadProblem() throws {
        let step =
            TestQuestionnaires.stepTwo + """

                  - id: code
                    kind: short-text
                    validation: {pattern: "[A-Z]+", maxLength: 500}
                    prompt: {en: Code?}
                    help: {en: Code. (§2)}
                    source: "§2"
                """
        let directory = try TestQuestionnaires.small(["two.yaml": step])
        do {
            _ = try QuestionnaireLoader().load(directory: directory)
            Issue.record("expected the maxLength to be refused")
        } catch {
            #expect(
                error.problems.map(\.message) == [
                    "question \"code\": an answer checked against a pattern can have at most 100 characters; "
                        + "lower maxLength or remove the pattern"
                ])
            #expect(error.problems.first?.line == 26)
        }
    }
}
