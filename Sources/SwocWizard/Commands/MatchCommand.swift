import ArgumentParser
import Exporters
import Foundation
import Messages
import PlanModel

/// `swoc-wizard match A.json B.json`: a match-making proposal for two cities;
/// `swoc-wizard match A.json --candidates DIR`: every session in a folder
/// ranked against A, best first, with the reasons for each score.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Propose how two cities could cooperate, or rank a folder of candidate cities for one city.",
        discussion: "Candidates are cities of the other side (European for a Chinese city, Chinese for a "
            + "European one) unless --any-side is given. The score is out of 100, in seven parts listed for every "
            + "candidate; the README explains it (How candidates are scored)."
    )

    @Argument(help: ArgumentHelp("The city's session file, and the other city's for a proposal.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("Rank every session file (*.json) in this folder against the city.", valueName: "dir"))
    var candidates: String?

    @Option(help: ArgumentHelp("Show at most this many candidates (terminal only; files list all).", valueName: "n"))
    var limit: Int = 10

    @OptionGroup var report: ReportOptions

    @Flag(
        help: ArgumentHelp(
            "Rank candidates of the city's own side too.",
            discussion: "This process pairs a European city with a Chinese one, so by default only cities of "
                + "the other side are ranked."))
    var anySide = false

    @Flag(help: "Read every candidate file again instead of reusing what was read last time.")
    var fresh = false

    @OptionGroup var questionnaireOptions: QuestionnaireOptions

    func validate() throws {
        if candidates == nil && files.count != 2 {
            throw ValidationError(
                "Give two session files for a proposal, or one file and --candidates DIR to rank a folder.")
        }
        if candidates != nil && files.count != 1 {
            throw ValidationError("With --candidates, give only the city's own session file.")
        }
        if limit < 1 { throw ValidationError("--limit must be 1 or more.") }
    }

    func run() throws(WizardFailure) {
        // The folder is listed and its cache read on another core while the questionnaire loads.
        let prefetch = candidates.map { FolderPrefetch(folder: $0, useCache: !fresh) }
        // The report's pairs are precedents of a proposal; a ranking needs their
        // cities' names in both scripts, to know a partner named in the other.
        // Parsed on a thread of its own while the questionnaire loads.
        let catalogLoad = BackgroundWork { () -> Result<ReportPairCatalog, WizardFailure> in
            do throws(WizardFailure) { return .success(try Self.loadCatalog()) } catch { return .failure(error) }
        }
        let questionnaire = try QuestionnaireLocator.load(explicit: questionnaireOptions.directory)
        let catalog = try catalogLoad.result().get()
        let maker = MatchMaker(questionnaire: questionnaire, catalog: catalog)
        let cityURL = URL(fileURLWithPath: files[0])
        let city = try SessionLoading.load(cityURL, for: questionnaire)
        // From here on every refusal, and every reason a candidate is skipped, is in the city's language.
        try WizardFailure.speaking(city.language) { () throws(WizardFailure) in
            try match(city, at: cityURL, maker: maker, prefetch: prefetch)
        }
    }

    private func match(_ city: Session, at cityURL: URL, maker: MatchMaker, prefetch: FolderPrefetch?)
        throws(WizardFailure)
    {
        let questionnaire = maker.questionnaire
        let width = StandardStream.isTerminal(STDOUT_FILENO) ? ReadlineTerminal.columns(of: STDOUT_FILENO) : 100
        // The screen speaks the language of the city's own (first) session.
        let messages = Messages.in(city.language) ?? .english
        let words = messages.reports
        let text: String
        if let candidates {
            let folder = try CandidateFolder.load(
                candidates, maker: maker, excluding: cityURL, cityIdentity: SessionIdentity(city), useCache: !fresh,
                messages: messages, prefetched: prefetch)
            let ranking = maker.rank(
                city, source: files[0], candidates: folder.candidates, folder: candidates, skipped: folder.skipped,
                anySide: anySide, explained: report.format == .text ? limit : .max)
            switch report.format {
            case .text:
                text = MatchRankingSummary(
                    ranking: ranking, limit: limit, words: words, questionnaire: questionnaire,
                    language: city.language, width: width
                ).render()
            case .md: text = MarkdownMatchExporter(questionnaire: questionnaire, messages: messages).export(ranking)
            case .json: text = JSONMatchExporter(questionnaire: questionnaire, messages: messages).export(ranking)
            }
        } else {
            let other = try SessionLoading.load(URL(fileURLWithPath: files[1]), for: questionnaire)
            if SessionIdentity(city) == SessionIdentity(other) {
                throw .nothingToCompare(.sameSession(first: files[0], second: files[1]))
            }
            let proposal = maker.propose(city, source: files[0], other, source: files[1])
            switch report.format {
            case .text:
                text = MatchProposalSummary(
                    proposal: proposal, questionnaire: questionnaire, words: words, language: city.language,
                    width: width
                ).render()
            case .md: text = MarkdownMatchExporter(questionnaire: questionnaire, messages: messages).export(proposal)
            case .json: text = JSONMatchExporter(questionnaire: questionnaire, messages: messages).export(proposal)
            }
        }
        try report.write(
            text, what: candidates == nil ? .proposal : .ranking, messages: Messages.in(city.language) ?? .english)
    }

    static func loadCatalog() throws(WizardFailure) -> ReportPairCatalog {
        guard let url = BuiltInFiles.find("data/report-pairs.yaml") else {
            return ReportPairCatalog(pairs: [])
        }
        do {
            return try ReportPairCatalog.load(from: url)
        } catch {
            throw .questionnaire(error, directory: url.displayPath)
        }
    }
}
