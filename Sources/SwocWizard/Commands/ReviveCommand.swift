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
        let questionnaire = try QuestionnaireLocator.load(explicit: questionnaireOptions.directory)
        let url = URL(fileURLWithPath: file)
        let lock = try SessionLoading.lock(url)
        defer { withExtendedLifetime(lock) {} }
        var session = try SessionLoading.load(url, for: questionnaire)
        let earlier = session.currentRound
        session.revive(at: Date())
        let engine = WizardEngine(questionnaire: questionnaire, session: session)
        let swoc = questionnaire.steps.first { $0.number == 1 }.flatMap(engine.firstQuestion(of:))
        let who = earlier.participants.isEmpty ? "" : " with \(earlier.participants.joined(separator: ", "))"
        let introduction = [
            "",
            "Round \(session.roundNumber) of this session. The last round started on \(Self.day(earlier.startedAt))\(who); "
                + "it is kept as it was.",
            "Each earlier SWOC entry comes back in turn, on the line: press Enter to keep it, edit it to change "
                + "it, or clear the line (Ctrl-U) and press Enter to drop it. Then add new entries; an empty line "
                + "moves on.",
        ]
        try InteractiveRun.run(
            engine: engine, sessionURL: url, from: swoc, introduction: introduction,
            passedOverMessage: "Now the rest of the answers: press Enter to keep each one, or change it.")
    }

    static func day(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day())
    }
}
