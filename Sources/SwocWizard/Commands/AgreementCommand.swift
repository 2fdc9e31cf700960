import ArgumentParser
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

/// `swoc-wizard agreement FILE [PARTNER-FILE] [--type mou|loi|project|contract]
/// [--language zh,en] [--format md|html|docx] [--output PATH]` (issue 16): a
/// draft of the agreement the ladder suggests next (or the type asked),
/// filled from the city's session and, when given, the partner's, in one
/// language or two side by side. Every fact the answers do not give is a
/// visible blank; the clauses are `rules/agreement-clauses.yaml`.
struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Draft the next agreement with the partner city, in one language or two side by side.",
        discussion: """
            Without --type the draft is of the agreement the ladder suggests next: a Memorandum of \
            Understanding (mou), a Letter of Cooperation Intent (loi), a Project Agreement (project), or \
            for a Project Contract (contract) a checklist of what the lawyers must settle. Give the partner \
            city's session as a second file to fill in its side. Everything the answers do not say is a blank \
            [____ …] to fill in together. A draft for discussion, not legal advice.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md
        case html
        case docx
    }

    @Argument(help: ArgumentHelp("The city's session file.", valueName: "file"))
    var file: String

    @Argument(help: ArgumentHelp("The partner city's session file, to fill in its side.", valueName: "partner-file"))
    var partnerFile: String?

    @Option(
        name: .customLong("type"),
        help: ArgumentHelp(
            "The agreement: mou, loi, project or contract (default: the next one on the agreement ladder).",
            valueName: "type"))
    var type: AgreementType?

    @Option(
        help: ArgumentHelp(
            "The document format: md (GitHub, plain text), html (a browser, print on A4), docx (Word on A4; "
                + "needs pandoc)."))
    var format: Format = .md

    @Option(
        name: .customLong("language"),
        help: ArgumentHelp(
            "The draft's language (default: the session's, and the partner session's if it differs), or two "
                + "separated by a comma, side by side, e.g. zh,en.",
            valueName: "codes"))
    var languages: String?

    @Option(help: ArgumentHelp("Write to this file instead of the screen.", valueName: "path"))
    var output: String?

    @Flag(help: "Replace the output file if it already exists.")
    var force = false

    @OptionGroup var questionnaireOptions: QuestionnaireOptions

    private var requestedLanguages: [String]? { LanguageList.codes(languages) }

    func validate() throws {
        try LanguageList.validate(requestedLanguages, document: "A draft")
    }

    func run() throws(WizardFailure) {
        let loaded = try questionnaireOptions.loadFiles()
        let (questionnaire, catalog) = (loaded.questionnaire, loaded.catalog)
        let clauses = catalog.agreementClauses
        if clauses.isEmpty { throw .agreementClausesMissing(directory: loaded.rulesDirectory.displayPath) }
        let sessionURL = URL(fileURLWithPath: file).resolvingSymlinksInPath()
        let inputs =
            [sessionURL.path] + (partnerFile.map { [URL(fileURLWithPath: $0).resolvingSymlinksInPath().path] } ?? [])
        // The same file twice would draft an agreement of a city with itself (review of issue 16).
        if let partnerFile, inputs.count == 2, inputs[0] == inputs[1] {
            throw .nothingToCompare(.sameSession(first: file, second: partnerFile))
        }
        if let output, inputs.contains(URL(fileURLWithPath: output).resolvingSymlinksInPath().path) {
            throw .outputIsTheSession(path: output)
        }
        let available = Self.languages(clauses: clauses, questionnaire: questionnaire)
        if let codes = requestedLanguages, let missing = codes.first(where: { !available.contains($0) }) {
            throw .agreementLanguageUnavailable(missing, available: available)
        }
        if format == .docx { try ExportCommand.refuseWordOnTerminal(output: output, force: force) }
        let session = try SessionLoading.load(sessionURL, for: questionnaire)
        SessionLoading.noteSideTakenFromCountry(session, questionnaire: questionnaire, file: file)
        let partner = try partnerFile.map { path throws(WizardFailure) in
            try SessionLoading.load(URL(fileURLWithPath: path), for: questionnaire)
        }
        try WizardFailure.speaking(session.language) { () throws(WizardFailure) in
            let codes =
                requestedLanguages
                ?? ([session.language] + (partner.map { [$0.language] } ?? []).filter { $0 != session.language })
                .filter(available.contains)
            let draft = AgreementDrafter(questionnaire: questionnaire, catalog: catalog).draft(
                city: session, partner: partner, type: type, languages: codes.isEmpty ? [clauses.languages[0]] : codes)
            try write(draft, catalog: catalog, language: session.language)
        }
    }

    /// The languages a draft can be in: the clause file's that the questionnaire and the program also speak.
    static func languages(clauses: AgreementClauses, questionnaire: Questionnaire) -> [String] {
        let program = Set(Messages.all.map(\.language))
        return clauses.languages.filter { questionnaire.languages.contains($0) && program.contains($0) }
    }

    private func write(_ draft: AgreementDraft, catalog: RuleCatalog, language: String) throws(WizardFailure) {
        let messages = Messages.in(language) ?? .english
        for note in AgreementNotes.lines(draft, names: catalog.names, language: language) {
            StandardStream.error(messages.commands.note(note) + "\n")
        }
        switch format {
        case .md:
            let text = MarkdownAgreementExporter(draft: draft, names: catalog.names).export()
            try OutputFile.write(text, to: output, force: force, what: .agreement, messages: messages)
        case .html:
            let text = HTMLAgreementExporter(draft: draft, names: catalog.names).export()
            try OutputFile.write(text, to: output, force: force, what: .agreement, messages: messages)
        case .docx:
            guard let executable = Pandoc.find(path: ProcessInfo.processInfo.environment["PATH"]) else {
                throw .pandocMissing
            }
            let folder = BuiltInFiles.find("data/pandoc/reference.docx")?.deletingLastPathComponent()
            if folder == nil { StandardStream.error(messages.problems.referenceDocumentMissing() + "\n") }
            let data: Data
            do throws(WordExportError) {
                data = try WordAgreementExporter(pandoc: Pandoc(executable: executable), data: folder)
                    .export(draft, names: catalog.names)
            } catch {
                throw .wordExport(error)
            }
            try OutputFile.write(data, to: output, force: force, what: .agreement, messages: messages)
        }
    }
}

extension AgreementType: ExpressibleByArgument {}
