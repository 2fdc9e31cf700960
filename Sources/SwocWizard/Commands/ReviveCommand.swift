import ArgumentParser
import Foundation
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

    @OptionGroup var questionnaireOptions: QuestionnaireOptions

    func run() throws(WizardFailure) {
        let (questionnaire, catalog) = try questionnaireOptions.load()
        let opened = try SessionLoading.open(file, for: questionnaire)
        defer { withExtendedLifetime(opened.lock) {} }
        let url = opened.url
        var session = opened.session
        var introduction: [String]
        if RevivalRound.isOpen(session) {
            // Starting yet another round would leave this one half done.
            introduction = [
                "",
                "Round \(session.roundNumber), started on \(session.roundStartedAt.day), is not finished "
                    + "yet; continuing it.",
            ]
        } else {
            let earlier = session.currentRound
            let now = Date()
            session.revive(at: now)
            let who = earlier.participants.isEmpty ? "" : " with \(earlier.participants.joined(separator: ", "))"
            introduction = [
                "",
                "Round \(session.roundNumber) of this session. The last round started on "
                    + "\(earlier.startedAt.day)\(who); it is kept as it was.",
                "Each earlier SWOC entry comes back in turn, on the line: press Enter to keep it, edit it to change "
                    + "it, or clear the line (Ctrl-U) and press Enter to drop it. Then add new entries; an empty line "
                    + "moves on.",
            ]
            if let moved = Self.movePlanStart(&session, now: now) {
                introduction.append("The five-year plan now starts in \(moved); change it at step 4 if needed.")
            }
        }
        let engine = WizardEngine(questionnaire: questionnaire, session: session)
        try InteractiveRun.run(
            engine: engine, catalog: catalog, sessionURL: url, lock: opened.lock, from: RevivalRound.start(engine),
            introduction: introduction,
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
