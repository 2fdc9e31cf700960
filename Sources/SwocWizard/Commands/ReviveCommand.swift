import ArgumentParser
import Foundation
import Messages
import PlanModel

/// `swoc-wizard revive FILE`: a new SWOC round on an existing session, for a
/// city coming back to a partnership (report §1.1: most cities used a SWOC to
/// review or revive a partnership). The earlier round is kept as it was.
struct ReviveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revive",
        abstract: "Start a new SWOC round on a session, going through the earlier answers to keep, change or drop."
    )

    @Argument(help: ArgumentHelp("The session file to revive.", valueName: "file"))
    var file: String

    @Option(
        help: ArgumentHelp(
            "Hold the new round in this language instead of the one the session was saved in, e.g. zh; "
                + "every text must be written in it. The session is saved in the new language from then on.",
            valueName: "code"))
    var language: String?

    @OptionGroup var questionnaireOptions: QuestionnaireOptions

    func run() throws(WizardFailure) {
        let start = try SessionToContinue(file, language: language, options: questionnaireOptions)
        try start.run { () throws(WizardFailure) in try revive(start.session, at: start.opened, files: start.files) }
    }

    /// The new round (or the unfinished one), in the session's language.
    private func revive(_ session: Session, at opened: SessionLoading.Open, files: QuestionnaireOptions.Loaded)
        throws(WizardFailure)
    {
        var session = session
        let messages = Messages.in(session.language) ?? .english
        var introduction: [String]
        if RevivalRound.isOpen(session) {
            // Starting yet another round would leave this one half done.
            introduction = [
                "", messages.commands.roundNotFinished(session.roundNumber, startedOn: session.roundStartedAt.day),
            ]
        } else {
            let earlier = session.currentRound
            let now = Date()
            session.revive(at: now)
            introduction = [
                "",
                messages.commands.newRound(
                    session.roundNumber, lastStartedOn: earlier.startedAt.day, participants: earlier.participants),
                messages.commands.reviveInstructions(),
            ]
            if let moved = Self.movePlanStart(&session, now: now) {
                introduction.append(messages.commands.planStartMoved(to: moved))
            }
        }
        let engine = WizardEngine(questionnaire: files.questionnaire, session: session)
        try InteractiveRun.run(
            engine: engine, catalog: files.catalog, sessionURL: opened.url, lock: opened.lock,
            from: RevivalRound.start(engine), introduction: introduction,
            passedOverMessage: RevivalRound.passedOverMessage)
    }

    /// A plan that would start before the revival is moved to next year, so
    /// the new plan (and its anniversaries) looks ahead. Returns the new year.
    static func movePlanStart(_ session: inout Session, now: Date) -> Int? {
        let year = Calendar(identifier: .gregorian).component(.year, from: now) + 1
        guard case .number(let start)? = session.answers["plan-start-year"], start < Double(year) else { return nil }
        session.answers["plan-start-year"] = .number(Double(year))
        return year
    }
}
