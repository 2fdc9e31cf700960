import PlanModel

/// `FlowMessages` in English.
struct EnglishFlowMessages: FlowMessages {
    // MARK: Start and end of a run

    func savedAfterEveryQuestion(path: String) -> String {
        "Your answers are saved after every question to: \(path)"
    }
    let helpAtAnyQuestion = "Type :help at any question for guidance and the list of commands."
    let sessionFileNotCreated = "the session file cannot be created, so no question was asked"
    let latestAnswersLost = "the latest answers could not be saved; they are lost when the wizard stops"
    func everyQuestionDealtWith(path: String) -> String {
        "Every question has been dealt with. The session is saved in \(path)."
    }
    let fullPlanLabel = "The full plan:"
    let asDataLabel = "As data:"
    let changesSinceLastRoundLabel = "What changed since the last round:"
    let continueLaterLabel = "To continue later:"
    func savedTo(path: String) -> String { "Saved to \(path)." }

    // MARK: Steps and progress

    func stepBanner(number: Int, of count: Int, title: String, source: String) -> String {
        let heading = number > 0 ? "Step \(number) of \(count): \(title)" : title
        return "== \(heading) ==" + (source.isEmpty ? "" : "  (report \(source))")
    }

    func progress(
        step: Int, of stepCount: Int, stepTitle: String, question: Int, of questionCount: Int, atMost: Bool
    ) -> String {
        let place = step > 0 ? "Step \(step) of \(stepCount) · \(stepTitle)" : "Before step 1 · \(stepTitle)"
        return "[\(place) · question \(question) of \(atMost ? "up to " : "")\(questionCount)]"
    }

    let requiredMark = " (required)"

    func hint(for kind: QuestionKind) -> String? {
        switch kind {
        case .multipleChoice: return "Several choices: numbers or names with commas between. Tab completes names."
        case .singleChoice: return "One choice: its number or name. Tab completes names."
        case .yesNo: return "yes or no"
        case .number: return "A number"
        case .year: return "A year, e.g. 2004"
        case .date: return "A date as year-month-day, e.g. 2019-11-07"
        case .list, .swoc: return "One entry per line; an empty line when done. :help for guidance."
        case .shortText, .longText: return nil
        }
    }

    func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }
    let yesNoNames = ["yes", "no"]
    let labelSeparator = ", "

    // MARK: Lists and SWOC entries

    func earlierEntriesFirst(count: Int, tagged: Bool) -> String {
        "The \(count) earlier entr\(count == 1 ? "y comes" : "ies come") first: "
            + (tagged
                ? "Enter keeps one with its tags; edit the text to change it and its tags; "
                : "Enter keeps one; edit it to change it; ")
            + "clear the line (or :drop) to remove it; :back goes to the entry before; "
            + ":keep keeps this one and the rest, then you add new ones."
    }

    func entryPrompt(quadrant: SwocQuadrant?, number: Int) -> String {
        "\(quadrant?.entryName ?? "Entry") \(number)"
    }

    func entryRemoved(_ text: String) -> String { "Removed: \(text)" }
    func entryKept(details: String) -> String { details.isEmpty ? "  kept" : "  kept\(details)" }
    func keptTheRest(count: Int) -> String {
        count == 1
            ? "Kept the last earlier entry as it was. Add new entries, or press Enter on an empty line to finish."
            : "Kept the \(count) remaining earlier entries as they were. Add new entries, "
                + "or press Enter on an empty line to finish."
    }
    let nothingLeftToKeep =
        "No earlier entries are left to keep. Type a new entry, or press Enter on an empty line to finish the list."

    func stepHasNoQuestions(number: Int, title: String) -> String {
        "Step \(number), \(title), asks nothing of your city with the answers given so far: its questions depend "
            + "on them (the agreements, for example, on naming a partner city before step 1)."
    }

    func whichMatterMost(quadrant: SwocQuadrant?, limit: Int) -> String {
        let entries = quadrant.map { QuadrantNames.english($0).lowercased() } ?? "entries"
        return "Which of these \(entries) matter most? Up to \(limit) numbers, commas between; "
            + "an empty line marks none. The plan and the strategies weigh them first (report §1.1)."
    }
    let matterMostPrompt = "Matter most"
    func priorityProblem(_ problem: PriorityChoice.Problem) -> String {
        switch problem {
        case .notANumber(let typed):
            return "\"\(typed)\" is not an entry number. Type the numbers shown, e.g. 1, 3."
        case .noSuchEntry(let number, let count):
            return "There is no entry \(number): the numbers go from 1 to \(count)."
        case .tooMany(let limit):
            return "Choose at most \(limit), so the marks still single something out."
        }
    }
    func prioritiesMarked(_ count: Int) -> String {
        switch count {
        case 0: "  No entry marked."
        case 1: "  1 entry marked ★ as mattering most."
        default: "  \(count) entries marked ★ as mattering most."
        }
    }
    let nothingToRemove = "There is no entry here to remove. Type an entry, or press Enter to finish the list."
    let areasToTagWith = "Cooperation areas to tag entries with:"
    let areasPrompt = "Areas (numbers or names, commas between; an empty line for none)"
    let whoRaisedIt = "Who raised it:"
    let raisedByPrompt = "Raised by (number or name; an empty line to skip)"
    let obstacleKindsIntro =
        "Kinds of obstacle (when the entry's words suggest some, they are put on the line; Enter accepts them):"
    let obstaclePrompt = "Kind of obstacle (numbers or names, commas)"

    // MARK: Navigation and commands

    let passedOver = "Some questions were passed over; here they are."
    let restOfRevival = "Now the rest of the answers: press Enter to keep each one, or change it."
    let neededBeforeComplete = "This question needs an answer before the session is complete."
    let firstQuestion = "This is the first question; there is nothing before it."
    let cannotSkip = "This question cannot be skipped: the plan needs it. Type :help to see why."
    func skipped(earlierAnswerKept: Bool) -> String {
        earlierAnswerKept ? "Skipped; the earlier answer is kept." : "Skipped."
    }
    let cannotClear = "This question needs an answer, so it cannot be left empty. Type :help to see why."
    let answerRemoved = "Answer removed."

    func unknownStep(_ typed: String, steps: [(number: Int, title: String)]) -> String {
        let opening = typed.isEmpty ? "Which step?" : "There is no step \"\(typed)\"."
        let list = steps.map { "\($0.number) \($0.title)" }.joined(separator: ", ")
        return "\(opening) Steps: \(list). Example: :goto 2"
    }

    func unknownCommand(_ typed: String, commands: [String]) -> String {
        "\(typed) is not a wizard command. \(commands.joined(separator: " "))"
    }

    let commandSummary = """
        Commands you can type at any question:
          :back         go to the previous question (in a list: the entry before)
          :skip         leave this question for now (not for required ones)
          :clear        remove the answer shown (in a list: drop this entry; :drop works too)
          :keep         in a list: keep this earlier entry and the rest, then add new ones
          :help         explain this question and the guideline behind it
          :review       list the answers given so far
          :goto STEP    jump to a step: 0 (about your city), 1, 2, 3 or 4
          :save         save now (the wizard also saves after every answer)
          :quit         save and stop; continue later with `swoc-wizard resume`
        """

    // MARK: Help

    func guideline(source: String) -> String { "Guideline: report \(source)" }
    let choicesHeading = "Choices:"
    let areasInHelp = "Cooperation areas you can tag an entry with:"
    let obstaclesInHelp = "Kinds of obstacle an entry can be tagged with (several may fit):"

    // MARK: Review

    let answersSoFar = "Answers so far:"
    func reviewStep(number: Int, title: String) -> String {
        number > 0 ? "Step \(number): \(title)" : title
    }
    func reviewLine(prompt: String, answer: String?) -> String {
        answer.map { "\(prompt): \($0)" } ?? "\(prompt):"
    }
    func entryDetails(areas: String?, actor: String?) -> String {
        let parts = [areas, actor.map { "raised by " + $0 }].compactMap { $0 }
        return parts.isEmpty ? "" : " [\(parts.joined(separator: "; "))]"
    }
    let nothingAnsweredYet = "(nothing answered yet)"
    func notAnsweredYet(count: Int) -> String {
        "\(count) question\(count == 1 ? "" : "s") not answered yet."
    }

    // MARK: Saving

    func couldNotSave(reason: String) -> String { "Could not save: \(reason)" }
    let noTerminalToAskWhere = "Without a terminal no other place can be asked for, so the wizard stops here."
    let askForAnotherPlace = "Type another file path to save to, or press Enter to try the same place again."
    let saveToPrompt = "Save to"
    let latestAnswersNotSaved = "The latest answers are NOT saved."
    func alreadyExists(path: String) -> String {
        "\(path) already exists; it is left alone. Give a new file name."
    }

    // MARK: On the projector

    let areasReminder = "Cooperation areas as listed before: ? lists them again; Tab completes names."
    let actorsReminder = "Who raised it, as listed before: ? lists them again; Tab completes names."
    let obstaclesReminder = "Kinds of obstacle as listed before: ? lists them again; Tab completes names."
    let choicesReminder = "The choices as listed before: ? lists them again; Tab completes names."
    let morePrompt = "— more: Enter · q stops — "
    let stopPagingWords = ["q", "quit", "stop"]
}
