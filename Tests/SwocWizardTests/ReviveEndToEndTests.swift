import Foundation
import PlanModel
import Storage
import Testing

/// A city reviving a partnership: the built wizard on a pseudo-terminal goes
/// through the earlier SWOC of a version 1 session file, keeping entries with one Enter,
/// editing one, dropping one and adding one; `diff` then reports exactly that.
@Suite(.serialized) struct ReviveEndToEndTests {
    let fixture = BuiltBinary.repositoryRoot.appendingPathComponent("Tests/Fixtures/sessions/manchester-wuhan-v1.json")

    @Test func aRevivalKeepsEditsDropsAndAddsEntriesAndDiffReportsIt() throws {
        let directory = try BuiltBinary.workingDirectory()
        let file = directory.appendingPathComponent("mw.json")
        try FileManager.default.copyItem(at: fixture, to: file)
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["revive", "mw.json"], directory: directory)
        try wizard.expect("Round 2 of this session. The last round started on 2017-03-01 with Deputy leader")

        // S1: keep, tags and all, with one Enter (issue 13).
        try wizard.expect("Strength 1> A friendship with Wuhan since 1986")
        wizard.type("\r")
        try wizard.expect("kept [raised by Government")
        // S2: edit; the cursor waits at the end of the earlier text.
        try wizard.expect("Strength 2> Council-funded bilingual staff")
        wizard.type(" (two people now)\r")
        try wizard.expect("Areas (")
        wizard.type("\r")
        try wizard.expect("Raised by (")
        wizard.type("\r")
        // S3: drop, by clearing the line.
        try wizard.expect("Strength 3> An industrial past")
        wizard.type("\u{15}\r")
        try wizard.expect("Removed: An industrial past")
        // S4: keep.
        try wizard.expect("Strength 3> Links already running")
        wizard.type("\r")
        try wizard.expect("kept [Sport, ")
        // A new one, then an empty line to move on.
        try wizard.expect("Strength 4> ")
        wizard.type("Football clubs known across China\r")
        try wizard.expect("Areas (")
        wizard.type("sport\r")
        try wizard.expect("Raised by (")
        wizard.type("3\r")
        try wizard.expect("Strength 5> ")
        wizard.type("\r")
        // Which matter most: none marked before, none now.
        try wizard.expect("Matter most> ")
        wizard.type("\r")
        try wizard.expect("Weakness 1> ")
        wizard.type("\u{03}")
        #expect(try wizard.waitForExit() == 130)

        let session = try SessionFile().load(from: file)
        #expect(session.roundNumber == 2)
        let original = try SessionFile().load(from: fixture)
        #expect(session.previousRounds[0].answers["city-name"] == original.answers["city-name"])
        guard case .swocEntries(let before) = session.previousRounds[0].answers["strengths"],
            case .swocEntries(let after) = session.answers["strengths"]
        else {
            Issue.record("strengths missing")
            return
        }
        #expect(before.count == 4, "the earlier round is kept as it was")
        #expect(after.map(\.text).count == 4)
        #expect(after[1].id == before[1].id)
        #expect(after[1].text.hasSuffix("(two people now)"))
        #expect(after[3] == SwocEntry(text: "Football clubs known across China", areas: ["sport"], actor: "industry"))
        #expect(!after.contains { $0.text.hasPrefix("An industrial past") })

        let diff = try BuiltBinary.run(["diff", "mw.json"], in: directory)
        #expect(diff.status == 0, "\(diff.standardError)")
        #expect(diff.standardOutput.contains("What changed from round 1 (2017-03-01) to round 2"))
        #expect(diff.standardOutput.contains("Strengths: 1 added, 1 changed, 1 dropped, 2 kept"))
        #expect(diff.standardOutput.contains("+ Football clubs known across China [Sport; raised by Industry"))
        #expect(diff.standardOutput.contains("- An industrial past"))
        #expect(diff.standardOutput.contains("Weaknesses: 3 kept"))
        #expect(diff.standardOutput.contains("+ new: Sport") == false, "sport was already named in round 1")

        let markdown = try BuiltBinary.run(["export", "mw.json", "--format", "md"], in: directory)
        #expect(markdown.standardOutput.contains("## What changed since 2017-03-01"))
        #expect(markdown.standardOutput.contains("- **Added**: Football clubs known across China"))
    }

    /// Issue 13, "keep the rest": on an 80×24 window, `:keep` at the first
    /// strength and the first weakness keeps both lists as they were, and the
    /// team goes straight to new entries.
    @Test func keepTheRestInARevivalOnANarrowWindow() throws {
        let directory = try BuiltBinary.workingDirectory()
        let file = directory.appendingPathComponent("mw.json")
        try FileManager.default.copyItem(at: fixture, to: file)
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["revive", "mw.json"], directory: directory, columns: 80,
            rows: 24)
        try wizard.expect("Strength 1> A friendship with Wuhan")
        wizard.type(":keep\r")
        try wizard.expect("Kept the 4 remaining earlier entries as they were.")
        try wizard.expect("Strength 5> ")
        wizard.type("\r")
        try wizard.expect("Matter most> ")
        wizard.type(":skip\r")
        try wizard.expect("Weakness 1> The 1986 agreement")
        wizard.type(":keep\r")
        try wizard.expect("Kept the 3 remaining earlier entries as they were.")
        try wizard.expect("Weakness 4> ")
        wizard.type("\r")
        try wizard.expect("Matter most> ")
        wizard.type("\r")
        try wizard.expect("Opportunity 1> ")
        wizard.type("\u{03}")
        #expect(try wizard.waitForExit() == 130)

        let session = try SessionFile().load(from: file)
        for quadrant in ["strengths", "weaknesses"] {
            #expect(session.answers[quadrant] == session.previousRounds[0].answers[quadrant], "\(quadrant) kept")
        }
        #expect(session.finished.contains("strengths") && session.finished.contains("weaknesses"))
    }
}
