import ArgumentParser
import Exporters
import Foundation
import PlanModel
import Storage

/// `swoc-wizard export FILE --format json [--output PATH]`: the plan as a document.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the plan from a session file as a document."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
        case md
    }

    @Argument(help: ArgumentHelp("The session file to export.", valueName: "file"))
    var file: String

    @Option(help: "The document format.")
    var format: Format = .json

    @Option(help: ArgumentHelp("Write to this file instead of the screen.", valueName: "path"))
    var output: String?

    @Flag(help: "Replace the output file if it already exists.")
    var force = false

    @OptionGroup var questionnaireOptions: QuestionnaireOptions

    func run() throws(WizardFailure) {
        let (questionnaire, catalog) = try questionnaireOptions.load()
        let sessionURL = URL(fileURLWithPath: file).resolvingSymlinksInPath()
        if let output, URL(fileURLWithPath: output).resolvingSymlinksInPath().path == sessionURL.path {
            throw .cannotWrite(path: output, reason: "it is the session file itself; choose another name for the plan")
        }
        let session = try SessionLoading.load(sessionURL, for: questionnaire)
        let document = PlanDocumentBuilder(questionnaire: questionnaire, session: session, catalog: catalog).build()
        let data: Data
        switch format {
        case .json:
            do {
                data = try JSONPlanExporter().export(document)
            } catch {
                throw .cannotWrite(path: output ?? "standard output", reason: "\(error)")
            }
        case .md:
            data = Data(MarkdownPlanExporter(questionnaire: questionnaire).export(document).utf8)
        }
        try OutputFile.write(String(decoding: data, as: UTF8.self), to: output, force: force, what: "Plan")
    }
}
