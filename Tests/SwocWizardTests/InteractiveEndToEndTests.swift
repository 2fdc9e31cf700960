import Foundation
import PlanModel
import Storage
import Testing

/// Drives the built `swoc-wizard` on a real pseudo-terminal, typing as a
/// workshop facilitator would: answers, Tab, :back, an edited earlier answer,
/// Ctrl-C, then `resume` to the end.
@Suite(.serialized) struct InteractiveEndToEndTests {
    @Test func aSessionInterruptedWithCtrlCResumesToTheEnd() throws {
        let directory = try BuiltBinary.workingDirectory()
        let sessionFile = directory.appendingPathComponent("rome.json")
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["--session", "rome.json"], directory: directory)

        try wizard.expect("saved after every question to: rome.json")
        try wizard.expect("What is the name of your city?")
        wizard.type("Rome\r")
        try wizard.expect("Which country")
        wizard.type("Italy\r")
        try wizard.expect("European or a Chinese city?")
        wizard.type("eur\r")
        try wizard.expect("Which region")
        wizard.type("Lazio\r")
        try wizard.expect("international relations?")
        wizard.type(":back\r")
        // The earlier answer is back on the line; Ctrl-A jumps to its start to edit it.
        try wizard.expect("Which region")
        try wizard.expect("> Lazio")
        wizard.type("\u{01}Region of \r")
        try wizard.expect("international relations?")
        wizard.type("Department of International Relations\r")
        try wizard.expect("How many people")
        wizard.type("6\r")
        try wizard.expect("quadruple-helix groups")
        try wizard.expect("> ")
        // Tab completes a unique beginning of a choice name.
        wizard.type("Gov\t")
        try wizard.expect("Government (city council and public offices)")
        wizard.type(", acad\t\r")
        try wizard.expect("particular partner city?")
        wizard.type("y\r")
        try wizard.expect("name of the partner city?")
        wizard.type("Yantai 烟台\r")
        try wizard.expect("Which country is the partner city in?")
        wizard.type("China\r")
        try wizard.expect("In which year")
        wizard.type("2016\r")
        try wizard.expect("Which rung")
        wizard.type("mou\r")
        try wizard.expect("describe the partnership today?")
        wizard.type("act\r")
        // The city facts for match-making are optional: Enter leaves each out.
        for question in ["how many people live in your city?", "coastal or port city?", "main economic sectors?"] {
            try wizard.expect(question)
            try wizard.expect("> ")
            wizard.type("\r")
        }
        try wizard.expect("Strength 1> ")
        wizard.type("Film studios and a living cultural heritage\r")
        try wizard.expect("Areas (")
        wizard.type("Cult\t\r")
        try wizard.expect("Raised by (")
        wizard.type("2\r")
        try wizard.expect("Strength 2> ")
        wizard.type("\r")
        try wizard.expect("Weakness 1> ")
        wizard.type("\u{03}")
        try wizard.expect("To continue later:  swoc-wizard resume rome.json")
        #expect(try wizard.waitForExit() == 130)

        var session = try SessionFile().load(from: sessionFile)
        #expect(session.answers["city-region"] == .text("Region of Lazio"))
        #expect(session.answers["helix-involved"] == .texts(["government", "academia"]))
        #expect(session.answers["partner-name"] == .text("Yantai 烟台"))
        #expect(session.answers["partner-year"] == .number(2016))
        #expect(
            session.answers["strengths"]
                == .swocEntries([
                    SwocEntry(
                        text: "Film studios and a living cultural heritage", areas: ["culture-tourism"],
                        actor: "academia")
                ]))
        #expect(session.completedAt == nil)

        let resumed = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["resume", "rome.json"], directory: directory)
        try resumed.expect("Weakness 1> ")
        resumed.type("Few staff speak Chinese\r")
        try resumed.expect("Areas (")
        resumed.type("\r")
        try resumed.expect("Raised by (")
        resumed.type("gov\r")
        // Every remaining question: Enter, and the first choice where an answer is required.
        var finished = false
        for _ in 0..<200 {
            let seen = try resumed.expect(["> ", "needs an answer", "Every question has been dealt with"])
            if seen == "Every question has been dealt with" {
                finished = true
                break
            }
            if seen == "needs an answer" {
                try resumed.expect("> ")
                resumed.type("1\r")
            } else {
                resumed.type("\r")
            }
        }
        #expect(finished)
        try resumed.expect("swoc-wizard export rome.json --format html --output plan.html")
        #expect(resumed.screen.contains("== Suggestions =="))
        #expect(resumed.screen.contains("Next agreement: "))
        #expect(resumed.screen.contains("Health check (the five characteristics, report §3):"))
        #expect(try resumed.waitForExit() == 0)

        session = try SessionFile().load(from: sessionFile)
        #expect(session.completedAt != nil)
        #expect(session.answers["city-name"] == .text("Rome"))
        #expect(
            session.answers["weaknesses"]
                == .swocEntries([
                    // Enter accepted the guessed obstacle kind (issue 10): "speak Chinese" is about language.
                    SwocEntry(text: "Few staff speak Chinese", actor: "government", obstacles: ["language-culture"])
                ]))
        #expect(session.answers["resource-level"] == .text("lean"))
        #expect(session.answers["plan-start-year"] == .number(2027), "the default was accepted with Enter")
        let attributes = try FileManager.default.attributesOfItem(atPath: sessionFile.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func ctrlDOnAnEmptyLineSavesAndSaysHowToResume() throws {
        let directory = try BuiltBinary.workingDirectory()
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["--session", "bonn.json"], directory: directory)
        try wizard.expect("What is the name of your city?")
        wizard.type("Bonn\r")
        try wizard.expect("Which country")
        // Wait for readline's prompt: a Ctrl-D typed before readline takes the
        // terminal would be read by the terminal driver as end-of-file and lost.
        try wizard.expect("> ")
        wizard.type("\u{04}")
        try wizard.expect("swoc-wizard resume bonn.json")
        #expect(try wizard.waitForExit() == 0)
        let session = try SessionFile().load(from: directory.appendingPathComponent("bonn.json"))
        #expect(session.answers["city-name"] == .text("Bonn"))
    }

    @Test func aWrongChoiceIsExplainedAndAskedAgain() throws {
        let directory = try BuiltBinary.workingDirectory()
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["--session", "s.json"], directory: directory)
        try wizard.expect("What is the name of your city?")
        wizard.type(":goto 4\r")
        try wizard.expect("Step 4 of 4")
        try wizard.expect("> ")
        wizard.type("nonsense\r")
        try wizard.expect("is not one of the choices")
        try wizard.expect("> ")
        wizard.type(":quit\r")
        #expect(try wizard.waitForExit() == 0)
    }
}
