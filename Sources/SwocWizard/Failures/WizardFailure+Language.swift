extension WizardFailure {
    /// Runs the part of a command that comes after its session is loaded:
    /// any failure from here on is worded in the session's `language`
    /// (`inLanguage`), so a Chinese session's `export` to a folder that does
    /// not exist is refused in Chinese. Failures before the session is known
    /// keep the language of the environment.
    static func speaking<Value>(_ language: String, _ work: () throws(WizardFailure) -> Value)
        throws(WizardFailure) -> Value
    {
        do {
            return try work()
        } catch {
            throw error.inLanguage(language)
        }
    }
}
