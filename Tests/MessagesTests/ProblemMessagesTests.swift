import Foundation
import Messages
import PlanModel
import Storage
import Testing

/// The words of errors and problems, now that the error types are typed values
/// and their English lives in `EnglishProblemMessages` (issue 11).
@Suite struct ProblemMessagesTests {
    let english = Messages.english.problems
    let chinese = Messages.chinese.problems

    /// A choice typed wrong names the closest choice and what to type, as the
    /// wizard said before the words moved out of `AnswerProblem`.
    @Test func aWrongChoiceSuggestsTheClosestInEnglish() {
        let text = english.answer(.notAChoice(input: "smrt", choiceCount: 4, suggestions: ["Smart cities"]))
        #expect(text.contains("Did you mean Smart cities?"))
        #expect(text.contains("a number from 1 to 4"))
    }

    /// Issue 11: "None of these" with other kinds is explained in both languages (it was an English `.custom`).
    @Test func noneWithOtherKindsIsWordedInBothLanguages() {
        let problem = AnswerProblem.noneWithOtherObstacles(label: "以上都不是")
        #expect(
            english.answer(.noneWithOtherObstacles(label: "None of these"))
                == "\"None of these\" cannot go with another kind of obstacle. Keep \"None of these\" alone, "
                + "or remove it and keep the kinds that fit.")
        #expect(chinese.answer(problem).contains("“以上都不是”不能与其他障碍类型同时选择"))
    }

    /// The answers-file lines keep their English words exactly (issue 14's tests read them).
    @Test func answersFileProblemsKeepTheirEnglishWords() {
        let file = AnswersImport.Problem.wholeFile
        #expect(
            english.answersFileProblem(.init(questionID: file, kind: .duplicateKeys(line: 2, keys: ["city-name"])))
                == "(file): line 2: the key \"city-name\" is given twice in the same block (first at this line); "
                + "keep only one")
        #expect(
            english.answersFileProblem(.init(questionID: "colour", kind: .unknownQuestion()))
                == "colour: there is no question with this id (`swoc-wizard template` lists them all)")
        #expect(
            english.answersFileProblem(.init(questionID: "staff", kind: .answer(.outOfRange(minimum: 0, maximum: 50))))
                == "staff: Please give a value from 0 to 50.")
        #expect(
            english.answersFileProblem(.init(questionID: "x", kind: .notYAML(line: 3)))
                == "x: cannot be read as YAML or JSON (line 3)")
    }

    /// Issue 14, item 11 (for answers files): a key with escape codes is shown as
    /// visible text in every language, since the list is printed to the terminal.
    @Test func escapeCodesInAKeyAreShownAsText() {
        let problem = AnswersImport.Problem(questionID: "x\u{1B}]0;TITLE\u{7}", kind: .unknownQuestion())
        #expect(
            english.answersFileProblem(problem)
                == #"x\u{1B}]0;TITLE\u{7}: there is no question with this id (`swoc-wizard template` lists them all)"#)
        #expect(
            chinese.answersFileProblem(problem) == #"x\u{1B}]0;TITLE\u{7}：没有这个编号的问题（`swoc-wizard template` 会列出全部编号）"#)
    }

    /// Each damaged session file gets its own message naming the file (moved
    /// here from SessionStoreTests with the words).
    @Test(arguments: [
        ("", "is empty"),
        ("{\"schemaVersion\": 1, \"answers\": {", "it stops in the middle, at line 1: it was cut short"),
        ("{\"schemaVersion\": 1}\n}", "it is not valid JSON"),
        ("[1, 2, 3]", "expected an object"),
        ("{\"schemaVersion\": 1, \"answers\": {}}", "questionnaireID"),
        ("{\"answers\": {}}", "schemaVersion"),
        ("{\"schemaVersion\": 99}", "newer swoc-wizard"),
    ])
    func damagedSessionFilesAreNamedWithWhatIsWrong(contents: String, expected: String) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("damaged-\(UUID().uuidString).json")
        try Data(contents.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try SessionFile().load(from: url)
            Issue.record("expected \(expected)")
        } catch {
            let text = english.sessionFile(error)
            #expect(text.contains(expected), "\(text)")
            #expect(text.contains(url.path))
            #expect(chinese.sessionFile(error).contains(url.path))
        }
    }

    /// Issue 11: every reason phrase Storage gives for a failed write has Chinese words.
    @Test func everyWriteReasonIsTranslated() {
        for reason in WriteFailure.Reason.allCases {
            #expect(english.reason(reason.rawValue) == reason.rawValue)
            let text = chinese.reason(reason.rawValue)
            #expect(text != reason.rawValue && !text.contains { $0.isASCII && $0.isLetter }, "\(reason)")
        }
        #expect(chinese.reason("Input/output error") == "Input/output error", "the system's own words stay")
    }
}
