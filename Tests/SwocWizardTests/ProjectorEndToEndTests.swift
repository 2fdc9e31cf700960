import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 13, "On the projector", on a real pseudo-terminal of 80×24 as a
/// projector gives: the profile and the strengths without a line longer than
/// the window, the question and the entry just typed still on the screen
/// when the 22 cooperation areas are listed, "?" to list them again, and
/// `:review` a window-full at a time.
@Suite struct ProjectorEndToEndTests {
    /// The lines of the screen as shown, escape codes and carriage returns removed.
    private func lines(_ screen: String) -> [Substring] {
        screen.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Lines the wizard printed longer than `width`. Lines with a prompt on
    /// them ("> ") hold what readline drew and what was typed; short answers
    /// are typed, so those fit too, and are checked with the rest.
    private func tooLong(_ screen: String, width: Int) -> [Substring] {
        lines(screen).filter { $0.displayWidth > width }
    }

    @Test func aWorkshopOnAnEightyByTwentyFourScreen() throws {
        let directory = try BuiltBinary.workingDirectory()
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["start", "--session", "lyon.json"], directory: directory,
            columns: 80, rows: 24)
        func answer(_ question: String, _ typed: String) throws {
            try wizard.expect(question)
            try wizard.expect("> ")
            wizard.type(typed + "\r")
        }
        try answer("What is the name of your city?", "Lyon")
        // :help's two columns fit the window too.
        try answer("Which country is your city in?", ":help")
        try wizard.expect("  :quit")
        try wizard.expect("> ")
        wizard.type("France\r")
        try answer("Is yours a European or a Chinese city?", "1")
        try answer("Which region or province", "Auvergne-Rhone-Alpes")
        try answer("Which office or team", "Europe and international office")
        try answer("How many people work on international relations", "5")
        try answer("Which quadruple-helix groups", "1,2")
        try answer("particular partner city?", "yes")
        try answer("partner city", "Suzhou")
        try answer("Which country", "China")
        try answer("year", "2015")
        try wizard.expect("> ")
        wizard.type("1\r")
        try wizard.expect("> ")
        wizard.type("1\r")
        try answer("how many people live in your city?", "")
        try answer("coastal or port city?", "")
        try answer("main economic sectors?", "")

        try answer("A strength your city brings", "University with a China institute")
        try wizard.expect("Areas (numbers or names, commas between; an empty line for none)> ")
        // The 22 areas are compact enough that the question and the entry stay in the window.
        let screen = lines(wizard.screen).suffix(24)
        #expect(screen.contains { $0.contains("A strength your city brings to a partnership") }, "\(screen)")
        #expect(screen.contains { $0.contains("Strength 1> University with a China institute") })
        #expect(screen.contains { $0.contains("22. Trade and investment") })

        // "?" lists them again and asks again.
        wizard.type("?\r")
        try wizard.expect("22. Trade and investment")
        try wizard.expect("Areas (numbers or names, commas between; an empty line for none)> ")
        wizard.type("1,15\r")
        try wizard.expect("Raised by (number or name; an empty line to skip)> ")
        wizard.type("2\r")
        try answer("Strength 2", "Port with a rail link to Chongqing")
        try wizard.expect("Areas (")
        wizard.type("6\r")
        try wizard.expect("Raised by (")
        wizard.type("3\r")
        try answer("Strength 3", "Film festival")
        try wizard.expect("Areas (")
        wizard.type("16\r")
        try wizard.expect("Raised by (")
        wizard.type("4\r")
        try wizard.expect("Strength 4> ")
        wizard.type("\r")
        // Which strengths matter most: the question stays next to the line it is answered on.
        try wizard.expect("Matter most> ")
        #expect(
            lines(wizard.screen).suffix(4).contains { $0.contains("Which of these strengths matter most?") },
            "the question is right above the prompt, below the entries listed")
        wizard.type("1\r")

        // The next quadrant reminds of the areas in one line.
        try answer("A weakness that could hold your city back", "Small team")
        try wizard.expect("Cooperation areas as listed before: ? lists them again")
        try wizard.expect("Areas (")
        wizard.type("\r")
        try wizard.expect("Raised by (")
        wizard.type("\r")
        try wizard.expect("Kind of obstacle")
        try wizard.expect("> ")
        wizard.type("\r")

        // :review is longer than the window: the first window-full, then "more".
        try wizard.expect("Weakness 2> ")
        wizard.type(":review\r")
        try wizard.expect("— more: Enter · q stops —")
        let firstPage = lines(wizard.screen).suffix(24)
        #expect(firstPage.contains { $0.contains("Answers so far:") }, "the listing's start still in view")
        wizard.type("\r")
        try wizard.expect("questions not answered yet.")
        try wizard.expect("Weakness 2> ")

        #expect(tooLong(wizard.screen, width: 80).isEmpty, "\(tooLong(wizard.screen, width: 80))")
        #expect(wizard.screen.contains("Port with a rail link to Chongqing [Port logistics; raised by Industry"))
        wizard.type(":quit\r")
        #expect(try wizard.waitForExit() == 0)
        #expect(tooLong(wizard.screen, width: 80).isEmpty, "the closing lines too")
    }

    /// A window made narrower mid-session is followed at once: what comes
    /// next is wrapped to the new width (the width is asked each time).
    @Test func aResizedWindowIsFollowed() throws {
        let directory = try BuiltBinary.workingDirectory()
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["start", "--session", "narrow.json"], directory: directory,
            columns: 80, rows: 24)
        try wizard.expect("What is the name of your city?")
        try wizard.expect("> ")
        wizard.resize(columns: 50, rows: 40)
        wizard.type("Lyon\r")
        try wizard.expect("Which country is your city in?")
        try wizard.expect("> ")
        wizard.type(":help\r")
        try wizard.expect(":quit")
        try wizard.expect("> ")
        let afterResize = wizard.screen.components(separatedBy: "> Lyon").last ?? ""
        let long = lines(afterResize).filter { $0.displayWidth > 50 }
        #expect(long.isEmpty, "\(long)")
        #expect(afterResize.contains("  :clear        remove the answer shown (in a"), "\(afterResize)")
        wizard.type(":quit\r")
        #expect(try wizard.waitForExit() == 0)
    }
}
