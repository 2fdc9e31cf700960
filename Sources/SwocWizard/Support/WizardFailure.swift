import PlanModel
import Storage

/// Every way a command can fail, each with the message a city officer reads
/// and the exit status scripts see. This is the one place where failures
/// become exit codes (the numbers follow BSD sysexits, documented in the README).
enum WizardFailure: Error {
    case questionnaire(QuestionnaireError, directory: String)
    case questionnaireNotFound
    case rules(QuestionnaireError, directory: String)
    case rulesNotFound
    case sessionFile(SessionFileError)
    case sessionExists(path: String)
    case answersFile(path: String, problems: [AnswersImport.Problem])
    case unreadableFile(path: String, reason: String = "check the name and that the file exists")
    /// A document could not be written where asked (exists, is a session, a folder ...).
    case output(OutputFailure)
    /// Standard output refused the result (a full disk behind a redirect, /dev/full).
    case standardOutput(reason: String)
    case cannotWrite(path: String, reason: String)
    case unknownStep(String, available: String)
    case unknownLanguage(String, available: [String])
    case invalidSessionPath(path: String, reason: String)
    case nothingToCompare(String)
    /// Ctrl-C: the wizard has already saved and said how to resume.
    case interrupted

    var exitCode: Int32 {
        switch self {
        case .interrupted: return 130
        case .questionnaire, .questionnaireNotFound, .rules, .rulesNotFound: return 78  // EX_CONFIG
        case .sessionFile(.missing), .unreadableFile: return 66  // EX_NOINPUT
        case .sessionFile(.inUse): return 75  // EX_TEMPFAIL: try again when the other wizard is done
        case .sessionFile(.unwritable), .sessionFile(.cannotLock), .output, .standardOutput, .cannotWrite,
            .sessionExists:
            return 73  // EX_CANTCREAT
        case .sessionFile, .answersFile: return 65  // EX_DATAERR
        case .unknownStep, .unknownLanguage, .invalidSessionPath, .nothingToCompare: return 64  // EX_USAGE
        }
    }

    var message: String {
        switch self {
        case .questionnaire(let error, let directory):
            return "The questionnaire in \(directory) has \(Self.problems(error))"
        case .questionnaireNotFound:
            return "The built-in questionnaire files were not found. Pass the folder that holds manifest.yaml "
                + "with --questionnaire, e.g. --questionnaire questionnaires"
        case .rules(let error, let directory):
            return "The plan's rules in \(directory) have \(Self.problems(error))"
        case .rulesNotFound:
            return "The built-in rule files were not found. Pass the folder that holds them (manifest.yaml, "
                + "activities.yaml ...) with --rules, e.g. --rules rules"
        case .sessionFile(let error):
            return error.message
        case .sessionExists(let path):
            return "\(path) already exists, and a new session would replace it. "
                + "To continue it: swoc-wizard resume \(ShellQuote.quote(path)); or choose another name with --session."
        case .answersFile(let path, let problems):
            let lines = problems.map { "  \($0)" }.joined(separator: "\n")
            return
                "The answers in \(path) cannot be used yet (\(problems.count) problem\(problems.count == 1 ? "" : "s")):\n"
                + lines + "\nNothing was saved. Fix these and run the command again."
        case .unreadableFile(let path, let reason):
            return "Cannot read \(path): \(reason)."
        case .output(let failure):
            return failure.message
        case .standardOutput(let reason):
            return "The result could not be written to standard output (\(reason)); what was written is incomplete."
        case .cannotWrite(let path, let reason):
            return "Cannot write \(path) (\(reason))."
        case .unknownStep(let name, let available):
            return "There is no step \"\(name)\". Steps: \(available)."
        case .unknownLanguage(let code, let available):
            return "The questions are not written in \"\(code)\". Available: \(available.joined(separator: ", "))."
        case .invalidSessionPath(let path, let reason):
            return "Cannot save the session to \"\(path)\": \(reason)."
        case .nothingToCompare(let message):
            return message
        case .interrupted:
            return ""
        }
    }

    /// "2 problems, so the wizard will not start until they are fixed:" and one line each.
    private static func problems(_ error: QuestionnaireError) -> String {
        let count = error.problems.count
        let lines = error.problems.map { "  \($0)" }.joined(separator: "\n")
        return "\(count) problem\(count == 1 ? "" : "s"), so the wizard will not start until they are fixed:\n\(lines)"
    }
}
