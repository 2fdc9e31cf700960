import Foundation
import Messages

/// Which language a command speaks, decided in one place.
///
/// - A new session: `--language` when given (refused unless the
///   questionnaire, the rule catalogue and the program's own words are all
///   written in it); otherwise the language the environment asks for
///   (LC_ALL, then LC_MESSAGES, then LANG, as POSIX consults them), when it
///   is complete in the same sense; otherwise the questionnaire's default.
/// - A saved session: its stored language, or `--language` to switch.
/// - Messages printed before a session or questionnaire is known (a missing
///   file, a usage error of our own): the environment's language when the
///   program speaks it, else English.
struct LanguageChoice {
    /// The locale variables in the order POSIX consults them for messages:
    /// the first one set (and not empty) decides, even when it says C.
    static let variables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    let environment: [String: String]

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// The language code the environment asks for: "zh" for `zh_CN.UTF-8`,
    /// "en" for `en_GB`; nil for `C`, `POSIX` or nothing set.
    var requested: String? {
        guard let value = Self.variables.lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }) else {
            return nil
        }
        let code = value.prefix { $0.isASCII && $0.isLetter }.lowercased()
        // Language codes have two or three letters: "C" and "POSIX" are the locale without a language.
        guard (2...3).contains(code.count) else { return nil }
        return code
    }

    /// The program's words for messages printed before a session or questionnaire is known.
    var messages: Messages {
        requested.flatMap(Messages.in) ?? .english
    }

    /// The language of a new session, and the gaps of the one the environment
    /// asked for when it could not be used yet (for a note; nil otherwise).
    func forNewSession(explicit: String?, translations: TranslationCheck) throws(WizardFailure) -> (
        language: String, unusable: TranslationCheck.Gaps?
    ) {
        if let explicit {
            try translations.require(explicit)
            return (explicit, nil)
        }
        let fallback = translations.defaultLanguage
        guard let requested, requested != fallback else { return (fallback, nil) }
        let gaps = translations.gaps(in: requested)
        if gaps.isComplete { return (requested, nil) }
        // A translation under way is worth a note; a language nobody started on is not.
        let started = gaps.messagesSpoken || translations.writtenLanguages.contains(requested)
        return (fallback, started ? gaps : nil)
    }

    /// The language to continue a saved session in: the one it was saved in,
    /// or `explicit` to switch. `file` is named in the advice to switch.
    func forSavedSession(stored: String, explicit: String?, translations: TranslationCheck, file: String)
        throws(WizardFailure) -> String
    {
        let language = explicit ?? stored
        try translations.require(language, resuming: explicit == nil ? file : nil)
        return language
    }
}
