import ArgumentParser
import Foundation
import PlanModel
import Storage

/// `swoc-wizard [--session PATH] [--answers FILE]`: a new session, asked
/// interactively or filled from an answers file.
struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a new session (the default when no command is given)."
    )

    @OptionGroup var questionnaireOptions: QuestionnaireOptions

    @Option(help: ArgumentHelp("Language of the questions, e.g. en; the files must have it.", valueName: "code"))
    var language: String?

    @Option(
        help: ArgumentHelp("Where to save the session. Default: a new swoc-session-DATE.json here.", valueName: "path"))
    var session: String?

    @Option(
        help: ArgumentHelp(
            "Fill the session from this YAML or JSON file of answers keyed by question id, without asking.",
            valueName: "file"))
    var answers: String?

    func run() throws(WizardFailure) {
        let (questionnaire, catalog) = try questionnaireOptions.load()
        let language = language ?? questionnaire.defaultLanguage
        guard questionnaire.languages.contains(language) else {
            throw .unknownLanguage(language, available: questionnaire.languages.sorted())
        }
        let url = try sessionURL()
        if let problem = SessionFile.folderProblem(for: url) {
            throw .sessionFile(.unwritable(path: url.displayPath, reason: problem))
        }
        let lock = try SessionLoading.lock(url)
        defer { withExtendedLifetime(lock) {} }
        // Checked again under the lock: another wizard may have created it meanwhile.
        if FileManager.default.fileExists(atPath: url.path) { throw .sessionExists(path: url.displayPath) }
        if let answers {
            try importAnswers(from: answers, questionnaire: questionnaire, language: language, to: url)
            return
        }
        let engine = WizardEngine(
            questionnaire: questionnaire,
            session: Session(questionnaire: questionnaire, language: language, now: Date()))
        try InteractiveRun.run(engine: engine, catalog: catalog, sessionURL: url, lock: lock, from: nil)
    }

    /// The path given, refusing to replace an existing session; or a fresh default name.
    private func sessionURL() throws(WizardFailure) -> URL {
        let fileManager = FileManager.default
        if let session {
            if session.trimmingWhitespace().isEmpty || session.hasSuffix("/") {
                throw .invalidSessionPath(path: session, reason: "it names no file; give a file name such as rome.json")
            }
            if let target = try? fileManager.destinationOfSymbolicLink(atPath: session),
                !fileManager.fileExists(atPath: session)
            {
                // Saving would replace the link with a file; writing through it would create a file elsewhere.
                throw .invalidSessionPath(
                    path: session,
                    reason: "it is a symbolic link to \(target), which does not exist; give the real file's name")
            }
            var isFolder: ObjCBool = false
            if fileManager.fileExists(atPath: session, isDirectory: &isFolder) {
                if isFolder.boolValue {
                    throw .invalidSessionPath(path: session, reason: "it is a folder; give a file name inside it")
                }
                throw .sessionExists(path: session)
            }
            return URL(fileURLWithPath: session)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd-HHmm"
        let base = "swoc-session-\(formatter.string(from: Date()))"
        var name = base + ".json"
        var counter = 2
        while fileManager.fileExists(atPath: name) {
            name = "\(base)-\(counter).json"
            counter += 1
        }
        return URL(fileURLWithPath: name)
    }

    private func importAnswers(
        from path: String, questionnaire: Questionnaire, language: String, to url: URL
    ) throws(WizardFailure) {
        let data: Data
        do {
            data = try FileContents.read(path, kinds: .plainFilesAndPipes)
        } catch {
            if error == .missing { throw .unreadableFile(path: path) }
            throw .unreadableFile(path: path, reason: error.reason)
        }
        let text = String(decoding: data, as: UTF8.self)
        let outcome: AnswersImport.Outcome
        do {
            outcome = try AnswersImport(questionnaire: questionnaire, language: language).run(text: text, now: Date())
        } catch {
            throw .answersFile(path: path, problems: error.problems)
        }
        for warning in outcome.warnings { StandardStream.error("Note: \(warning)\n") }
        do {
            try SessionFile().save(outcome.session, to: url)
        } catch {
            throw .sessionFile(error)
        }
        StandardStream.error("Answers from \(path) saved to \(url.displayPath).\n")
    }
}
