import PlanModel
import Storage

/// Every error and problem the program reports, each saying what is wrong
/// and what to do next (see `Messages`); one requirement per message.
///
/// Texts that come from files or from the system arrive as they are: the
/// loaders' problems in questionnaire and rule files (for whoever edits them),
/// paths, and the system's own words for rare errors. The reasons Storage
/// finds are typed (`FileReason`, worded by `fileReason`) or, for a failed
/// write, a phrase of `WriteFailure.Reason` that `reason` translates.
public protocol ProblemMessages: Sendable {
    /// Why a typed answer was not accepted, and what is accepted instead.
    func answer(_ problem: AnswerProblem) -> String

    /// A session file that cannot be read, written or locked.
    func sessionFile(_ error: SessionFileError) -> String
    /// A document that was not written where `--output` says.
    func output(_ failure: OutputFailure) -> String
    /// A reason phrase from Storage (`WriteFailure.Reason`'s raw values) in this
    /// language; a phrase it does not know (the system's own words) as it is.
    func reason(_ phrase: String) -> String
    /// Why a file could not be read, written or locked, as a clause the
    /// messages embed ("the folder x does not exist; create it first").
    func fileReason(_ reason: FileReason) -> String

    /// "The questionnaire in DIR has N problems, ..." before the loader's problem lines.
    func questionnaireProblems(directory: String, count: Int) -> String
    /// The same for the rule files.
    func rulesProblems(directory: String, count: Int) -> String
    func questionnaireNotFound() -> String
    /// Piped input ended right after a refused answer (its message is above).
    func inputEndedOnRefusedAnswer(question: String) -> String
    func rulesNotFound() -> String

    /// The frame of an answers file's problem list, before one line each.
    func answersFileProblems(path: String, count: Int) -> String
    /// The closing line under that list.
    func answersFileNothingSaved() -> String
    /// One problem of an answers file, as a line of the list (question id first).
    func answersFileProblem(_ problem: AnswersImport.Problem) -> String

    /// `start` would replace an existing session; `resume` is the command that continues it.
    func sessionExists(path: String, resume: String) -> String
    /// A file that cannot be read; `reason` nil when it does not exist.
    func unreadableFile(path: String, reason: FileContents.Failure?) -> String
    func standardOutput(reason: String) -> String
    func cannotWrite(path: String, reason: String) -> String
    /// `export --output` names the session being exported.
    func outputIsTheSession(path: String) -> String
    /// `export --language` with a language the plan cannot be written in; `available` are those it can.
    func planLanguageUnavailable(_ code: String, available: [String]) -> String
    /// A bilingual plan whose two editions fired different rules: the rule ids only each has.
    func planRulesDiffer(_ first: String, _ second: String, onlyFirst: [String], onlySecond: [String]) -> String
    /// A bilingual plan whose two editions differ in shape; `keys` leads from the plan's root to the place.
    func planShapesDiffer(_ first: String, _ second: String, at keys: [String]) -> String
    func unknownStep(_ name: String, available: String) -> String
    func invalidSessionPath(_ path: String, problem: SessionPathProblem) -> String

    /// A language none of the questions is written in; `available` are the complete ones.
    func unknownLanguage(_ code: String, available: [String]) -> String
    /// A language the files are only partly written in: the counts, the
    /// complete languages, and the command that lists what is missing.
    /// `resume` is set when continuing a session, to say how to switch.
    func languageIncomplete(
        _ code: String, questionnaireMissing: Int, rulesMissing: Int, available: [String], list: String,
        resume: String?
    ) -> String
    /// A language the files have but the program's own words do not.
    func languageNotSpoken(_ code: String, spoken: [String]) -> String
    /// The closing summary of `translations` when something is missing.
    func translationsMissing(
        _ code: String, questionnaireMissing: Int, rulesMissing: Int, messagesSpoken: Bool
    ) -> String

    /// `diff FILE` of a session with one round; `revive` is the command that starts another.
    func oneRoundOnly(_ file: String, revive: String) -> String
    /// `diff --from/--to` naming a round `file` does not have (it has `rounds`).
    func noSuchRound(_ number: Int, file: String, rounds: Int) -> String
    /// `diff --to 1`: nothing comes before the first round.
    func nothingBeforeTheFirstRound() -> String
    /// `diff --from N --to M` with N not earlier than M.
    func roundsInWrongOrder(earlier: Int, later: Int) -> String
    /// `match A B` where both files are the same session.
    func sameSession(_ first: String, _ second: String) -> String

    /// Why a file of a candidates folder was left out of a ranking, short.
    func skippedCandidate(_ error: SessionFileError) -> String
    /// A candidate that is a copy of the city's own session.
    func skippedCopyOfCity() -> String

    // MARK: Word files (issue 12; worded in ProblemMessages+Word files)

    /// `export --format docx` without pandoc on PATH: how to get it.
    func pandocMissing() -> String
    /// pandoc ran and failed; `message` is what it said (may be empty).
    func pandocFailed(status: Int32, message: String) -> String
    /// The scratch folder for pandoc could not be made.
    func wordWorkspace(reason: String) -> String
    /// `export --format docx` to a terminal: a Word file is not for the screen.
    func wordToTerminal() -> String
    /// A note, not a failure: rsvg-convert is missing, so the timeline is in the file as SVG only.
    func timelineWithoutPNG() -> String
    /// A note, not a failure: data/pandoc/reference.docx was not found, so the page is pandoc's own.
    func referenceDocumentMissing() -> String
}
