import Foundation
import Messages
import PlanModel

/// Whether a language is complete: every text of the questionnaire and of
/// the rule catalogue is written in it (their `textSites`), and the program's
/// own words exist in it (`Messages.in`). The wizard runs only in a complete
/// language, so a team never meets a question, a plan sentence or a message
/// in a language they did not choose.
struct TranslationCheck {
    var questionnaire: [TextSite]
    var rules: [TextSite]
    /// The questionnaire's default: always usable, the texts fall back to it.
    var defaultLanguage: String
    /// The languages the program's own words are written in.
    var spoken: [String] = Messages.all.map(\.language)
    /// The options that name these files (" --questionnaire q"), for the `translations` command to repeat.
    var options: String = ""

    /// What is missing in one language.
    struct Gaps: Sendable {
        var language: String
        var questionnaire: [TextSite]
        var rules: [TextSite]
        var messagesSpoken: Bool
        /// `questionnaires/step-0-profile.yaml:12: question city-name prompt`, one per missing text.
        var lines: [String]

        var filesComplete: Bool { questionnaire.isEmpty && rules.isEmpty }
        var isComplete: Bool { filesComplete && messagesSpoken }
    }

    func gaps(in language: String) -> Gaps {
        let inQuestionnaire = questionnaire.missing(in: language)
        let inRules = rules.missing(in: language)
        let lines = (inQuestionnaire + inRules).map(Self.line)
        return Gaps(
            language: language, questionnaire: inQuestionnaire, rules: inRules,
            messagesSpoken: spoken.contains(language), lines: lines)
    }

    /// Every language some text of the files is written in.
    var writtenLanguages: Set<String> {
        questionnaire.languages.union(rules.languages)
    }

    /// The languages the wizard can run in, the default first.
    var readyLanguages: [String] {
        let complete = writtenLanguages.filter { $0 != defaultLanguage && gaps(in: $0).isComplete }
        return [defaultLanguage] + complete.sorted()
    }

    /// Refuses a language the wizard cannot run in, saying why and what to do.
    /// - Parameter resuming: the session file, when continuing one in its saved language.
    func require(_ language: String, resuming file: String? = nil) throws(WizardFailure) {
        guard language != defaultLanguage else { return }
        guard questionnaire.languages.contains(language) else {
            throw .unknownLanguage(language, available: readyLanguages)
        }
        let gaps = gaps(in: language)
        if !gaps.filesComplete {
            let resume = file.map { "\(Invocation.command) resume \(ShellQuote.quote($0))" }
            throw .languageIncomplete(gaps, available: readyLanguages, list: list(language), resume: resume)
        }
        if !gaps.messagesSpoken { throw .languageNotSpoken(language, spoken: spoken) }
    }

    /// The command that lists what is missing in `language`.
    func list(_ language: String) -> String {
        "\(Invocation.command) translations \(ShellQuote.quote(language))\(options)"
    }

    /// The site's file is already shown as the loaders name it (`questionnaires/step-0-profile.yaml`).
    private static func line(_ site: TextSite) -> String {
        let place = site.line.map { "\(site.file):\($0)" } ?? site.file
        return ControlCharacters.visible("\(place): \(site.context)")
    }
}
