import PlanModel

/// The command words of the program (see `Messages`): what `start`,
/// `resume`, `revive` and `translations` print around the wizard itself,
/// and the notes every command shares; one requirement per message.
public protocol CommandMessages: Sendable {
    /// A note on standard error ("Note: ..."); `text` may come from a loader, as it is.
    func note(_ text: String) -> String
    /// A session saved before the side question: the plan takes the side from the country until it is recorded.
    func sideTakenFromCountry(_ side: CitySide, file: String, resume: String) -> String
    /// Rules of the catalogue that read questions this questionnaire does not ask.
    func unreachableRules(_ ids: [String]) -> String
    /// The language the environment asks for cannot be used yet, so the wizard runs in `used`.
    func languageFallback(requested: String, used: String, missing: Int, list: String) -> String

    /// `start --answers`: the session was filled from the file and saved.
    func answersSaved(from path: String, to session: String) -> String
    /// The words of `template` around the questionnaire's own texts; `use` is the
    /// command that reads the filled-in file.
    func answersTemplateWords(title: String, language: String, use: String) -> AnswersTemplate.Words
    /// `start --answers` with neither `language:` in the file nor --language: the answers
    /// are written in `language` (its choice names and texts), so the session is made in it.
    func answersLanguageFound(_ language: String, file: String) -> String
    /// A document written to a file: "Plan written to plan.md."
    func documentWritten(_ document: DocumentKind, to path: String) -> String

    /// `resume` of a session with nothing left to ask; `resume` is the command that looks again.
    func everythingDealtWith(_ file: String, resume: String) -> String
    /// `resume` of a session whose review round is still open.
    func continuingReviewRound(_ round: Int) -> String
    /// `revive` of a session whose latest round is not finished: it is continued.
    func roundNotFinished(_ round: Int, startedOn day: String) -> String
    /// `revive`: a new round begins; the earlier one stays as it was.
    func newRound(_ round: Int, lastStartedOn day: String, participants: [String]) -> String
    /// How the earlier entries come back in a new round.
    func reviveInstructions() -> String
    /// The five-year plan was moved to start next year.
    func planStartMoved(to year: Int) -> String

    /// `translations` when every text is written in `code` and the wizard speaks it.
    func translationsComplete(_ code: String) -> String
}
