import PlanModel

/// The flow words of the program (see `Messages`); one requirement per message.
///
/// Everything the interactive wizard says around the questionnaire's own
/// texts: the start and end of a run, step banners and progress, what to
/// type, the in-wizard commands, the review, and saving. Layout (indents,
/// the "> " of a prompt, wrapping) stays with the flow; the words are here.
public protocol FlowMessages: Sendable {
    // MARK: Start and end of a run

    /// Where the answers go, said before the first question.
    func savedAfterEveryQuestion(path: String) -> String
    /// How to get help, said before the first question.
    var helpAtAnyQuestion: String { get }
    /// Why a new session stopped before its first question (a reason inside a "cannot write" error).
    var sessionFileNotCreated: String { get }
    /// Why a run ended with an error when its latest answers could not be saved.
    var latestAnswersLost: String { get }
    /// Said when every question has been dealt with.
    func everyQuestionDealtWith(path: String) -> String
    /// The labels in front of the commands that come next, aligned by the flow.
    var fullPlanLabel: String { get }
    var asDataLabel: String { get }
    var changesSinceLastRoundLabel: String { get }
    var continueLaterLabel: String { get }
    /// After a pause or `:save`.
    func savedTo(path: String) -> String

    // MARK: Steps and progress

    /// The banner when a step begins; `number` 0 is the profile before step 1.
    func stepBanner(number: Int, of count: Int, title: String, source: String) -> String
    /// The line above each question. `atMost` says the count is an upper
    /// bound: some of the step's questions depend on answers and may not be asked.
    func progress(
        step: Int, of stepCount: Int, stepTitle: String, question: Int, of questionCount: Int, atMost: Bool
    ) -> String
    /// Added after the prompt of a required question.
    var requiredMark: String { get }
    /// What to type for a kind of question, or nil when the prompt says enough.
    func hint(for kind: QuestionKind) -> String?
    /// A yes/no answer as shown and put back on the line (the parser reads it back).
    func yesNo(_ flag: Bool) -> String
    /// What Tab offers at a yes/no question.
    var yesNoNames: [String] { get }
    /// Between choice labels shown or put back on the line ("Sport, Culture").
    var labelSeparator: String { get }

    // MARK: Lists and SWOC entries

    /// Before the earlier entries of a list come back one by one.
    func earlierEntriesFirst(count: Int, tagged: Bool) -> String
    /// The prompt of one entry ("Strength 2"), without the "> ".
    func entryPrompt(quadrant: SwocQuadrant?, number: Int) -> String
    /// Said after an entry was dropped, naming it, so the team sees which one went.
    func entryRemoved(_ text: String) -> String
    /// Said after an earlier entry was kept with one key press, with its tags.
    func entryKept(details: String) -> String
    /// Said after `:keep` kept the remaining earlier entries as they were.
    func keptTheRest(count: Int) -> String
    /// Said when `:keep` is typed where no earlier entry is left to keep.
    var nothingLeftToKeep: String { get }

    /// Said when a step is chosen (or passed) that asks nothing of this city
    /// with the answers given so far, as agreements ask nothing of a city
    /// without a partner.
    func stepHasNoQuestions(number: Int, title: String) -> String

    // MARK: Priorities

    /// Asked once a quadrant is listed: which of its entries matter most (issue 13).
    func whichMatterMost(quadrant: SwocQuadrant?, limit: Int) -> String
    var matterMostPrompt: String { get }
    /// Why a priority answer was refused, and what to type instead.
    func priorityProblem(_ problem: PriorityChoice.Problem) -> String
    /// Said after the marks were recorded: how many entries are marked.
    func prioritiesMarked(_ count: Int) -> String
    var nothingToRemove: String { get }
    /// Heading of the cooperation areas listed at the first entry.
    var areasToTagWith: String { get }
    var areasPrompt: String { get }
    /// Heading of the helix actors listed at the first entry.
    var whoRaisedIt: String { get }
    var raisedByPrompt: String { get }
    /// Heading of the obstacle kinds listed at the first entry.
    var obstacleKindsIntro: String { get }
    var obstaclePrompt: String { get }

    // MARK: Navigation and commands

    /// When the flow turns back to questions passed over with `:goto`.
    var passedOver: String { get }
    /// When a revival round, after the SWOC, turns to the rest of the answers.
    var restOfRevival: String { get }
    var neededBeforeComplete: String { get }
    var firstQuestion: String { get }
    var cannotSkip: String { get }
    func skipped(earlierAnswerKept: Bool) -> String
    var cannotClear: String { get }
    var answerRemoved: String { get }
    /// `:goto` with no step, or one that does not exist.
    func unknownStep(_ typed: String, steps: [(number: Int, title: String)]) -> String
    func unknownCommand(_ typed: String, commands: [String]) -> String
    /// The commands and what they do, shown by `:help`.
    var commandSummary: String { get }

    // MARK: Help

    func guideline(source: String) -> String
    var choicesHeading: String { get }
    var areasInHelp: String { get }
    var obstaclesInHelp: String { get }

    // MARK: Review

    var answersSoFar: String { get }
    func reviewStep(number: Int, title: String) -> String
    /// A question and its answer in the review; the answer is nil above a list of entries.
    func reviewLine(prompt: String, answer: String?) -> String
    /// What follows an entry in the review: its areas and who raised it
    /// (" [Sport; raised by Government]"), or "" when it has neither.
    func entryDetails(areas: String?, actor: String?) -> String
    var nothingAnsweredYet: String { get }
    func notAnsweredYet(count: Int) -> String

    // MARK: Saving

    func couldNotSave(reason: String) -> String
    var noTerminalToAskWhere: String { get }
    var askForAnotherPlace: String { get }
    /// The prompt for another path, without the "> ".
    var saveToPrompt: String { get }
    var latestAnswersNotSaved: String { get }
    func alreadyExists(path: String) -> String

    // MARK: On the projector (issue 13)

    /// One line that stands for a choice list already shown in full in this
    /// run: the cooperation areas, who raised an entry, the kinds of obstacle,
    /// a question's choices. It says that `?` lists them again.
    var areasReminder: String { get }
    var actorsReminder: String { get }
    var obstaclesReminder: String { get }
    var choicesReminder: String { get }
    /// Asked after each window-full of a long listing (`:review`, `:help`), without the line break.
    var morePrompt: String { get }
    /// What may be typed at `morePrompt` to stop the listing (compared in lower case).
    var stopPagingWords: [String] { get }
}
