import Foundation
import Messages
import PlanModel
import Storage
import Testing

@testable import SwocWizard

/// Issue 11: every error the commands report reads in Chinese when the
/// wizard speaks Chinese, with no English sentence left in it; the exit
/// codes do not depend on the language.
@Suite struct ChineseFailureMessagesTests {
    /// An English sentence: one of the little words every English sentence has.
    /// Commands, options, paths and ids ("swoc-wizard resume s.json --step 1") have none.
    private static func hasEnglishSentence(_ text: String) -> Bool {
        text.replacing(/--[a-z-]+/, with: "").contains(
            /(?i)\b(the|is|are|to|not|and|of|in|it|cannot|please|with|was|has|be|no|this|that|or)\b/)
    }

    private static let gaps = TranslationCheck.Gaps(
        language: "de",
        questionnaire: [TextSite(file: "q/one.yaml", line: 3, context: "step title", languages: ["en"])],
        rules: [], messagesSpoken: false, lines: ["q/one.yaml:3: step title"])

    /// One value of every case (`name` below makes sure none is forgotten).
    static let samples: [WizardFailure] = [
        .questionnaire(
            QuestionnaireError(problems: [QuestionnaireProblem(file: "q/one.yaml", line: 3, message: "问题")]),
            directory: "q"),
        .questionnaireNotFound,
        .inputEndedOnRefusedAnswer(question: "city-side"),
        .rules(QuestionnaireError(problems: []), directory: "rules"),
        .rulesNotFound,
        .sessionFile(.missing(path: "s.json")),
        .sessionExists(path: "s.json"),
        .answersFile(
            path: "a.yaml",
            problems: [
                AnswersImport.Problem(questionID: "staff", kind: .answer(.outOfRange(minimum: 0, maximum: 50))),
                AnswersImport.Problem(questionID: AnswersImport.Problem.wholeFile, kind: .notYAML(line: 2)),
            ]),
        .unreadableFile(path: "a.yaml"),
        .output(.exists(path: "plan.md")),
        .standardOutput(reason: WriteFailure.Reason.diskFull.rawValue),
        .cannotWrite(path: "plan.md", reason: WriteFailure.Reason.noPermission.rawValue),
        .unknownStep("9", available: "0, 1, 2, 3, 4"),
        .stepHasNoQuestions(number: 3, title: "协议"),
        .unknownLanguage("de", available: ["en", "zh"]),
        .languageIncomplete(gaps, available: ["en", "zh"], list: "swoc-wizard translations de", resume: nil),
        .languageNotSpoken("fr", spoken: ["en", "zh"]),
        .translationsMissing(gaps),
        .invalidSessionPath(path: "folder", problem: .isFolder),
        .nothingToCompare(.oneRound(file: "s.json")),
        .nothingToCompare(.noSuchRound(7, file: "s.json", rounds: 3)),
        .nothingToCompare(.noSuchRound(2, file: "s.json", rounds: 1)),
        .nothingToCompare(.beforeTheFirstRound),
        .nothingToCompare(.roundsInWrongOrder(earlier: 3, later: 2)),
        .nothingToCompare(.sameSession(first: "a.json", second: "b.json")),
        .outputIsTheSession(path: "s.json"),
        .planLanguageUnavailable("xx", available: ["en", "zh"]),
        .bilingualPlan(
            .differentRules(first: "zh", second: "en", onlyFirst: ["meet-partner@1"], onlySecond: ["other@2"])),
        .bilingualPlan(.differentShape(first: "zh", second: "en", at: "the plan › answers › 3")),
        .pandocMissing,
        .wordExport(.pandocFailed(status: 64, message: "Unknown option --lua-filter")),
        .wordExport(.workspace(reason: WriteFailure.Reason.diskFull.rawValue)),
        .wordToTerminal,
        .interrupted,
        .inLanguage("en", .sessionFile(.empty(path: "s.json"))),
        .agreementClausesMissing(directory: "my-rules"),
        .agreementLanguageUnavailable("de", available: ["en", "zh"]),
    ]

    /// The name of each case; the compiler insists every case is here.
    private static func name(_ failure: WizardFailure) -> String {
        switch failure {
        case .questionnaire: "questionnaire"
        case .questionnaireNotFound: "questionnaireNotFound"
        case .inputEndedOnRefusedAnswer: "inputEndedOnRefusedAnswer"
        case .rules: "rules"
        case .rulesNotFound: "rulesNotFound"
        case .sessionFile: "sessionFile"
        case .sessionExists: "sessionExists"
        case .answersFile: "answersFile"
        case .unreadableFile: "unreadableFile"
        case .output: "output"
        case .standardOutput: "standardOutput"
        case .cannotWrite: "cannotWrite"
        case .unknownStep: "unknownStep"
        case .stepHasNoQuestions: "stepHasNoQuestions"
        case .unknownLanguage: "unknownLanguage"
        case .languageIncomplete: "languageIncomplete"
        case .languageNotSpoken: "languageNotSpoken"
        case .translationsMissing: "translationsMissing"
        case .invalidSessionPath: "invalidSessionPath"
        case .nothingToCompare(let reason): "nothingToCompare." + Self.name(reason)
        case .outputIsTheSession: "outputIsTheSession"
        case .planLanguageUnavailable: "planLanguageUnavailable"
        case .bilingualPlan(.differentRules): "bilingualPlan.differentRules"
        case .bilingualPlan(.differentShape): "bilingualPlan.differentShape"
        case .pandocMissing: "pandocMissing"
        case .wordExport(.pandocFailed): "wordExport.pandocFailed"
        case .wordExport(.workspace): "wordExport.workspace"
        case .wordToTerminal: "wordToTerminal"
        case .interrupted: "interrupted"
        case .inLanguage: "inLanguage"
        case .agreementClausesMissing: "agreementClausesMissing"
        case .agreementLanguageUnavailable: "agreementLanguageUnavailable"
        }
    }

    /// The name of each reason diff and match have nothing to compare.
    private static func name(_ reason: NothingToCompare) -> String {
        switch reason {
        case .oneRound: "oneRound"
        case .noSuchRound: "noSuchRound"
        case .beforeTheFirstRound: "beforeTheFirstRound"
        case .roundsInWrongOrder: "roundsInWrongOrder"
        case .sameSession: "sameSession"
        }
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Self.samples.map(Self.name)).count == 36)
    }

    /// Every failure in Chinese: Chinese words, no English sentence (except the
    /// one that carries its own language, English here), exit code unchanged.
    @Test func everyFailureReadsInChinese() {
        for failure in Self.samples {
            let chinese = failure.message(in: .chinese)
            let english = failure.message(in: .english)
            if case .interrupted = failure {
                #expect(chinese.isEmpty && english.isEmpty)
                continue
            }
            if case .inLanguage = failure {
                #expect(chinese == english, "a failure worded in its session's language stays in it")
                continue
            }
            #expect(!Self.hasEnglishSentence(chinese), "\(Self.name(failure)): \(chinese)")
            #expect(chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(chinese)")
            #expect(Self.hasEnglishSentence(english), "the English is English: \(english)")
        }
        #expect(WizardFailure.inLanguage("zh", .sessionFile(.missing(path: "s"))).exitCode == 66)
    }

    /// Every session-file error, answers-file problem and answer problem in Chinese.
    @Test func everyFileAndAnswerProblemReadsInChinese() {
        let sessionErrors: [SessionFileError] =
            [
                .missing(path: "s.json"), .unreadable(path: "s.json", reason: .noReadPermission),
                .empty(path: "s.json"), .notJSON(path: "s.json", detail: "第 1 行"),
                .wrongShape(path: "s.json", field: "answers", detail: "需要对象"),
                .invalidValue(path: "s.json", field: "createdAt", detail: "日期"),
                .newerVersion(path: "s.json", found: 9, supported: 2),
                .otherQuestionnaire(path: "s.json", found: "a", expected: "b"),
                .unwritable(path: "s.json", reason: .phrase(WriteFailure.Reason.readOnly.rawValue)),
                .inUse(path: "s.json", process: 42),
                .cannotLock(path: "s.json", reason: .phrase(WriteFailure.Reason.diskError.rawValue)),
            ]
            + Self.fileReasons.flatMap { reason -> [SessionFileError] in
                [
                    .unreadable(path: "s.json", reason: reason), .unwritable(path: "s.json", reason: reason),
                    .cannotLock(path: "s.json", reason: reason),
                ]
            }
        let kinds: [AnswersImport.Problem.Kind] = [
            .emptyFile, .duplicateKeys(line: 2, keys: ["city-name", "staff"]), .notYAML(line: nil), .notAMapping,
            .unknownQuestion(), .requiredButMissing, .notAsked, .expectedEntries, .expectedSingleValue, .expectedTexts,
            .entryShape, .unknownEntryKey("colour", expected: ["text", "areas"]), .obstacleAndObstacles,
            .obstaclesNotTaken,
            .notOffered(
                label: "外办预算", choiceID: "fao-budget", condition: "city-side is not chinese", dependsOn: ["city-side"],
                vocabulary: "funding"),
        ]
        let answers: [AnswerProblem] = [
            .required, .tooLong(length: 900, limit: 800),
            .notAChoice(input: "x", choiceCount: 4, suggestions: ["智慧城市"]),
            .ambiguousChoice(input: "港", candidates: ["港口物流", "港口"]), .repeatedChoice(label: "低碳"),
            .notYesNo(input: "也许"), .notANumber(input: "三"), .notAYear(input: "去年"), .notADate(input: "昨天"),
            .outOfRange(minimum: 0, maximum: 50), .outOfRange(minimum: 1, maximum: nil),
            .outOfRange(minimum: nil, maximum: 5), .outOfRange(minimum: nil, maximum: nil), .tooShort(minimum: 2),
            .tooManyCharacters(maximum: 80), .patternMismatch, .noneWithOtherObstacles(label: "以上都不是"),
        ]
        let problems = Messages.chinese.problems
        let texts =
            sessionErrors.map(problems.sessionFile) + sessionErrors.map(problems.skippedCandidate)
            + kinds.map { problems.answersFileProblem(.init(questionID: "q", kind: $0)) } + answers.map(problems.answer)
            + FileContents.Failure.samples.map { problems.unreadableFile(path: "a.yaml", reason: $0) }
        for text in texts {
            #expect(!Self.hasEnglishSentence(text), "\(text)")
        }
    }

    /// One value of every reason Storage gives (`name` below makes sure none is forgotten).
    static let fileReasons: [FileReason] = [
        .phrase(WriteFailure.Reason.diskFull.rawValue), .noReadPermission, .doesNotExist, .isAFolder, .notAPlainFile,
        .tooLarge(limit: 64 << 20), .folderMissing(folder: "missing"), .folderIsAFile(folder: "notes.txt"),
        .lockNotAPlainFile(name: ".s.json.lock"), .lockIsALink(name: ".s.json.lock"),
        .lockNotOpenable(name: ".s.json.lock"),
        .lockNotCreatable(name: ".s.json.lock", because: .phrase(WriteFailure.Reason.readOnly.rawValue)),
        .notEncodable(detail: "NaN"),
    ]

    /// The name of each reason; the compiler insists every case is here.
    private static func name(_ reason: FileReason) -> String {
        switch reason {
        case .phrase: "phrase"
        case .noReadPermission: "noReadPermission"
        case .doesNotExist: "doesNotExist"
        case .isAFolder: "isAFolder"
        case .notAPlainFile: "notAPlainFile"
        case .tooLarge: "tooLarge"
        case .folderMissing: "folderMissing"
        case .folderIsAFile: "folderIsAFile"
        case .lockNotAPlainFile: "lockNotAPlainFile"
        case .lockIsALink: "lockIsALink"
        case .lockNotOpenable: "lockNotOpenable"
        case .lockNotCreatable: "lockNotCreatable"
        case .notEncodable: "notEncodable"
        }
    }

    /// Issue 11: every reason a file cannot be read, written or locked reads
    /// in Chinese (they were English phrases made in Storage), and in English
    /// as it did before.
    @Test func everyFileReasonReadsInChineseAndKeepsItsEnglish() {
        #expect(Set(Self.fileReasons.map(Self.name)).count == 13)
        for reason in Self.fileReasons {
            let chinese = Messages.chinese.problems.fileReason(reason)
            #expect(!Self.hasEnglishSentence(chinese), "\(Self.name(reason)): \(chinese)")
            #expect(chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(chinese)")
        }
        let english = Self.fileReasons.map(Messages.english.problems.fileReason)
        #expect(
            english == [
                "the disk is full", "permission denied", "it does not exist", "it is a folder, not a file",
                "it is not a plain file (a device, a pipe or a socket)",
                "it is larger than 64 MB, far more than any session or answers file",
                "the folder missing does not exist; create it first", "notes.txt is a file, not a folder",
                ".s.json.lock beside it is not a plain file",
                ".s.json.lock beside it is a symbolic link, which could point anywhere",
                "its lock file .s.json.lock cannot be opened (it belongs to another user, or its permissions do not "
                    + "allow it)",
                "the lock file .s.json.lock cannot be created: the disk is read-only",
                "the answers could not be encoded: NaN",
            ])
    }
}

extension FileContents.Failure {
    static let samples: [FileContents.Failure] = [
        .missing, .isFolder, .notAFile, .tooLarge(limit: 64 << 20), .noPermission,
        .unreadable(reason: "Input/output error"),
    ]
}
