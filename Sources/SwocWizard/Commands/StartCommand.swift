import ArgumentParser
import Foundation
import Messages
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

    @Option(
        help: ArgumentHelp(
            "Language of the wizard and the plan, e.g. en or zh; every text must be written in it "
                + "(see `swoc-wizard translations CODE`). Default: the language of LC_ALL, LC_MESSAGES or LANG "
                + "when complete, else the questionnaire's.",
            valueName: "code"))
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
        let choice = LanguageChoice()
        let files = try questionnaireOptions.loadFiles(messages: choice.messages)
        let translations = files.translations
        let answersText: String?
        do {
            answersText = try answers.map(Self.readAnswers)
        } catch {
            throw language.map { error.inLanguage($0) } ?? error
        }
        // An answers file's own `language:` key counts as --language; when both are given and
        // differ, the import says so. Without either, the answers' own language is used.
        let declared = answersText.flatMap(AnswersImport.declaredLanguage)
        var (language, unusable) = try choice.forNewSession(explicit: language ?? declared, translations: translations)
        if let answers, let answersText, self.language == nil, declared == nil,
            let found = AnswersLanguage(questionnaire: files.questionnaire).likely(in: answersText, unless: language),
            (try? translations.require(found)) != nil
        {
            language = found
            unusable = nil
            let messages = Messages.in(found) ?? .english
            StandardStream.error(messages.commands.answersLanguageFound(found, file: answers) + "\n")
        }
        if let unusable {
            let note = choice.messages.commands.languageFallback(
                requested: unusable.language, used: language,
                missing: unusable.questionnaire.count + unusable.rules.count,
                list: translations.list(unusable.language))
            StandardStream.error(note + "\n")
        }
        do throws(WizardFailure) {
            try start(files, in: language, answersText: answersText)
        } catch {
            throw error.inLanguage(language)
        }
    }

    /// The session, once its language is chosen: every message from here on is in it.
    private func start(_ files: QuestionnaireOptions.Loaded, in language: String, answersText: String?)
        throws(WizardFailure)
    {
        let questionnaire = files.questionnaire
        let catalog = files.catalog
        let url = try sessionURL()
        if let problem = SessionFile.folderProblem(for: url) {
            throw .sessionFile(.unwritable(path: url.displayPath, reason: problem))
        }
        let lock = try SessionLoading.lock(url)
        defer { withExtendedLifetime(lock) {} }
        // Checked again under the lock: another wizard may have created it meanwhile.
        if FileManager.default.fileExists(atPath: url.path) { throw .sessionExists(path: url.displayPath) }
        if let answers, let answersText {
            try importAnswers(answersText, from: answers, questionnaire: questionnaire, language: language, to: url)
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
                throw .invalidSessionPath(path: session, problem: .namesNoFile)
            }
            if let target = try? fileManager.destinationOfSymbolicLink(atPath: session),
                !fileManager.fileExists(atPath: session)
            {
                // Saving would replace the link with a file; writing through it would create a file elsewhere.
                throw .invalidSessionPath(path: session, problem: .danglingLink(target: target))
            }
            var isFolder: ObjCBool = false
            if fileManager.fileExists(atPath: session, isDirectory: &isFolder) {
                if isFolder.boolValue {
                    throw .invalidSessionPath(path: session, problem: .isFolder)
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

    /// The answers file's text, read once (it may be a pipe).
    private static func readAnswers(_ path: String) throws(WizardFailure) -> String {
        let data: Data
        do {
            data = try FileContents.read(path, kinds: .plainFilesAndPipes)
        } catch {
            throw .unreadableFile(path: path, failure: error == .missing ? nil : error)
        }
        return String(decoding: data, as: UTF8.self)
    }

    private func importAnswers(
        _ text: String, from path: String, questionnaire: Questionnaire, language: String, to url: URL
    ) throws(WizardFailure) {
        let outcome: AnswersImport.Outcome
        do {
            outcome = try AnswersImport(questionnaire: questionnaire, language: language).run(text: text, now: Date())
        } catch {
            throw .answersFile(path: path, problems: error.problems)
        }
        let messages = Messages.in(language) ?? .english
        for warning in outcome.warnings {
            StandardStream.error(messages.commands.note(messages.problems.answersFileProblem(warning)) + "\n")
        }
        do {
            try SessionFile().save(outcome.session, to: url)
        } catch {
            throw .sessionFile(error)
        }
        StandardStream.error(messages.commands.answersSaved(from: path, to: url.displayPath) + "\n")
    }
}
