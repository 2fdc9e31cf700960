import Foundation
import PlanModel
import Storage
import Testing

/// Issue 14, item 6, on a real readline terminal: the earlier answer is on
/// the line, the person types a command after it without clearing the line,
/// and the wizard carries out the command instead of saving "…:drop" or
/// "Manchester:quit" as the answer.
@Suite(.serialized) struct PrefilledCommandEndToEndTests {
    let fixture = BuiltBinary.repositoryRoot.appendingPathComponent("Tests/Fixtures/sessions/manchester-wuhan-v1.json")

    @Test func quitTypedAfterThePrefilledCityQuitsAndKeepsTheCity() throws {
        let directory = try BuiltBinary.workingDirectory()
        let file = directory.appendingPathComponent("mw.json")
        try FileManager.default.copyItem(at: fixture, to: file)
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["resume", "mw.json", "--step", "0"], directory: directory)
        try wizard.expect("> Manchester")
        wizard.type(":quit\r")
        try wizard.expect("To continue later:  swoc-wizard resume mw.json")
        #expect(try wizard.waitForExit() == 0)
        #expect(try SessionFile().load(from: file).answers["city-name"] == .text("Manchester"))
    }

    @Test func dropTypedAfterAnEarlierEntryRemovesIt() throws {
        let directory = try BuiltBinary.workingDirectory()
        let file = directory.appendingPathComponent("mw.json")
        try FileManager.default.copyItem(at: fixture, to: file)
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["revive", "mw.json"], directory: directory)
        try wizard.expect("Strength 1> A friendship with Wuhan since 1986")
        wizard.type(":drop\r")
        try wizard.expect("Removed: A friendship with Wuhan since 1986")
        // The full-width colon of a Chinese input method works the same way.
        try wizard.expect("Strength 1> Council-funded bilingual staff")
        wizard.type("：quit\r")
        try wizard.expect("To continue later:  swoc-wizard resume mw.json")
        #expect(try wizard.waitForExit() == 0)

        let session = try SessionFile().load(from: file)
        guard case .swocEntries(let entries) = session.answers["strengths"] else {
            Issue.record("strengths missing")
            return
        }
        #expect(entries.count == 3)
        #expect(!entries.contains { $0.text.hasPrefix("A friendship with Wuhan") })
        #expect(entries[0].text.hasPrefix("Council-funded bilingual staff"))
        #expect(!entries.contains { $0.text.contains(":drop") || $0.text.contains("quit") })
    }
}
