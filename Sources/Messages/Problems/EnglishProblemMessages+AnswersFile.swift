import PlanModel

/// The problems of an answers file in English, worded for someone editing a
/// file rather than typing at the wizard's prompt (issue 13): each names its
/// place (`strengths[2].actor`, entries counted from 1), the ids accepted, and
/// the nearest one to a typo.
extension EnglishProblemMessages {
    func answersFileProblem(_ problem: AnswersImport.Problem) -> String {
        // Control characters quoted from the file (a key such as "\e[2J") are written
        // out, so that printing a problem cannot act on the terminal.
        let entry = problem.entry.map { " (the \(Self.ordinal($0)) entry)" } ?? ""
        return ControlCharacters.visible("\(problem.path)\(entry): \(what(problem.kind))")
    }

    private func what(_ kind: AnswersImport.Problem.Kind) -> String {
        switch kind {
        case .emptyFile: return "the file is empty"
        case .duplicateKeys(let line, let keys):
            let names = keys.map { "\"\($0)\"" }.joined(separator: ", ")
            let what = keys.count == 1 ? "the key \(names) is" : "the keys \(names) are"
            return "line \(line): \(what) given twice in the same block (first at this line); keep only one"
        case .notYAML(let line, let column, let reason):
            guard let reason else { return "cannot be read as YAML or JSON" + (line.map { " (line \($0))" } ?? "") }
            let place = line.map { "line \($0)" + (column.map { ", column \($0)" } ?? "") + ": " } ?? ""
            return "\(place)cannot be read as YAML or JSON; the YAML reader says: \(reason). "
                + "Check the indentation and the quotes on that line and the one before"
        case .notAMapping: return "should map question ids to answers (`city-name: Rome`)"
        case .unknownQuestion(let nearest):
            let hint = nearest.map { "; did you mean \"\($0)\"?" } ?? ""
            return "there is no question with this id\(hint) (`swoc-wizard template` lists them all)"
        case .requiredButMissing: return "an answer is required but missing"
        case .notAsked: return "not used: this question is not asked given the other answers"
        case .answer(let problem): return fileAnswer(problem)
        case .unknownChoice(let given, _, let accepted, let nearest):
            let hint = nearest.map { " Did you mean \"\($0)\"?" } ?? ""
            return "\"\(MessageText.shortened(given))\" is not one of the accepted ids.\(hint) "
                + "Accepted: \(accepted.joined(separator: ", "))"
        case .expectedEntries: return "expected a list of entries (lines starting with \"- \")"
        case .expectedSingleValue: return "expected a single value, not a list"
        case .expectedTexts: return "expected a list of texts"
        case .entryShape:
            return "each entry is a text, or has `text:` with optional `areas:`, `actor:` and `obstacles:`"
        case .unknownEntryKey(let key, let expected, let nearest):
            let hint = nearest.map { "; did you mean \"\($0)\"?" } ?? ""
            return "unknown key \"\(key)\" in an entry\(hint) (expected \(expected.joined(separator: ", ")))"
        case .obstacleAndObstacles:
            return "an entry has both `obstacle:` and `obstacles:`; put all its kinds under `obstacles:`"
        case .prioritiesNotTaken:
            return "this question asks for no priorities (only SWOC quadrants with `priorities:` do); "
                + "remove `priority:`"
        case .tooManyPriorities(let limit):
            return "at most \(limit) entries can be marked `priority: true`, so the marks still single "
                + "something out; keep the ones that matter most"
        case .obstaclesNotTaken:
            return "the entries of this question are not tagged with kinds of obstacle (only weaknesses and "
                + "challenges are); remove `obstacles:`"
        case .notOffered(let label, let choiceID, let condition, _, let vocabulary):
            return "\"\(label)\" (\(choiceID)) is offered only when \(condition), and this file's answers "
                + "say otherwise; remove it, or choose from the list \"\(vocabulary)\" as offered for these answers"
        case .languageDiffers(let file, let session):
            return "the file says it is written in \"\(file)\", but the session is to be in \"\(session)\" "
                + "(--language \(session)); run with --language \(file), or change the key to `language: \(session)`"
        }
    }

    /// An answer refused, in a file's terms: what to write, not what to type.
    private func fileAnswer(_ problem: AnswerProblem) -> String {
        switch problem {
        case .required: return "an answer is required but missing"
        case .notAChoice(let input, _, let suggestions):
            let hint = suggestions.isEmpty ? "" : " Did you mean \(Self.orList(suggestions))?"
            return "\"\(MessageText.shortened(input))\" is not one of the choices.\(hint) "
                + "Write the id of a choice (`swoc-wizard template` lists them)"
        case .ambiguousChoice(let input, let candidates):
            return "\"\(MessageText.shortened(input))\" could be \(Self.orList(candidates)); write the choice's id"
        case .notYesNo(let input):
            return "\"\(MessageText.shortened(input))\" is not yes or no; write yes or no (true and false also work)"
        case .notANumber(let input):
            return "\"\(MessageText.shortened(input))\" is not a number; write digits only, for example 3 or 2.5"
        case .notAYear(let input):
            return "\"\(MessageText.shortened(input))\" is not a year; write four digits, for example 2004"
        case .notADate(let input):
            return "\"\(MessageText.shortened(input))\" is not a date; write year-month-day, for example 2019-11-07"
        case .patternMismatch:
            return "the answer does not have the expected form; see the question's help in `swoc-wizard template`"
        case .tooLong, .repeatedChoice, .outOfRange, .tooShort, .tooManyCharacters, .noneWithOtherObstacles,
            .custom:
            return answer(problem)
        }
    }

    /// "1st", "2nd", "3rd", "11th", "22nd".
    static func ordinal(_ number: Int) -> String {
        let suffix: String
        switch (number % 10, number % 100) {
        case (1, let tens) where tens != 11: suffix = "st"
        case (2, let tens) where tens != 12: suffix = "nd"
        case (3, let tens) where tens != 13: suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }
}
