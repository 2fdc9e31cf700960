import Foundation
import PlanModel
import Testing

/// A hostile questionnaire (Tests/Fixtures/hostile-questionnaire) must be
/// refused at load, every problem with its file and line, before any question
/// is asked.
@Suite struct HostileQuestionnaireTests {
    static let directory = TestQuestionnaires.repositoryRoot.appendingPathComponent(
        "Tests/Fixtures/hostile-questionnaire")

    private func problems() -> [QuestionnaireProblem] {
        do {
            _ = try QuestionnaireLoader().load(directory: Self.directory)
            Issue.record("expected the hostile questionnaire to be refused")
            return []
        } catch {
            return error.problems
        }
    }

    private func problem(atLine line: Int) -> QuestionnaireProblem? {
        let found = problems().filter { $0.line == line }
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.file.hasSuffix("one.yaml") == true)
        return found.first
    }

    /// Issue 14, item 8: `(a+)+$` against "aaaa…a!" kept the wizard at full CPU
    /// for hours; nested repeats, repeated choices, backreferences and long
    /// chains of repeats are refused at load, at the pattern's line, saying what to write instead.
    @Test func slowPatternsAreRefusedAtTheirLine() throws {
        let nested = try #require(problem(atLine: 19))
        #expect(nested.message.hasPrefix("question \"city-name\": the pattern repeats a group"))
        #expect(nested.message.contains("[a-z ]+ rather than ([a-z]+ ?)+"))
        let choice = try #require(problem(atLine: 26))
        #expect(choice.message.hasPrefix("question \"city-code\": the pattern repeats a group"))
        let backreference = try #require(problem(atLine: 33))
        #expect(backreference.message.hasPrefix("question \"city-twice\": the pattern refers back"))
        let dots = try #require(problem(atLine: 40))
        #expect(dots.message.hasPrefix("question \"city-dots\": the pattern has too many parts"))
    }

    /// Issue 14, item 10 (questionnaire half): an escape sequence in a prompt
    /// would set the window title and clear the screen when the question is asked.
    @Test func escapeCodesInATextAreRefusedAtTheirLine() throws {
        let escape = try #require(problem(atLine: 44))
        #expect(
            escape.message
                == "question \"city-title\" prompt contains U+001B (escape), an invisible control character that "
                + "would garble the screen and the documents; remove it")
        // Printing the problem shows the file's text without acting on the terminal.
        #expect(!escape.description.unicodeScalars.contains { $0.value < 0x20 })
    }

    /// Issue 14, item 10: "\r\n" is one Character, so a Character check for "\n"
    /// or "\r" misses it; in a prompt or a multi-line help it is refused.
    @Test func carriageReturnLineFeedIsRefusedInPromptAndHelp() throws {
        let prompt = try #require(problem(atLine: 50))
        #expect(prompt.message.hasPrefix("question \"city-lines\" prompt contains U+000D (carriage return)"))
        let help = try #require(problem(atLine: 52))
        #expect(help.message.hasPrefix("question \"city-lines\" help contains U+000D (carriage return)"))
        #expect(
            help.message.hasSuffix(
                "write line breaks as new lines (for example in a `|` block), and nothing else invisible"))
    }

    /// Nothing else is wrong with the fixture, so each test above sees only its own problem.
    @Test func everyProblemIsOneOfTheHostileOnes() {
        #expect(problems().compactMap(\.line).sorted() == [19, 26, 33, 40, 44, 50, 52])
    }
}
