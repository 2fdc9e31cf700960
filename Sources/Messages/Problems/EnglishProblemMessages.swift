import PlanModel
import Storage

/// `ProblemMessages` in English.
struct EnglishProblemMessages: ProblemMessages {
    func answer(_ problem: AnswerProblem) -> String {
        switch problem {
        case .required:
            return "This question needs an answer: the plan builds on it. Type :help to see why it matters."
        case .tooLong(let length, let limit):
            return "That answer is \(length) characters long; the most one answer can hold is \(limit). "
                + "Please shorten it, or split it into several entries."
        case .notAChoice(let input, let count, let suggestions):
            let hint = suggestions.isEmpty ? "" : " Did you mean \(Self.orList(suggestions))?"
            return "\"\(MessageText.shortened(input))\" is not one of the choices.\(hint) "
                + "Type a number from 1 to \(count), the name of a choice or its first letters, or ? to list them again (Tab completes names)."
        case .ambiguousChoice(let input, let candidates):
            return "\"\(MessageText.shortened(input))\" could be \(Self.orList(candidates)). "
                + "Type a few more letters, or the number."
        case .repeatedChoice(let label):
            return "\"\(label)\" is listed twice; give each choice once."
        case .notYesNo(let input):
            return "\"\(MessageText.shortened(input))\" is not yes or no. Type yes or no (y or n also work)."
        case .notANumber(let input):
            return "\"\(MessageText.shortened(input))\" is not a number. Type digits only, for example 3 or 2.5."
        case .notAYear(let input):
            return "\"\(MessageText.shortened(input))\" is not a year. Type four digits, for example 2004."
        case .notADate(let input):
            return "\"\(MessageText.shortened(input))\" is not a date. Type year-month-day, for example 2019-11-07."
        case .outOfRange(let minimum, let maximum):
            switch (minimum, maximum) {
            case (let low?, let high?):
                return "Please give a value from \(MessageText.number(low)) to \(MessageText.number(high))."
            case (let low?, nil): return "Please give a value of at least \(MessageText.number(low))."
            case (nil, let high?): return "Please give a value of at most \(MessageText.number(high))."
            case (nil, nil): return "That value is out of range."
            }
        case .tooShort(let minimum):
            return "Please write at least \(minimum) character\(minimum == 1 ? "" : "s")."
        case .tooManyCharacters(let maximum):
            return "Please keep this answer to \(maximum) characters or fewer."
        case .patternMismatch:
            return "That answer does not have the expected form. Type :help for an example."
        case .noneWithOtherObstacles(let label):
            return "\"\(label)\" cannot go with another kind of obstacle. Keep \"\(label)\" alone, "
                + "or remove it and keep the kinds that fit."
        case .custom(let message):
            return message
        }
    }

    func sessionFile(_ error: SessionFileError) -> String {
        switch error {
        case .missing(let path):
            return "There is no session file at \(path). Check the name, or start a new session with `swoc-wizard`."
        case .unreadable(let path, let reason):
            return "The session file \(path) cannot be read (\(fileReason(reason)))."
        case .empty(let path):
            return "The session file \(path) is empty, so there is nothing to continue. "
                + "If the team's answers were saved elsewhere, open that file instead."
        case .notJSON(let path, let detail):
            return "The session file \(path) is damaged or is not a session file (\(detail)). It has not been changed."
        case .wrongShape(let path, let field, let detail):
            return "The session file \(path) does not look like a swoc-wizard session: \(detail) at \(field). "
                + "It has not been changed."
        case .invalidValue(let path, let field, let detail):
            return "The session file \(path) holds a value swoc-wizard cannot use, at \(field): \(detail). "
                + "Correct it in the file with a text editor, or use the copy the team saved before; "
                + "the file has not been changed."
        case .newerVersion(let path, let found, let supported):
            return "The session file \(path) was written by a newer swoc-wizard (format \(found); this one reads up to "
                + "\(supported)). Please update swoc-wizard; the file has not been changed."
        case .otherQuestionnaire(let path, let found, let expected):
            return "The session file \(path) was made with the questionnaire \"\(found)\", but \"\(expected)\" is "
                + "loaded. Pass the matching folder with --questionnaire."
        case .unwritable(let path, let reason):
            return "The session could not be saved to \(path) (\(fileReason(reason)))."
        case .cannotLock(let path, let reason):
            return "\(path) cannot be opened for writing: \(fileReason(reason)). Nothing was changed. "
                + "Save the session in a folder you can write to, or ask whoever owns the folder."
        case .inUse(let path, let process):
            let who = process.map { " (process \($0))" } ?? ""
            return "\(path) is open in another swoc-wizard\(who). Finish or close that one first; "
                + "two wizards writing one session would lose answers. If that wizard has crashed, simply try again."
        }
    }

    func output(_ failure: OutputFailure) -> String {
        switch failure {
        case .exists(let path):
            return "\(path) already exists. Add --force to replace it, or choose another name with --output."
        case .wouldReplaceSession(let path):
            return "\(path) is a swoc-wizard session file: a team's answers are never replaced by a document, "
                + "even with --force. Choose another name with --output."
        case .isFolder(let path):
            return "\(path) is a folder. Give a file name inside it with --output."
        case .danglingLink(let path, let target):
            return "\(path) is a symbolic link to \(target), which does not exist. "
                + "Give the real file's name with --output."
        case .cannotWrite(let path, let reason):
            return cannotWrite(path: path, reason: reason)
        }
    }

    func reason(_ phrase: String) -> String {
        phrase
    }

    func fileReason(_ reason: FileReason) -> String {
        switch reason {
        case .phrase(let phrase): phrase
        case .noReadPermission: "permission denied"
        case .doesNotExist: "it does not exist"
        case .isAFolder: "it is a folder, not a file"
        case .notAPlainFile: "it is not a plain file (a device, a pipe or a socket)"
        case .tooLarge(let limit): "it is larger than \(limit >> 20) MB, far more than any session or answers file"
        case .folderMissing(let folder): "the folder \(folder) does not exist; create it first"
        case .folderIsAFile(let folder): "\(folder) is a file, not a folder"
        case .lockNotAPlainFile(let name): "\(name) beside it is not a plain file"
        case .lockIsALink(let name): "\(name) beside it is a symbolic link, which could point anywhere"
        case .lockNotOpenable(let name):
            "its lock file \(name) cannot be opened (it belongs to another user, or its permissions do not allow it)"
        case .lockNotCreatable(let name, let because): "the lock file \(name) cannot be created: \(fileReason(because))"
        case .notEncodable(let detail): "the answers could not be encoded: \(detail)"
        }
    }

    func questionnaireProblems(directory: String, count: Int) -> String {
        "The questionnaire in \(directory) has \(Self.problems(count))"
    }

    func rulesProblems(directory: String, count: Int) -> String {
        "The plan's rules in \(directory) have \(Self.problems(count))"
    }

    func inputEndedOnRefusedAnswer(question: String) -> String {
        "The input ended right after an answer to \(question) that was refused (the reason is above). "
            + "The answers before it are saved; correct that line and run again, or continue the session with resume."
    }

    func questionnaireNotFound() -> String {
        "The built-in questionnaire files were not found. Pass the folder that holds manifest.yaml "
            + "with --questionnaire, e.g. --questionnaire questionnaires"
    }

    func rulesNotFound() -> String {
        "The built-in rule files were not found. Pass the folder that holds them (manifest.yaml, "
            + "activities.yaml ...) with --rules, e.g. --rules rules"
    }

    func answersFileProblems(path: String, count: Int) -> String {
        "The answers in \(path) cannot be used yet (\(count) problem\(count == 1 ? "" : "s")):"
    }

    func answersFileNothingSaved() -> String {
        "Nothing was saved. Fix these and run the command again."
    }

    func sessionExists(path: String, resume: String) -> String {
        "\(path) already exists, and a new session would replace it. "
            + "To continue it: \(resume); or choose another name with --session."
    }

    func unreadableFile(path: String, reason: FileContents.Failure?) -> String {
        guard let reason else { return "Cannot read \(path): check the name and that the file exists." }
        return "Cannot read \(path): \(fileReason(reason.fileReason))."
    }

    func standardOutput(reason: String) -> String {
        "The result could not be written to standard output (\(reason)); what was written is incomplete."
    }

    func cannotWrite(path: String, reason: String) -> String {
        "Cannot write \(path) (\(reason))."
    }

    func outputIsTheSession(path: String) -> String {
        cannotWrite(path: path, reason: "it is the session file itself; choose another name for the plan")
    }

    func planLanguageUnavailable(_ code: String, available: [String]) -> String {
        "The plan cannot be written in \"\(code)\": the questionnaire, the plan's rules and the wizard's own words "
            + "are not all written in it. Available: \(available.joined(separator: ", "))."
    }

    func planRulesDiffer(_ first: String, _ second: String, onlyFirst: [String], onlySecond: [String]) -> String {
        let parts =
            (onlyFirst.isEmpty ? [] : ["only in \(first): \(onlyFirst.joined(separator: ", "))"])
            + (onlySecond.isEmpty ? [] : ["only in \(second): \(onlySecond.joined(separator: ", "))"])
        return "The plan in \(first) and the plan in \(second) do not use the same rules "
            + "(\(parts.joined(separator: "; "))), so they cannot be put side by side. The rule files or the "
            + "questionnaire treat the two languages differently: export each language on its own, and tell "
            + "whoever maintains the files. Nothing was written."
    }

    func planShapesDiffer(_ first: String, _ second: String, at keys: [String]) -> String {
        "The plan in \(first) and the plan in \(second) differ at \((["the plan"] + keys).joined(separator: " › ")), "
            + "so they cannot be put side by side. Export each language on its own, and tell whoever maintains "
            + "the files. Nothing was written."
    }

    func unknownStep(_ name: String, available: String) -> String {
        "There is no step \"\(name)\". Steps: \(available)."
    }

    func invalidSessionPath(_ path: String, problem: SessionPathProblem) -> String {
        let reason: String
        switch problem {
        case .namesNoFile: reason = "it names no file; give a file name such as rome.json"
        case .danglingLink(let target):
            reason = "it is a symbolic link to \(target), which does not exist; give the real file's name"
        case .isFolder: reason = "it is a folder; give a file name inside it"
        }
        return "Cannot save the session to \"\(path)\": \(reason)."
    }

    func unknownLanguage(_ code: String, available: [String]) -> String {
        "The questions are not written in \"\(code)\". Available: \(available.joined(separator: ", "))."
    }

    func languageIncomplete(
        _ code: String, questionnaireMissing: Int, rulesMissing: Int, available: [String], list: String,
        resume: String?
    ) -> String {
        let total = questionnaireMissing + rulesMissing
        let switching = resume.map { " To continue in another language: \($0) --language \(available.first ?? "en")." }
        return "\(Self.texts(total)) not written in \"\(code)\" yet: \(questionnaireMissing) in the questionnaire, "
            + "\(rulesMissing) in the rules, so the wizard cannot run in it. To list them: \(list)."
            + (switching ?? " Languages ready: \(available.joined(separator: ", ")).")
    }

    func languageNotSpoken(_ code: String, spoken: [String]) -> String {
        "The questions and the plan's rules are written in \"\(code)\", but the wizard's own words (its messages, "
            + "headings and help) are not yet. It speaks: \(spoken.joined(separator: ", ")). "
            + "Choose one of these with --language."
    }

    func translationsMissing(_ code: String, questionnaireMissing: Int, rulesMissing: Int, messagesSpoken: Bool)
        -> String
    {
        let total = questionnaireMissing + rulesMissing
        let files =
            total == 0
            ? "Every text of the questionnaire and the rules is written in \"\(code)\"."
            : "\(Self.texts(total)) not written in \"\(code)\" yet: \(questionnaireMissing) in the questionnaire, "
                + "\(rulesMissing) in the rules (listed above, with file and line)."
        let program =
            messagesSpoken
            ? ""
            : " The wizard's own words are not written in \"\(code)\" either: they are in Sources/Messages, "
                + "one type per language in each area."
        return files + program
    }

    func oneRoundOnly(_ file: String, revive: String) -> String {
        "\(file) has one round only. Start a new one with: \(revive)"
    }

    func noSuchRound(_ number: Int, file: String, rounds: Int) -> String {
        let available = rounds == 1 ? "has one round only" : "has rounds 1 to \(rounds)"
        return "\(file) \(available); there is no round \(number)."
    }

    func nothingBeforeTheFirstRound() -> String {
        "Round 1 is the first; nothing comes before it. Compare it with a later one: --from 1 --to 2"
    }

    func roundsInWrongOrder(earlier: Int, later: Int) -> String {
        "--from must name an earlier round than --to (here \(earlier) and \(later)), e.g. --from 1 --to 2."
    }

    func sameSession(_ first: String, _ second: String) -> String {
        "\(first) and \(second) are the same session; give the two cities' files."
    }

    func skippedCandidate(_ error: SessionFileError) -> String {
        switch error {
        case .empty: return "empty file"
        case .notJSON, .wrongShape: return "not a swoc-wizard session, or damaged"
        case .newerVersion(_, let found, _):
            return "written by a newer swoc-wizard (format \(found)); update swoc-wizard to include it"
        case .otherQuestionnaire(_, let found, _): return "made with another questionnaire (\(found))"
        case .unreadable: return "cannot be read (no permission, or not a file)"
        case .invalidValue(_, let field, _): return "holds a value it cannot use at \(field)"
        default: return sessionFile(error)
        }
    }

    func skippedCopyOfCity() -> String {
        "the same session as the city's own file"
    }

    /// "2 problems, so the wizard will not start until they are fixed:".
    private static func problems(_ count: Int) -> String {
        "\(count) problem\(count == 1 ? "" : "s"), so the wizard will not start until they are fixed:"
    }

    /// "1 text is", "312 texts are".
    private static func texts(_ count: Int) -> String {
        count == 1 ? "1 text is" : "\(count) texts are"
    }

    /// "a, b or c".
    static func orList(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + last
    }
}
