import PlanModel

/// What `resume` and `revive` start from: the files loaded, the session
/// opened and locked, and the language it continues in (the stored one, or
/// the one asked for with --language when it is complete).
struct SessionToContinue {
    let files: QuestionnaireOptions.Loaded
    let opened: SessionLoading.Open
    let session: Session

    init(_ file: String, language explicit: String?, options: QuestionnaireOptions) throws(WizardFailure) {
        let choice = LanguageChoice()
        files = try options.loadFiles(messages: choice.messages)
        opened = try SessionLoading.open(file, for: files.questionnaire)
        var session = opened.session
        session.language = try choice.forSavedSession(
            stored: session.language, explicit: explicit, translations: files.translations, file: file)
        self.session = session
    }

    /// Runs `work` holding the session's lock, every failure worded in the session's language.
    func run(_ work: () throws(WizardFailure) -> Void) throws(WizardFailure) {
        defer { withExtendedLifetime(opened.lock) {} }
        do throws(WizardFailure) {
            try work()
        } catch {
            throw error.inLanguage(session.language)
        }
    }
}
