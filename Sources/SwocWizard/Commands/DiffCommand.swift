import ArgumentParser
import Exporters
import Foundation
import Messages
import PlanModel

/// `swoc-wizard diff FILE [--from N] [--to M]` or `swoc-wizard diff OLD NEW`:
/// what changed between two SWOC rounds, per quadrant, and in cooperation
/// areas, stage and resources.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two SWOC rounds of a session, or between two session files.",
        discussion: "With one file: its latest two rounds, or the rounds given with --from and --to (1 is the first)."
    )

    @Argument(help: ArgumentHelp("A session file, or two to compare their latest rounds.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("The earlier round (one file only).", valueName: "round"))
    var from: Int?

    @Option(help: ArgumentHelp("The later round (one file only).", valueName: "round"))
    var to: Int?

    @OptionGroup var report: ReportOptions

    @OptionGroup var questionnaireOptions: QuestionnaireOptions

    func validate() throws {
        guard (1...2).contains(files.count) else {
            throw ValidationError("Give one session file (to compare its rounds) or two (to compare the files).")
        }
        if files.count == 2 && (from != nil || to != nil) {
            throw ValidationError("--from and --to choose rounds within one file; with two files, leave them out.")
        }
        // Checked before any arithmetic: `--to -9223372036854775808` would otherwise stop the
        // program at `to - 1`. Round numbers in a file are at most SessionValueLimits.counters.
        for (name, number) in [("--from", from), ("--to", to)] {
            guard let number, !SessionValueLimits.counters.contains(number) else { continue }
            throw ValidationError(
                "\(name) takes a round number: 1 for the first round, 2 for the second, and so on (not \(number)).")
        }
    }

    func run() throws(WizardFailure) {
        let questionnaire = try QuestionnaireLocator.load(explicit: questionnaireOptions.directory)
        let first = try SessionLoading.load(URL(fileURLWithPath: files[0]), for: questionnaire)
        // From here on every refusal is worded in the language of the (first) session.
        try WizardFailure.speaking(first.language) { () throws(WizardFailure) in
            try show(makeDiff(first, questionnaire), language: first.language, questionnaire: questionnaire)
        }
    }

    private func show(_ diff: RoundDiff, language: String, questionnaire: Questionnaire) throws(WizardFailure) {
        let text: String
        switch report.format {
        case .text:
            let width = StandardStream.isTerminal(STDOUT_FILENO) ? ReadlineTerminal.columns(of: STDOUT_FILENO) : 100
            text =
                RoundDiffSummary(
                    diff: diff, questionnaire: questionnaire, words: Self.words(language), language: language,
                    width: width
                ).render() + "\n"
        case .md:
            text = MarkdownDiffExporter(questionnaire: questionnaire, messages: Messages.in(language) ?? .english)
                .export(diff)
        case .json:
            let encoder = SessionStore.encoder()
            text = (try? encoder.encode(diff)).map { String(decoding: $0, as: UTF8.self) + "\n" } ?? ""
        }
        try report.write(text, what: .changes, messages: Messages.in(language) ?? .english)
    }

    /// The report words in the language of the session compared.
    private static func words(_ language: String) -> ReportMessages {
        (Messages.in(language) ?? .english).reports
    }

    /// The changes from the first session's rounds, or from it to the second file's.
    private func makeDiff(_ first: Session, _ questionnaire: Questionnaire) throws(WizardFailure) -> RoundDiff {
        let language = first.language
        let comparer = RoundComparer(questionnaire: questionnaire, language: first.language)
        if files.count == 2 {
            let second = try SessionLoading.load(URL(fileURLWithPath: files[1]), for: questionnaire)
            if first.answers["city-name"] != second.answers["city-name"] {
                StandardStream.error(Self.words(language).differentCities + "\n")
            }
            let diff = comparer.compare(
                first.currentRound, labelled: files[0], with: second.currentRound, labelled: files[1], numbered: false,
                sameSession: first.createdAt == second.createdAt)
            return diff
        }
        let rounds = first.rounds
        guard rounds.count > 1 || from != nil || to != nil else {
            throw .nothingToCompare(.oneRound(file: files[0]))
        }
        let later = to ?? rounds.count
        let earlier = from ?? later - 1
        for number in [later, earlier] where !(1...rounds.count).contains(number) {
            if number == 0 && to == 1 { throw .nothingToCompare(.beforeTheFirstRound) }
            throw .nothingToCompare(.noSuchRound(number, file: files[0], rounds: rounds.count))
        }
        guard earlier < later else {
            throw .nothingToCompare(.roundsInWrongOrder(earlier: earlier, later: later))
        }
        // The labels are the documents' (Markdown, JSON), in the session's language;
        // the screen names rounds in its own words.
        let plan = (Messages.in(language) ?? .english).plan
        return comparer.compare(
            rounds[earlier - 1], labelled: plan.round(earlier), with: rounds[later - 1], labelled: plan.round(later))
    }
}
