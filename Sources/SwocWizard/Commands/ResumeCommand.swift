import ArgumentParser
import Foundation
import Messages
import PlanModel

/// `swoc-wizard resume FILE`: continues a saved session at the first question
/// not yet dealt with, or at a chosen step, in the session's language (or
/// another one with --language).
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue a saved session where it stopped."
    )

    @Argument(help: ArgumentHelp("The session file to continue.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("Start at this step (0 to 4, or its name) instead.", valueName: "step"))
    var step: String?

    @Option(
        help: ArgumentHelp(
            "Continue in this language instead of the one the session was saved in, e.g. zh; "
                + "every text must be written in it. The session is saved in the new language from then on.",
            valueName: "code"))
    var language: String?

    @OptionGroup var questionnaireOptions: QuestionnaireOptions

    func run() throws(WizardFailure) {
        let start = try SessionToContinue(file, language: language, options: questionnaireOptions)
        try start.run { () throws(WizardFailure) in try resume(start.session, at: start.opened, files: start.files) }
    }

    /// The wizard, once the session's language is known: every message from here on is in it.
    private func resume(_ session: Session, at opened: SessionLoading.Open, files: QuestionnaireOptions.Loaded)
        throws(WizardFailure)
    {
        let questionnaire = files.questionnaire
        let messages = Messages.in(session.language) ?? .english
        let engine = WizardEngine(questionnaire: questionnaire, session: session)
        let revival = RevivalRound.isOpen(session)
        var start = revival ? RevivalRound.start(engine) : engine.firstUnfinishedQuestion
        if let step {
            if let chosen = engine.step(named: step), engine.firstQuestion(of: chosen) == nil {
                let title = chosen.title.text(in: session.language, fallback: questionnaire.defaultLanguage)
                throw .stepHasNoQuestions(number: chosen.number, title: title)
            }
            guard let chosen = engine.step(named: step), let first = engine.firstQuestion(of: chosen) else {
                let available = questionnaire.steps.map { String($0.number) }.joined(separator: ", ")
                throw .unknownStep(step, available: available)
            }
            start = first
        } else if start == nil {
            let again = "\(Invocation.command) resume \(ShellQuote.quote(file)) --step 1"
            StandardStream.error(messages.commands.everythingDealtWith(file, resume: again) + "\n")
            return
        }
        try InteractiveRun.run(
            engine: engine, catalog: files.catalog, sessionURL: opened.url, lock: opened.lock, from: start,
            introduction: revival ? ["", messages.commands.continuingReviewRound(session.roundNumber)] : [],
            passedOverMessage: revival ? RevivalRound.passedOverMessage : nil)
    }
}
