import Foundation
import PlanModel
import Storage
import Testing

/// Issue 14, item 11 (the line editor's part): an earlier answer in a
/// session file holding escape codes (window title, clear screen) is put on
/// the line to edit without them, by readline on a terminal and by the plain
/// prompt for piped input.
@Suite(.serialized) struct EscapeCodesOnTheLineEndToEndTests {
    static let hostileCity = "Evil\u{1B}]0;TITLE\u{07}\u{1B}[2JCity"

    /// The Manchester session with a city name that drives the terminal.
    private func hostileSession(in directory: URL) throws -> URL {
        let fixture = BuiltBinary.repositoryRoot.appendingPathComponent(
            "Tests/Fixtures/sessions/manchester-wuhan-v1.json")
        var json = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: fixture)) as? [String: Any])
        var answers = try #require(json["answers"] as? [String: Any])
        answers["city-name"] = Self.hostileCity
        json["answers"] = answers
        let file = directory.appendingPathComponent("evil.json")
        try JSONSerialization.data(withJSONObject: json).write(to: file)
        return file
    }

    @Test func readlineShowsTheEarlierAnswerWithoutItsEscapeCodes() throws {
        let directory = try BuiltBinary.workingDirectory()
        let file = try hostileSession(in: directory)
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["resume", "evil.json", "--step", "0"], directory: directory)
        try wizard.expect("> EvilCity")
        // The command typed after the cleaned text still counts (item 6).
        wizard.type(":quit\r")
        #expect(try wizard.waitForExit() == 0)
        #expect(!wizard.rawOutput.contains("\u{1B}]0;"), "the window title was set")
        #expect(!wizard.rawOutput.contains("\u{1B}[2J"), "the screen was cleared")
        #expect(!wizard.screen.contains("^["), "the escape codes were shown as text")
        // Nothing was typed, so the file keeps what it had.
        #expect(try SessionFile().load(from: file).answers["city-name"] == .text(Self.hostileCity))
    }

    @Test func thePlainPromptShowsTheEarlierAnswerWithoutItsEscapeCodes() throws {
        let directory = try BuiltBinary.workingDirectory()
        _ = try hostileSession(in: directory)
        let result = try BuiltBinary.run(["resume", "evil.json", "--step", "0"], input: ":quit\n", in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("> [EvilCity] "))
        #expect(!result.standardError.contains("\u{1B}"))
    }
}
