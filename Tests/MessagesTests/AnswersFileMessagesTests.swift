import Messages
import PlanModel
import Testing

/// Issue 13, "Answers files for people": the problems of an answers file speak
/// of the file (what to write), not of the keyboard (what to type), in both languages.
@Suite struct AnswersFileMessagesTests {
    let english = Messages.english.problems
    let chinese = Messages.chinese.problems

    private static let wrongActor = AnswersImport.Problem(
        questionID: "strengths", entry: 2, field: "actor",
        kind: .unknownChoice(
            given: "goverment", vocabulary: "helix-actors", accepted: ["government", "academia"], nearest: "government")
    )

    /// Issue 13: a wrong choice names the entry and field, counted from 1, lists
    /// the ids and suggests the nearest, without "Type a number … or Tab".
    @Test func aWrongChoiceNamesItsPlaceTheIdsAndTheNearest() {
        #expect(
            english.answersFileProblem(Self.wrongActor)
                == "strengths[2].actor (the 2nd entry): \"goverment\" is not one of the accepted ids. "
                + "Did you mean \"government\"? Accepted: government, academia")
        #expect(
            chinese.answersFileProblem(Self.wrongActor)
                == "strengths[2].actor（第 2 条）：“goverment”不是可用的选项编号。您是不是想写“government”？可用的编号：government、academia")
    }

    /// Issue 13: no file problem speaks of typing, Tab or :help, in either language.
    @Test func noFileProblemSpeaksOfTheKeyboard() {
        let answers: [AnswerProblem] = [
            .required, .notAChoice(input: "x", choiceCount: 4, suggestions: ["Smart cities"]),
            .ambiguousChoice(input: "po", candidates: ["Port logistics", "Ports"]), .notYesNo(input: "maybe"),
            .notANumber(input: "three"), .notAYear(input: "last year"), .notADate(input: "yesterday"),
            .patternMismatch,
        ]
        for problem in answers {
            let line = english.answersFileProblem(.init(questionID: "q", kind: .answer(problem)))
            for word in ["Type", "Tab", ":help"] { #expect(!line.contains(word), "\(line)") }
            let chineseLine = chinese.answersFileProblem(.init(questionID: "q", kind: .answer(problem)))
            for word in ["输入", "Tab", ":help"] { #expect(!chineseLine.contains(word), "\(chineseLine)") }
        }
    }

    /// Issue 13: a misspelt question id or entry key is told the nearest one.
    @Test func misspeltNamesAreToldTheNearest() {
        let question = AnswersImport.Problem(questionID: "weakness", kind: .unknownQuestion(nearest: "weaknesses"))
        #expect(english.answersFileProblem(question).contains("did you mean \"weaknesses\"?"))
        #expect(chinese.answersFileProblem(question).contains("您是不是想写“weaknesses”？"))
        let key = AnswersImport.Problem(
            questionID: "strengths", entry: 1, field: "acter",
            kind: .unknownEntryKey("acter", expected: ["text", "actor"], nearest: "actor"))
        #expect(
            english.answersFileProblem(key)
                == "strengths[1].acter (the 1st entry): unknown key \"acter\" in an entry; did you mean \"actor\"? "
                + "(expected text, actor)")
        #expect(chinese.answersFileProblem(key).hasPrefix("strengths[1].acter（第 1 条）：条目中有未知的键“acter”，您是不是想写“actor”？"))
    }

    /// Issue 13: a syntax error gives the parser's reason with line and column, in the session's language around it.
    @Test func aSyntaxErrorGivesTheParsersReasonWithLineAndColumn() {
        let problem = AnswersImport.Problem(
            questionID: AnswersImport.Problem.wholeFile,
            kind: .notYAML(line: 5, column: 3, reason: "mapping values are not allowed in this context"))
        #expect(
            english.answersFileProblem(problem)
                == "(file): line 5, column 3: cannot be read as YAML or JSON; the YAML reader says: mapping values "
                + "are not allowed in this context. Check the indentation and the quotes on that line and the one before"
        )
        #expect(
            chinese.answersFileProblem(problem)
                == "整个文件：第 5 行第 3 列：无法按 YAML 或 JSON 读取，YAML 解析器给出的原因（英文）是：mapping values are not "
                + "allowed in this context。请检查该行及上一行的缩进和引号")
    }

    /// Issue 13, item 5: a file marked for another language than --language says how to agree.
    @Test func aFileInAnotherLanguageSaysHowToAgree() {
        let problem = AnswersImport.Problem(questionID: "language", kind: .languageDiffers(file: "zh", session: "en"))
        #expect(
            english.answersFileProblem(problem)
                == "language: the file says it is written in \"zh\", but the session is to be in \"en\" (--language en); "
                + "run with --language zh, or change the key to `language: en`")
        #expect(
            chinese.answersFileProblem(problem)
                == "language：文件注明其语言为“zh”，而会话将使用“en”（--language en）；请改用 --language zh 运行，或把该键改为 `language: en`")
    }

    /// Entries are counted as people count them: 1st, 2nd, 3rd, 11th, 22nd.
    @Test func entryNumbersReadAsOrdinals() {
        let lines = [1, 2, 3, 11, 22].map {
            english.answersFileProblem(.init(questionID: "q", entry: $0, kind: .expectedSingleValue))
        }
        #expect(
            lines.map { $0.prefix(while: { $0 != ":" }) } == [
                "q[1] (the 1st entry)", "q[2] (the 2nd entry)", "q[3] (the 3rd entry)", "q[11] (the 11th entry)",
                "q[22] (the 22nd entry)",
            ])
    }
}

/// Issue 13, item 5: the note when a file's answers decide the session's language.
@Suite struct AnswersLanguageNoteTests {
    @Test func theNoteNamesTheLanguageAndHowToChoose() {
        #expect(
            Messages.english.commands.answersLanguageFound("zh", file: "a.yaml")
                == "Note: the answers in a.yaml are written in Chinese, so the session is made in Chinese (zh). "
                + "To choose another language, add `language: CODE` at the top of the file or pass --language CODE.")
        #expect(
            Messages.chinese.commands.answersLanguageFound("en", file: "a.yaml")
                == "注意：a.yaml 中的回答是用英文填写的，因此会话使用英文（en）。如要改用其他语言，请在文件开头加上 `language: 语言代码`，或使用 --language 语言代码。")
    }
}
