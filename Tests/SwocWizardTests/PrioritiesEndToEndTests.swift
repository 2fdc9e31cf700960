import Foundation
import PlanModel
import Storage
import Testing

/// Issue 13, "Priorities": on an 80×24 window, a team reviving its
/// partnership marks the strengths that matter most; the marks are saved and
/// the exported plan lists those strengths first, marked.
@Suite(.serialized) struct PrioritiesEndToEndTests {
    let fixture = BuiltBinary.repositoryRoot.appendingPathComponent("Tests/Fixtures/sessions/manchester-wuhan-v1.json")

    @Test func prioritiesChosenInTheWizardLeadThePlansSwoc() throws {
        let directory = try BuiltBinary.workingDirectory()
        let file = directory.appendingPathComponent("mw.json")
        try FileManager.default.copyItem(at: fixture, to: file)
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["revive", "mw.json"], directory: directory, columns: 80,
            rows: 24)
        try wizard.expect("Strength 1> A friendship with Wuhan")
        wizard.type(":keep\r")
        try wizard.expect("Strength 5> ")
        wizard.type("\r")
        try wizard.expect("Which of these strengths matter most? Up to 3 numbers")
        try wizard.expect("Matter most> ")
        wizard.type("2, 4\r")
        try wizard.expect("2 entries marked ★ as mattering most.")
        try wizard.expect("Weakness 1> ")
        wizard.type("\u{03}")
        #expect(try wizard.waitForExit() == 130)

        let session = try SessionFile().load(from: file)
        guard case .swocEntries(let strengths) = session.answers["strengths"] else {
            Issue.record("strengths missing")
            return
        }
        #expect(strengths.map(\.isPriority) == [false, true, false, true])

        let markdown = try BuiltBinary.run(["export", "mw.json", "--format", "md"], in: directory)
        #expect(markdown.status == 0, "\(markdown.standardError)")
        let text = markdown.standardOutput
        let heading = try #require(text.range(of: "### Strengths"))
        let list = text[heading.upperBound...].split(separator: "\n").filter { $0.hasPrefix("- ") }.prefix(4)
        #expect(list.map { String($0.prefix(6)) } == ["- ★ S2", "- ★ S4", "- S1 A", "- S3 A"])
    }
}
