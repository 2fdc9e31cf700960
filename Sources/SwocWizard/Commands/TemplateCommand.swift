import ArgumentParser
import Foundation
import Messages
import PlanModel

/// `swoc-wizard template [--language L] [--output PATH]`: a commented answers
/// file for a consultant to fill in and give to `--answers` (issue 13).
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write an answers file to fill in: every question with its help, choices and an example.",
        discussion: """
            Every question id in the order asked, grouped by step, with its kind, whether it is required, \
            when it is asked, the ids of its choices with their names, its help text and an example. Fill \
            in the values and run `swoc-wizard --answers FILE`. The file carries `language: CODE`, the \
            language its answers are written in.
            """
    )

    @Option(
        help: ArgumentHelp(
            "The language of the questions, help and choice names in the file, e.g. en or zh. "
                + "Default: as for a new session.",
            valueName: "code"))
    var language: String?

    @Option(help: ArgumentHelp("Write to this file instead of the screen.", valueName: "path"))
    var output: String?

    @Flag(help: "Replace the output file if it already exists.")
    var force = false

    @OptionGroup var questionnaireOptions: QuestionnaireOptions

    func run() throws(WizardFailure) {
        let choice = LanguageChoice()
        let files = try questionnaireOptions.loadFiles(messages: choice.messages)
        let (language, _) = try choice.forNewSession(explicit: language, translations: files.translations)
        let messages = Messages.in(language) ?? .english
        let questionnaire = files.questionnaire
        let file = output.map(ShellQuote.quote) ?? "FILE"
        let words = messages.commands.answersTemplateWords(
            title: questionnaire.title.text(in: language, fallback: questionnaire.defaultLanguage),
            language: language,
            use: "\(Invocation.command) --answers \(file)\(files.options)")
        let text = AnswersTemplate(questionnaire: questionnaire, language: language, words: words).text()
        do throws(WizardFailure) {
            try OutputFile.write(text, to: output, force: force, what: .answersTemplate, messages: messages)
        } catch {
            throw error.inLanguage(language)
        }
    }
}
