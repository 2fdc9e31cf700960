import Foundation
import PlanModel
import Storage
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Job control on a real terminal. Readline's own signal handling is off
/// (issue 14, item 9), so the wizard gives the terminal back itself.
@Suite(.serialized) struct SuspendEndToEndTests {
    /// Issue 14, lesser items: after Ctrl-Z and `fg` the prompt and the
    /// half-typed text were not shown again, so the person did not know the
    /// wizard was waiting, or for what.
    ///
    /// The test is not a shell with job control, so the system discards the
    /// stop that follows Ctrl-Z (the wizard's process group has no shell to
    /// continue it) and the wizard goes on at once, as after an immediate
    /// `fg`; SIGSTOP then gives a real stop, and SIGCONT continues it.
    @Test func afterCtrlZAndContinuingThePromptAndTheHalfTypedTextComeBack() throws {
        let directory = try BuiltBinary.workingDirectory()
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["--session", "s.json"], directory: directory)
        try wizard.expect("What is the name of your city?")
        try wizard.expect("> ")
        wizard.type("Manch")
        try wizard.expect("Manch")
        wizard.type("\u{1A}")  // Ctrl-Z
        try wizard.expect("> Manch")
        #expect(wizard.terminalIsRestored == false, "readline has the terminal again")
        wizard.send(SIGSTOP)
        wizard.send(SIGCONT)
        try wizard.expect("> Manch")
        // The line is still being edited where it was.
        wizard.type("ester\r")
        try wizard.expect("Which country")
        try wizard.expect("> ")
        wizard.type(":quit\r")
        #expect(try wizard.waitForExit() == 0)
        let session = try SessionFile().load(from: directory.appendingPathComponent("s.json"))
        #expect(session.answers["city-name"] == .text("Manchester"))
    }

    /// SIGTERM at a prompt still ends the wizard with the terminal in its
    /// normal mode (echo on), as readline did when it handled the signal.
    @Test func terminatingAtAPromptGivesTheTerminalBack() throws {
        let directory = try BuiltBinary.workingDirectory()
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["--session", "s.json"], directory: directory)
        try wizard.expect("What is the name of your city?")
        try wizard.expect("> ")
        wizard.type("Bre")
        try wizard.expect("Bre")
        #expect(wizard.terminalIsRestored == false)
        wizard.send(SIGTERM)
        #expect(try wizard.waitForExit() == 128 + SIGTERM)
        #expect(wizard.terminalIsRestored)
    }
}
