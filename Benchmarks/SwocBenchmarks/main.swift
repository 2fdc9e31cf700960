import Exporters
import Foundation
import PlanModel
import Storage

// swoc-benchmarks: times the work a user waits for and prints it beside the
// targets of issues 7 and 15. Run it with `swift run -c release swoc-benchmarks`
// (`--quick` times only match-making: the ranking in memory and the match
// command on portfolios of 1,000 and 10,000 session files, cold and warm;
// `--keep` leaves the generated portfolios in place and prints where, for a
// profiler to run the command on them).
// Tests never time anything; this does, and reports medians and ratios
// because the machine is noisy.

let quick = CommandLine.arguments.contains("--quick")
let keep = CommandLine.arguments.contains("--keep")
/// One line of the report: the name padded to a column, the figure, the verdict.
func row(_ name: String, _ figure: String, _ mark: String) -> String {
    name.padding(toLength: 70, withPad: " ", startingAt: 0) + figure + "  " + mark
}

/// A ratio of two medians beside its target: "10× the files costs 10.4×".
func ratioRow(_ what: String, _ ratio: Double, target: Double) -> String {
    row(
        "\(what): 10× the files costs", String(format: "%10.1f ×   ", ratio),
        ratio <= target ? "ok (target \(target)×)" : "MISSED (target \(target)×)")
}

@MainActor func record(_ result: Stopwatch.Result, target: Double? = nil) {
    let mark =
        target.map { result.median.milliseconds <= $0 ? "ok (target \($0) ms)" : "MISSED (target \($0) ms)" } ?? ""
    print(row(result.name, String(format: "%10.3f ms", result.median.milliseconds), mark))
}

let questionnaire = try Fixtures.questionnaire()
record(try Stopwatch.measure("load the built-in questionnaires") { _ = try Fixtures.questionnaire() })
let catalog = try Fixtures.loadCatalog(questionnaire)
record(try Stopwatch.measure("load the rule catalogue") { _ = try Fixtures.loadCatalog(questionnaire) })
let rulesFolder = Fixtures.root.appendingPathComponent("rules")
record(
    Stopwatch.measure("parse the rule files (a second core, at start)") {
        _ = ParsedRuleFiles.parse(directory: rulesFolder)
    })
let parsedRules = ParsedRuleFiles.parse(directory: rulesFolder)
record(
    try Stopwatch.measure("check the parsed rules against the questionnaire") {
        _ = try RuleCatalogLoader().load(directory: rulesFolder, questionnaire: questionnaire, parsed: parsedRules)
    })

let realistic = try Fixtures.realistic(questionnaire)
let large = try Fixtures.large(questionnaire)
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("swoc-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer {
    if keep {
        print("(the portfolios are kept in \(folder.path))")
    } else {
        try? FileManager.default.removeItem(at: folder)
    }
}

for (name, session) in quick ? [] : [("realistic", realistic), ("large, 500 SWOC entries", large)] {
    let url = folder.appendingPathComponent("\(name.prefix(5)).json")
    let parser = AnswerParser(language: "en", fallbackLanguage: "en")
    let question = questionnaire.question(id: "city-region")!
    var engine = WizardEngine(questionnaire: questionnaire, session: session)
    var counter = 0
    record(
        try Stopwatch.measure("answer one question and autosave (\(name))", runs: 31) {
            counter += 1
            guard case .success(let value) = parser.parse("Region \(counter)", for: question) else { return }
            engine.record(value, for: question.id, at: Date())
            engine.finish(question.id, at: Date())
            try SessionFile().save(engine.session, to: url)
        }, target: name == "realistic" ? nil : 5)
    record(
        try Stopwatch.measure("load a saved session (\(name))") {
            _ = try SessionFile(questionnaire: questionnaire).load(from: url)
        })
    record(
        Stopwatch.measure("compute the suggestions (\(name))") {
            _ = Suggestions(questionnaire: questionnaire, session: session, catalog: catalog)
        })
    // Each export is timed whole, as `swoc-wizard export` runs it: building the
    // document (suggestions included) and writing it. The large plan is padded
    // to 200 activities while it is built.
    let padding = name == "realistic" ? nil : 200
    let label = name == "realistic" ? name : "large, 500 entries and 200 activities"
    record(
        try Stopwatch.measure("build and export JSON (\(label))") {
            _ = try JSONPlanExporter().export(Fixtures.document(questionnaire, session, catalog, activities: padding))
        }, target: name == "realistic" ? nil : 50)
    record(
        Stopwatch.measure("build and export Markdown (\(label))") {
            _ = MarkdownPlanExporter(questionnaire: questionnaire)
                .export(Fixtures.document(questionnaire, session, catalog, activities: padding))
        }, target: name == "realistic" ? nil : 50)
    // The Word file: the Markdown pandoc is given (ours, with a target), then
    // the whole conversion, which is pandoc's own time (no target: it starts a
    // Haskell program and zips a document, some hundreds of milliseconds).
    record(
        Stopwatch.measure("build the Markdown for Word (\(label))") {
            _ = MarkdownPlanExporter(questionnaire: questionnaire, flavour: .word(timeline: "timeline.svg"))
                .export(Fixtures.document(questionnaire, session, catalog, activities: padding))
        }, target: name == "realistic" ? nil : 50)
    if let pandoc = Pandoc.find(path: ProcessInfo.processInfo.environment["PATH"]) {
        let exporter = WordPlanExporter(
            questionnaire: questionnaire, pandoc: Pandoc(executable: pandoc),
            data: Fixtures.root.appendingPathComponent("data/pandoc"))
        record(
            try Stopwatch.measure("build and export DOCX through pandoc (\(label))", runs: 5, warmUp: 1) {
                let document = Fixtures.document(questionnaire, session, catalog, activities: padding)
                _ = try exporter.export([PlanEdition(document)], timeline: nil)
            })
    }
    record(
        Stopwatch.measure("build and export HTML (\(label))") {
            _ = HTMLPlanExporter(questionnaire: questionnaire)
                .export(Fixtures.document(questionnaire, session, catalog, activities: padding))
        }, target: name == "realistic" ? nil : 50)
    record(
        try Stopwatch.measure("build and export CSV (\(label))") {
            _ = try CSVPlanExporter(questionnaire: questionnaire)
                .export(Fixtures.document(questionnaire, session, catalog, activities: padding))
        }, target: name == "realistic" ? nil : 50)
    record(
        Stopwatch.measure("build and export ICS (\(label))") {
            _ = CalendarPlanExporter(questionnaire: questionnaire, milestones: catalog.milestones)
                .export(Fixtures.document(questionnaire, session, catalog, activities: padding))
        }, target: name == "realistic" ? nil : 50)
}

// Match-making: the ranking itself (profiles in memory), then the whole command
// on a folder of session files, cold (every file read) and warm (profiles
// remembered), with the targets of issue 15.
let maker = MatchMaker(questionnaire: questionnaire, catalog: ReportPairCatalog(pairs: []))
let city = maker.profile(realistic)
var inMemory: [Int: Double] = [:]
for count in [1_000, 10_000] {
    let sessions = Fixtures.candidates(count, from: realistic, questionnaire)
    var profiles: [CandidateRanker.Candidate] = []
    record(
        Stopwatch.measure("build \(count) match profiles from sessions", runs: 3, warmUp: 1) {
            profiles = sessions.enumerated().map {
                CandidateRanker.Candidate(profile: maker.profile($0.element), source: "\($0.offset).json")
            }
        })

    let result = Stopwatch.measure("rank \(count) candidate profiles in memory", runs: 41, warmUp: 5) {
        _ = CandidateRanker(scorer: maker.scorer).rank(city, profiles)
    }
    record(result, target: count == 10_000 ? 1000 : nil)
    inMemory[count] = result.median.milliseconds
}
if let small = inMemory[1_000], let big = inMemory[10_000] {
    print(ratioRow("ranking in memory", big / small, target: 12))
}

let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
    "swoc-wizard")
if !FileManager.default.isExecutableFile(atPath: binary.path) {
    // `swift build --product swoc-benchmarks` builds only this program: build
    // the command it times next to it, in the same scratch folder.
    var scratch = binary.deletingLastPathComponent().deletingLastPathComponent()
    if scratch.lastPathComponent.contains("-unknown-") || scratch.lastPathComponent.contains("-apple-") {
        scratch = scratch.deletingLastPathComponent()
    }
    print("(building the release swoc-wizard in \(scratch.path) to time the match command)")
    let build = Process()
    build.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    build.arguments = [
        "swift", "build", "-c", "release", "--product", "swoc-wizard", "--scratch-path", scratch.path,
        "--package-path", Fixtures.root.path,
    ]
    build.standardOutput = FileHandle.nullDevice
    try build.run()
    build.waitUntilExit()
}
if FileManager.default.isExecutableFile(atPath: binary.path) {
    try PortfolioBenchmark(binary: binary, folder: folder, city: realistic, questionnaire: questionnaire).run()
} else {
    print("(build the release binary to time the match command: swift build -c release)")
}
