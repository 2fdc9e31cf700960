import Exporters
import Messages
import PlanModel
import Storage

/// Every way a command can fail, as a typed value: `message(in:)` words it
/// for a city officer in the language chosen (`ProblemMessages`), and
/// `exitCode` is the status scripts see. This is the one place where failures
/// become exit codes (the numbers follow BSD sysexits, documented in the README).
enum WizardFailure: Error {
    case questionnaire(QuestionnaireError, directory: String)
    case questionnaireNotFound
    /// Piped input ended right after an answer the wizard refused: the
    /// script that fed it did not get what it meant to (issue 13).
    case inputEndedOnRefusedAnswer(question: String)
    case rules(QuestionnaireError, directory: String)
    case rulesNotFound
    case sessionFile(SessionFileError)
    case sessionExists(path: String)
    case answersFile(path: String, problems: [AnswersImport.Problem])
    /// A file that cannot be read; no reason when it is simply not there.
    case unreadableFile(path: String, failure: FileContents.Failure? = nil)
    /// A document could not be written where asked (exists, is a session, a folder ...).
    case output(OutputFailure)
    /// Standard output refused the result (a full disk behind a redirect, /dev/full).
    case standardOutput(reason: String)
    case cannotWrite(path: String, reason: String)
    /// `export --output` names the very session being exported.
    case outputIsTheSession(path: String)
    /// `export --language` names a language the plan cannot be written in
    /// (the questionnaire, the rules or the program's words lack it).
    case planLanguageUnavailable(String, available: [String])
    /// The two editions of a bilingual plan cannot stand side by side.
    case bilingualPlan(BilingualPlanError)
    case unknownStep(String, available: String)
    /// The step exists but asks nothing of this session with its answers so far.
    case stepHasNoQuestions(number: Int, title: String)
    /// A language none of the questions is written in.
    case unknownLanguage(String, available: [String])
    /// A language the files are only partly written in (`start --language de`).
    case languageIncomplete(TranslationCheck.Gaps, available: [String], list: String, resume: String?)
    /// A language the files have but the program's own words do not.
    case languageNotSpoken(String, spoken: [String])
    /// `translations`: the list of what is missing has been printed; this is its summary.
    case translationsMissing(TranslationCheck.Gaps)
    case invalidSessionPath(path: String, problem: SessionPathProblem)
    case nothingToCompare(NothingToCompare)
    /// `export --format docx` without pandoc on PATH (issue 12).
    case pandocMissing
    /// pandoc failed, or its scratch folder could not be made.
    case wordExport(WordExportError)
    /// `export --format docx` to a terminal: a binary file is not for the screen.
    case wordToTerminal
    /// Ctrl-C: the wizard has already saved and said how to resume.
    case interrupted
    /// `agreement` with rules whose manifest names no clause file (issue 16).
    case agreementClausesMissing(directory: String)
    /// `agreement --language` names a language the clauses are not written in.
    case agreementLanguageUnavailable(String, available: [String])
    /// A failure once the command knows the language it speaks (the session's,
    /// or the one chosen for it): worded in that language.
    indirect case inLanguage(String, WizardFailure)

    /// The same failure, worded in `language` (the innermost choice is kept).
    func inLanguage(_ language: String) -> WizardFailure {
        if case .inLanguage = self { return self }
        return .inLanguage(language, self)
    }

    var exitCode: Int32 {
        switch self {
        case .inLanguage(_, let failure): return failure.exitCode
        case .interrupted: return 130
        // A program the command needs is missing or broken: install or update it.
        case .pandocMissing, .wordExport(.pandocFailed): return 69  // EX_UNAVAILABLE
        case .wordExport(.workspace): return 73  // EX_CANTCREAT
        case .wordToTerminal: return 64  // EX_USAGE
        case .questionnaire, .questionnaireNotFound, .rules, .rulesNotFound: return 78  // EX_CONFIG
        case .inputEndedOnRefusedAnswer: return 65  // EX_DATAERR
        case .sessionFile(.missing), .unreadableFile: return 66  // EX_NOINPUT
        case .sessionFile(.inUse): return 75  // EX_TEMPFAIL: try again when the other wizard is done
        // bilingualPlan: the plan document cannot be made from these files, as a document that cannot be
        // written; the session is sound (not 65) and the request is a fair one (not 64).
        case .sessionFile(.unwritable), .sessionFile(.cannotLock), .output, .standardOutput, .cannotWrite,
            .sessionExists, .outputIsTheSession, .bilingualPlan:
            return 73  // EX_CANTCREAT
        // translationsMissing: the files lack texts, as a check that finds bad data reports it.
        case .sessionFile, .answersFile, .translationsMissing: return 65  // EX_DATAERR
        // languageIncomplete and languageNotSpoken: the files are fine for the languages they
        // are complete in; the request is what cannot be met, and another --language fixes it.
        case .unknownStep, .stepHasNoQuestions, .unknownLanguage, .languageIncomplete, .languageNotSpoken,
            .invalidSessionPath,
            .nothingToCompare, .planLanguageUnavailable:
            return 64  // EX_USAGE
        case .agreementClausesMissing: return 78  // EX_CONFIG, as for the other rule files
        case .agreementLanguageUnavailable: return 64  // EX_USAGE
        }
    }

    /// What the person reads, in `messages`' language unless the failure
    /// carries its own (`inLanguage`). Empty for Ctrl-C, already explained.
    func message(in messages: Messages) -> String {
        let problems = messages.problems
        switch self {
        case .inLanguage(let language, let failure):
            return failure.message(in: Messages.in(language) ?? messages)
        case .questionnaire(let error, let directory):
            return problems.questionnaireProblems(directory: directory, count: error.problems.count) + "\n"
                + Self.lines(error.problems.map(\.description))
        case .questionnaireNotFound:
            return problems.questionnaireNotFound()
        case .inputEndedOnRefusedAnswer(let question):
            return problems.inputEndedOnRefusedAnswer(question: question)
        case .rules(let error, let directory):
            return problems.rulesProblems(directory: directory, count: error.problems.count) + "\n"
                + Self.lines(error.problems.map(\.description))
        case .rulesNotFound:
            return problems.rulesNotFound()
        case .sessionFile(let error):
            return problems.sessionFile(error)
        case .sessionExists(let path):
            return problems.sessionExists(path: path, resume: "\(Invocation.command) resume \(ShellQuote.quote(path))")
        case .answersFile(let path, let list):
            return problems.answersFileProblems(path: path, count: list.count) + "\n"
                + Self.lines(list.map(problems.answersFileProblem)) + "\n" + problems.answersFileNothingSaved()
        case .unreadableFile(let path, let failure):
            return problems.unreadableFile(path: path, reason: failure)
        case .output(let failure):
            return problems.output(failure)
        case .standardOutput(let reason):
            return problems.standardOutput(reason: reason)
        case .cannotWrite(let path, let reason):
            return problems.cannotWrite(path: path, reason: reason)
        case .outputIsTheSession(let path):
            return problems.outputIsTheSession(path: path)
        case .planLanguageUnavailable(let code, let available):
            return problems.planLanguageUnavailable(code, available: available)
        case .bilingualPlan(.differentRules(let first, let second, let onlyFirst, let onlySecond)):
            return problems.planRulesDiffer(first, second, onlyFirst: onlyFirst, onlySecond: onlySecond)
        case .bilingualPlan(.differentShape(let first, let second, let place)):
            return problems.planShapesDiffer(first, second, at: BilingualPlanError.placeKeys(place))
        case .unknownStep(let name, let available):
            return problems.unknownStep(name, available: available)
        case .stepHasNoQuestions(let number, let title):
            return messages.flow.stepHasNoQuestions(number: number, title: title)
        case .unknownLanguage(let code, let available):
            return problems.unknownLanguage(code, available: available)
        case .languageIncomplete(let gaps, let available, let list, let resume):
            return problems.languageIncomplete(
                gaps.language, questionnaireMissing: gaps.questionnaire.count, rulesMissing: gaps.rules.count,
                available: available, list: list, resume: resume)
        case .languageNotSpoken(let code, let spoken):
            return problems.languageNotSpoken(code, spoken: spoken)
        case .translationsMissing(let gaps):
            return problems.translationsMissing(
                gaps.language, questionnaireMissing: gaps.questionnaire.count, rulesMissing: gaps.rules.count,
                messagesSpoken: gaps.messagesSpoken)
        case .invalidSessionPath(let path, let problem):
            return problems.invalidSessionPath(path, problem: problem)
        case .nothingToCompare(let reason):
            return Self.nothingToCompare(reason, in: problems)
        case .pandocMissing:
            return problems.pandocMissing()
        case .wordExport(.pandocFailed(let status, let message)):
            return problems.pandocFailed(status: status, message: message)
        case .wordExport(.workspace(let reason)):
            return problems.wordWorkspace(reason: reason)
        case .wordToTerminal:
            return problems.wordToTerminal()
        case .interrupted:
            return ""
        case .agreementClausesMissing(let directory):
            return messages.agreement.clausesMissing(directory: directory)
        case .agreementLanguageUnavailable(let code, let available):
            return messages.agreement.clauseLanguageUnavailable(code, available: available)
        }
    }

    private static func nothingToCompare(_ reason: NothingToCompare, in problems: any ProblemMessages) -> String {
        switch reason {
        case .oneRound(let file):
            return problems.oneRoundOnly(file, revive: "\(Invocation.command) revive \(ShellQuote.quote(file))")
        case .noSuchRound(let number, let file, let rounds):
            return problems.noSuchRound(number, file: file, rounds: rounds)
        case .beforeTheFirstRound:
            return problems.nothingBeforeTheFirstRound()
        case .roundsInWrongOrder(let earlier, let later):
            return problems.roundsInWrongOrder(earlier: earlier, later: later)
        case .sameSession(let first, let second):
            return problems.sameSession(first, second)
        }
    }

    /// One indented line each, as the problem lists print them.
    private static func lines(_ items: [String]) -> String {
        items.map { "  \($0)" }.joined(separator: "\n")
    }
}
