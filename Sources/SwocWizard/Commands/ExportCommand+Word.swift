import Exporters
import Foundation
import Messages
import PlanModel
import Storage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `export --format docx`: the plan as a Word file on A4, made by pandoc
/// (issue 12). pandoc is looked for on PATH first, so a missing one is said
/// plainly with how to install it (exit 69) before anything else happens.
extension ExportCommand {
    /// A Word file on a terminal would be pages of binary noise: ask for --output instead.
    static func refuseWordOnTerminal(output: String?, force: Bool) throws(WizardFailure) {
        let destination = try? DocumentFile.destination(for: output, force: force)
        if destination == .standardOutput, StandardStream.isTerminal(STDOUT_FILENO) { throw .wordToTerminal }
    }

    func exportWord(_ editions: [PlanEdition], questionnaire: Questionnaire, language: String)
        throws(WizardFailure)
    {
        let messages = Messages.in(language) ?? .english
        let path = ProcessInfo.processInfo.environment["PATH"]
        guard let executable = Pandoc.find(path: path) else { throw .pandocMissing }
        let folder = BuiltInFiles.find("data/pandoc/reference.docx")?.deletingLastPathComponent()
        if folder == nil { StandardStream.error(messages.problems.referenceDocumentMissing() + "\n") }
        let timeline = WordTimeline.svg(editions)
        if timeline != nil, Pandoc.find("rsvg-convert", path: path) == nil {
            StandardStream.error(messages.problems.timelineWithoutPNG() + "\n")
        }
        let data: Data
        do throws(WordExportError) {
            data = try WordPlanExporter(
                questionnaire: questionnaire, pandoc: Pandoc(executable: executable), data: folder
            ).export(editions, timeline: timeline)
        } catch {
            throw .wordExport(error)
        }
        try OutputFile.write(data, to: output, force: force, what: .plan, messages: messages)
    }
}
