import ArgumentParser
import Exporters
import Foundation
import Messages
import PlanModel
import Storage

/// `swoc-wizard export FILE --format json|md|html|docx|csv|ics [--language zh,en] [--output PATH]`:
/// the plan as a document, in the session's language, in another one, or in
/// two at once — one plan both partner cities can read, the first language leading.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the plan from a session file as a document.",
        discussion: """
            With --language zh,en the plan is bilingual: every heading, label and generated sentence in both \
            languages, the first leading, and the team's own entries and names once, as typed. In JSON, texts \
            that differ between the languages are objects keyed by language.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
        case md
        case html
        case csv
        case ics
        case docx
    }

    @Argument(help: ArgumentHelp("The session file to export.", valueName: "file"))
    var file: String

    @Option(
        help: ArgumentHelp(
            "The document format: html (a browser, the projector, print on A4), docx (Word on A4; needs pandoc), "
                + "md (GitHub, plain text), csv (the action table for Excel), ics (the milestones for a calendar), "
                + "json (other tools)."))
    var format: Format = .json

    @Option(
        name: .customLong("language"),
        help: ArgumentHelp(
            "The plan's language (default: the session's), or two separated by a comma for one plan in both, "
                + "the first leading, e.g. zh,en.",
            valueName: "codes"))
    var languages: String?

    @Option(help: ArgumentHelp("Write to this file instead of the screen.", valueName: "path"))
    var output: String?

    @Flag(help: "Replace the output file if it already exists.")
    var force = false

    @OptionGroup var questionnaireOptions: QuestionnaireOptions

    /// The codes of --language, in order, trimmed.
    private var requestedLanguages: [String]? { LanguageList.codes(languages) }

    func validate() throws {
        try LanguageList.validate(requestedLanguages, document: "A plan")
    }

    func run() throws(WizardFailure) {
        let (questionnaire, catalog) = try questionnaireOptions.load()
        let sessionURL = URL(fileURLWithPath: file).resolvingSymlinksInPath()
        // Refusals of the request itself come before the session is read, in the environment's language.
        if let output, URL(fileURLWithPath: output).resolvingSymlinksInPath().path == sessionURL.path {
            throw .outputIsTheSession(path: output)
        }
        let available = PlanEditions.languages(questionnaire: questionnaire, catalog: catalog)
        if let codes = requestedLanguages, let missing = codes.first(where: { !available.contains($0) }) {
            throw .planLanguageUnavailable(missing, available: available)
        }
        if format == .docx { try Self.refuseWordOnTerminal(output: output, force: force) }
        let session = try SessionLoading.load(sessionURL, for: questionnaire)
        SessionLoading.noteSideTakenFromCountry(session, questionnaire: questionnaire, file: file)
        // From here on every refusal is worded in the session's language.
        try WizardFailure.speaking(session.language) { () throws(WizardFailure) in
            try export(session, questionnaire: questionnaire, catalog: catalog)
        }
    }

    private func export(_ session: Session, questionnaire: Questionnaire, catalog: RuleCatalog)
        throws(WizardFailure)
    {
        let editions: [PlanEdition]
        do {
            editions = try PlanEditions.build(
                questionnaire: questionnaire, session: session, catalog: catalog,
                languages: requestedLanguages ?? [session.language])
        } catch {
            throw .bilingualPlan(error)
        }
        let text: String
        switch format {
        case .json:
            do {
                text = String(decoding: try JSONPlanExporter().export(editions), as: UTF8.self)
            } catch {
                throw .cannotWrite(path: output ?? "standard output", reason: "\(error)")
            }
        case .md:
            text = MarkdownPlanExporter(questionnaire: questionnaire).export(editions)
        case .html:
            text = HTMLPlanExporter(questionnaire: questionnaire).export(editions)
        case .csv:
            do {
                text = try CSVPlanExporter(questionnaire: questionnaire).export(editions)
            } catch {
                throw .cannotWrite(path: output ?? "standard output", reason: "\(error)")
            }
        case .ics:
            text = CalendarPlanExporter(questionnaire: questionnaire, milestones: catalog.milestones).export(editions)
        case .docx:
            return try exportWord(editions, questionnaire: questionnaire, language: session.language)
        }
        try OutputFile.write(
            text, to: output, force: force, what: .plan, messages: Messages.in(session.language) ?? .english)
    }
}
