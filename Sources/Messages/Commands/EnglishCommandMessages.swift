import PlanModel

/// `CommandMessages` in English.
struct EnglishCommandMessages: CommandMessages {
    func sideTakenFromCountry(_ side: CitySide, file: String, resume: String) -> String {
        let name = side == .chinese ? "a Chinese city" : "a European city"
        return "Note: \(file) does not say whether the city is European or Chinese (it was saved before the "
            + "wizard asked); the plan treats it as \(name), from its country. To record the side: \(resume)"
    }

    func note(_ text: String) -> String {
        "Note: \(text)"
    }

    func unreachableRules(_ ids: [String]) -> String {
        note(
            "with this questionnaire these rules of the plan can never apply, because they read questions "
                + "it does not ask: \(ids.joined(separator: ", ")).")
    }

    func languageFallback(requested: String, used: String, missing: Int, list: String) -> String {
        note(
            "the questions and the plan are not all written in \"\(requested)\" yet (\(missing) "
                + "text\(missing == 1 ? "" : "s") missing), so the wizard speaks \"\(used)\". To list them: \(list).")
    }

    func answersSaved(from path: String, to session: String) -> String {
        "Answers from \(path) saved to \(session)."
    }

    func documentWritten(_ document: DocumentKind, to path: String) -> String {
        let what =
            switch document {
            case .plan: "Plan"
            case .changes: "Changes"
            case .proposal: "Proposal"
            case .ranking: "Ranking"
            case .answersTemplate: "Answers template"
            case .agreement: "Draft agreement"
            }
        return "\(what) written to \(path)."
    }

    func everythingDealtWith(_ file: String, resume: String) -> String {
        "Every question in \(file) has been dealt with. To look at a step again: \(resume)"
    }

    func continuingReviewRound(_ round: Int) -> String {
        "Continuing the review round \(round)."
    }

    func roundNotFinished(_ round: Int, startedOn day: String) -> String {
        "Round \(round), started on \(day), is not finished yet; continuing it."
    }

    func newRound(_ round: Int, lastStartedOn day: String, participants: [String]) -> String {
        let who = participants.isEmpty ? "" : " with \(participants.joined(separator: ", "))"
        return "Round \(round) of this session. The last round started on \(day)\(who); it is kept as it was."
    }

    func reviveInstructions() -> String {
        "Each earlier SWOC entry comes back in turn, on the line: press Enter to keep it with its tags, edit "
            + "it to change it, or clear the line (Ctrl-U) and press Enter to drop it. Type :keep to keep that "
            + "entry and all the rest of the list as they are. Then add new entries; an empty line moves on."
    }

    func planStartMoved(to year: Int) -> String {
        "The five-year plan now starts in \(year); change it at step 4 if needed."
    }

    func translationsComplete(_ code: String) -> String {
        "Every text of the questionnaire and the rules is written in \"\(code)\", and the wizard speaks it."
    }
}
