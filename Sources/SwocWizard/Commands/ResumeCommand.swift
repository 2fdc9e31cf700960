import ArgumentParser
import Foundation
import PlanModel

/// `swoc-wizard resume FILE`: continues a saved session at the first question
/// not yet dealt with, or at a chosen step.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue a saved session where it stopped."
    )

    @Argument(help: ArgumentHelp("The session file to continue.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("Start at this step (0 to 4, or its name) instead.", valueName: "step"))
    var step: String?

    @OptionGroup var questionnaireOptions: QuestionnaireOptions

    func run() throws(WizardFailure) {
        let (questionnaire, catalog) = try questionnaireOptions.load()
        let opened = try SessionLoading.open(file, for: questionnaire)
        defer { withExtendedLifetime(opened.lock) {} }
        let url = opened.url
        let session = opened.session
        let engine = WizardEngine(questionnaire: questionnaire, session: session)
        let revival = RevivalRound.isOpen(session)
        var start = revival ? RevivalRound.start(engine) : engine.firstUnfinishedQuestion
        if let step {
            guard let chosen = engine.step(named: step), let first = engine.firstQuestion(of: chosen) else {
                let available = questionnaire.steps.map { String($0.number) }.joined(separator: ", ")
                throw .unknownStep(step, available: available)
            }
            start = first
        } else if start == nil {
            StandardStream.error(
                "Every question in \(file) has been dealt with. To look at a step again: "
                    + "swoc-wizard resume \(ShellQuote.quote(file)) --step 1\n")
            return
        }
        try InteractiveRun.run(
            engine: engine, catalog: catalog, sessionURL: url, lock: opened.lock, from: start,
            introduction: revival ? ["", "Continuing the review round \(session.roundNumber)."] : [],
            passedOverMessage: revival ? RevivalRound.passedOverMessage : nil)
    }
}
