import Foundation
import PlanModel
import Testing

/// Copies of the shipped `rules/` folder with one thing broken, for the load
/// checks: each copy changes one line of one rule, so a test sees exactly the
/// problem it made, at a line it knows.
enum BrokenRules {
    /// What loading a broken copy reported, and the line the change starts on.
    struct Outcome {
        var problems: [QuestionnaireProblem]
        var line: Int
        /// The line of `- id: ENTRY`, where problems of the whole rule are reported.
        var entryLine: Int?
        var directory: URL
    }

    /// A temporary copy of the shipped catalogue.
    static func copy() throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("swoc-rules-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TestRules.directory, to: directory)
        return directory
    }

    /// In `file` of a copy, replaces the first `old` inside the entry `- id: ID`
    /// (the whole file when `entry` is nil) with `new`, and loads the copy.
    /// The change must be found, so a renamed rule cannot turn a test into one
    /// that checks nothing.
    static func load(
        _ file: String, entry: String? = nil, replacing old: String, with new: String,
        questionnaire: Questionnaire, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Outcome {
        let directory = try copy()
        let url = directory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        var searchRange = text.startIndex..<text.endIndex
        var entryLine: Int?
        if let entry {
            let start = try #require(
                text.range(of: "- id: \(entry)\n"), "no entry \(entry) in \(file)", sourceLocation: sourceLocation)
            let end = text.range(of: "\n- id:", range: start.upperBound..<text.endIndex)?.lowerBound ?? text.endIndex
            searchRange = start.lowerBound..<end
            entryLine = text[..<start.lowerBound].filter { $0 == "\n" }.count + 1
        }
        let found = try #require(
            text.range(of: old, range: searchRange), "\"\(old)\" not found in \(file)", sourceLocation: sourceLocation)
        let changed = text.replacingCharacters(in: found, with: new)
        try changed.write(to: url, atomically: true, encoding: .utf8)
        let line = text[..<found.lowerBound].filter { $0 == "\n" }.count + 1
        do {
            _ = try RuleCatalogLoader().load(directory: directory, questionnaire: questionnaire)
            return Outcome(problems: [], line: line, entryLine: entryLine, directory: directory)
        } catch {
            return Outcome(problems: error.problems, line: line, entryLine: entryLine, directory: directory)
        }
    }
}
