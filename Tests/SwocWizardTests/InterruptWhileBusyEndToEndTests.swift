import Foundation
import PlanModel
import Storage
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 14, item 8: Ctrl-C must be able to stop the wizard while it is busy
/// and not at a prompt. A second Ctrl-C before the first was acted on stops
/// it at once (every answer is already saved atomically).
@Suite struct InterruptWhileBusyEndToEndTests {
    /// The wizard is kept busy writing a long `:review` to a terminal that
    /// has stopped reading, the way a frozen terminal window or a paused
    /// projector would; before the fix it stayed blocked through any number
    /// of Ctrl-Cs.
    @Test func aSecondCtrlCStopsAWizardThatIsBusy() throws {
        let directory = try BuiltBinary.workingDirectory()
        let entry = String(repeating: "A long strength written out in full detail. ", count: 10)
        let strengths = (1...2_000).map { "  - \"\(entry)\($0)\"" }.joined(separator: "\n")
        let answers = directory.appendingPathComponent("big.yaml")
        try Data(
            "city-name: Ghent\ncity-country: Belgium\ncity-side: european\nresource-level: lean\nhas-partner: false\nstrengths:\n\(strengths)\n"
                .utf8
        ).write(to: answers)
        let made = try BuiltBinary.run(["--answers", answers.path, "--session", "s.json"], in: directory)
        #expect(made.status == 0, "\(made.standardError)")

        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["resume", "s.json", "--step", "1"], directory: directory)
        try wizard.expect("Strength 1> ")
        wizard.type("\u{15}:review\r")  // Ctrl-U clears the earlier entry shown on the line
        try wizard.expect("Answers so far:")
        try wizard.expect("A long strength")
        // From here nothing reads the terminal, so the review fills it and the wizard blocks writing.
        kill(wizard.pid, SIGINT)
        usleep(50_000)
        kill(wizard.pid, SIGINT)
        var status: Int32 = 0
        var exited = false
        for _ in 0..<500 where !exited {
            exited = waitpid(wizard.pid, &status, WNOHANG) == wizard.pid
            if !exited { usleep(20_000) }
        }
        #expect(exited, "the wizard was still running after two Ctrl-Cs")
        if exited { #expect((status >> 8) & 0xFF == 130) }
        let session = try SessionFile().load(from: directory.appendingPathComponent("s.json"))
        guard case .swocEntries(let kept) = session.answers["strengths"] else {
            Issue.record("the strengths are gone")
            return
        }
        #expect(kept.count == 2_000)
    }
}
