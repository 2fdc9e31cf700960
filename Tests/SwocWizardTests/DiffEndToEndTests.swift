import Foundation
import PlanModel
import Storage
import Testing

/// `swoc-wizard diff` on known rounds: which rounds, which formats, and the errors.
@Suite struct DiffEndToEndTests {
    let fixture = BuiltBinary.repositoryRoot.appendingPathComponent("Tests/Fixtures/sessions/manchester-wuhan-v1.json")

    /// A session with three rounds, revived through piped input.
    private func threeRounds(in directory: URL) throws {
        try FileManager.default.copyItem(at: fixture, to: directory.appendingPathComponent("mw.json"))
        // Round 2: change the first strength, then an empty line keeps every other answer to the end.
        let keepTheRest = String(repeating: "\n", count: 400)
        let second = try BuiltBinary.run(
            ["revive", "mw.json"], input: "Friendship since 1986, refreshed\n" + keepTheRest, in: directory)
        #expect(second.status == 0, "\(second.standardError)")
        #expect(second.standardError.contains("Every question has been dealt with"))
        // Round 3: drop the first strength (:drop works where the line cannot be cleared), stop.
        let third = try BuiltBinary.run(["revive", "mw.json"], input: ":drop\n", in: directory)
        #expect(third.status == 0, "\(third.standardError)")
        #expect(third.standardError.contains("Round 3 of this session"))
    }

    @Test func theLatestTwoRoundsOrAnyTwoAreCompared() throws {
        let directory = try BuiltBinary.workingDirectory()
        try threeRounds(in: directory)
        let latest = try BuiltBinary.run(["diff", "mw.json"], in: directory)
        #expect(latest.standardOutput.contains("What changed from round 2"))
        #expect(latest.standardOutput.contains("Strengths: 1 dropped, 3 kept"))
        let chosen = try BuiltBinary.run(["diff", "mw.json", "--from", "1", "--to", "2"], in: directory)
        #expect(chosen.standardOutput.contains("Strengths: 1 changed, 3 kept"))
        #expect(chosen.standardOutput.contains("now: Friendship since 1986, refreshed"))
        let whole = try BuiltBinary.run(["diff", "mw.json", "--from", "1"], in: directory)
        #expect(whole.standardOutput.contains("Strengths: 1 dropped, 3 kept"), "round 1 to the latest")
    }

    @Test func markdownAndJSONCarryTheSameChanges() throws {
        let directory = try BuiltBinary.workingDirectory()
        try threeRounds(in: directory)
        let markdown = try BuiltBinary.run(
            ["diff", "mw.json", "--from", "1", "--to", "2", "--format", "md"], in: directory)
        #expect(markdown.standardOutput.hasPrefix("# What changed: round 1 → round 2\n"))
        #expect(markdown.standardOutput.contains("## Strengths"))
        #expect(markdown.standardOutput.contains("- **Changed**: A friendship with Wuhan since 1986"))
        let json = try BuiltBinary.run(
            ["diff", "mw.json", "--format", "json", "--from", "1", "--to", "2"], in: directory)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let diff = try decoder.decode(RoundDiff.self, from: Data(json.standardOutput.utf8))
        #expect(diff.from.number == 1 && diff.to.number == 2)
        #expect(diff.quadrants[0].changed.map(\.after.text) == ["Friendship since 1986, refreshed"])
    }

    @Test func twoFilesAreComparedByTheirLatestRounds() throws {
        let directory = try BuiltBinary.workingDirectory()
        try FileManager.default.copyItem(at: fixture, to: directory.appendingPathComponent("old.json"))
        let example = BuiltBinary.repositoryRoot.appendingPathComponent("examples/manchester-wuhan.yaml").path
        try String(contentsOfFile: example, encoding: .utf8)
            .replacingOccurrences(of: "resource-level: moderate", with: "resource-level: lean")
            .write(to: directory.appendingPathComponent("new.yaml"), atomically: true, encoding: .utf8)
        _ = try BuiltBinary.run(["--answers", "new.yaml", "--session", "new.json"], in: directory)
        let result = try BuiltBinary.run(["diff", "old.json", "new.json"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("What changed from old.json"))
        #expect(result.standardOutput.contains("Strengths: 4 kept"))
        #expect(result.standardOutput.contains("    before: Moderate"))
        #expect(result.standardOutput.contains("    now: Lean"))
    }

    @Test func impossibleComparisonsAreExplained() throws {
        let directory = try BuiltBinary.workingDirectory()
        try FileManager.default.copyItem(at: fixture, to: directory.appendingPathComponent("one.json"))
        let single = try BuiltBinary.run(["diff", "one.json"], in: directory)
        #expect(single.status == 64)
        #expect(
            single.standardError.contains(
                "one.json has one round only. Start a new one with: swoc-wizard revive one.json"))
        try threeRounds(in: directory)
        let missing = try BuiltBinary.run(["diff", "mw.json", "--to", "7"], in: directory)
        #expect(missing.status == 64)
        #expect(missing.standardError.contains("has rounds 1 to 3; there is no round 7"))
        let mixed = try BuiltBinary.run(["diff", "mw.json", "one.json", "--from", "1"], in: directory)
        #expect(mixed.status == 64)
        #expect(mixed.standardError.contains("with two files, leave them out"))
    }

    @Test func aFileFromANewerVersionIsRefusedAndLeftAlone() throws {
        let directory = try BuiltBinary.workingDirectory()
        let file = directory.appendingPathComponent("future.json")
        let text = try String(contentsOf: fixture, encoding: .utf8)
            .replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 9")
        try text.write(to: file, atomically: true, encoding: .utf8)
        for command in [["resume", "future.json"], ["revive", "future.json"], ["diff", "future.json"]] {
            let result = try BuiltBinary.run(command, in: directory)
            #expect(result.status == 65)
            #expect(result.standardError.contains("was written by a newer swoc-wizard (format 9"))
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }
}

extension DiffEndToEndTests {
    @Test func anUnfinishedRevivalIsContinuedNotStackedAndResumesAtTheSWOC() throws {
        let directory = try BuiltBinary.workingDirectory()
        try FileManager.default.copyItem(at: fixture, to: directory.appendingPathComponent("mw.json"))
        // Enter keeps the first strength, its areas and its actor: the new round is saved.
        let first = try BuiltBinary.run(["revive", "mw.json"], input: "\n\n\n", in: directory)
        #expect(first.standardError.contains("Round 2 of this session"))
        #expect(first.standardError.contains("The five-year plan now starts in"))
        let again = try BuiltBinary.run(["revive", "mw.json"], input: "", in: directory)
        #expect(again.standardError.contains("is not finished yet; continuing it"))
        let resumed = try BuiltBinary.run(["resume", "mw.json"], input: "", in: directory)
        #expect(resumed.standardError.contains("Continuing the review round 2."))
        #expect(resumed.standardError.contains("Strength 1> [A friendship with Wuhan since 1986"))
        let session = try SessionFile().load(from: directory.appendingPathComponent("mw.json"))
        #expect(session.rounds.count == 2)
        let year = Calendar(identifier: .gregorian).component(.year, from: Date()) + 1
        #expect(session.answers["plan-start-year"] == .number(Double(year)))
        #expect(session.previousRounds[0].answers["plan-start-year"] == .number(2018), "round 1 keeps its plan")
    }

    @Test func reversedOrEqualRoundsAreRefused() throws {
        let directory = try BuiltBinary.workingDirectory()
        try threeRounds(in: directory)
        let reversed = try BuiltBinary.run(["diff", "mw.json", "--from", "2", "--to", "1"], in: directory)
        #expect(reversed.status == 64)
        #expect(reversed.standardError.contains("--from must name an earlier round than --to"))
        let first = try BuiltBinary.run(["diff", "mw.json", "--to", "1"], in: directory)
        #expect(first.standardError.contains("Round 1 is the first; nothing comes before it."))
    }

    @Test func unrelatedFilesAreComparedByTextNotByEntryIDs() throws {
        let directory = try BuiltBinary.workingDirectory()
        try threeRounds(in: directory)
        let rome = BuiltBinary.repositoryRoot.appendingPathComponent("Tests/Fixtures/match/rome.yaml")
        _ = try BuiltBinary.run(["--answers", rome.path, "--session", "rome.json"], in: directory)
        _ = try BuiltBinary.run(["revive", "rome.json"], input: "", in: directory)
        let result = try BuiltBinary.run(["diff", "mw.json", "rome.json"], in: directory)
        #expect(result.standardError.contains("these are sessions of two different cities"))
        #expect(!result.standardOutput.contains("~ "), "no entry of Manchester is shown as edited into one of Rome")
        #expect(result.standardOutput.contains("before: Manchester"))
    }
}
