import Foundation
import Testing

/// Issue 10, "The rules as a catalogue", through the real binary: `--rules`
/// uses another copy of the rule files; a broken copy stops every command
/// that builds a plan before the first question (exit 78, every problem with
/// its file and line), an edited copy changes the plan, and a questionnaire
/// without a question the rules read names the rules that can no longer apply.
@Suite struct RulesEndToEndTests {
    static let rules = BuiltBinary.repositoryRoot.appendingPathComponent("rules")
    static let questionnaires = BuiltBinary.repositoryRoot.appendingPathComponent("questionnaires")

    /// A copy of `rules/` in `directory`, with each (file, old, new) change made once.
    private func rulesCopy(
        in directory: URL, named name: String = "my-rules", changing changes: [(String, String, String)]
    ) throws -> URL {
        let copy = directory.appendingPathComponent(name)
        try FileManager.default.copyItem(at: Self.rules, to: copy)
        for (file, old, new) in changes {
            let url = copy.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let found = try #require(text.range(of: old), "\"\(old)\" not in \(file)")
            try text.replacingCharacters(in: found, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
        return copy
    }

    /// The 1-based line of the first `text` in a rule file.
    private func line(of text: String, in file: URL) throws -> Int {
        let contents = try String(contentsOf: file, encoding: .utf8)
        let found = try #require(contents.range(of: text))
        return contents[..<found.lowerBound].filter { $0 == "\n" }.count + 1
    }

    /// A session made from an answers file, without a question asked.
    private func session(
        in directory: URL, answers: String, arguments extra: [String] = []
    ) throws -> BuiltBinary.Result {
        try answers.write(to: directory.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        return try BuiltBinary.run(["--answers", "a.yaml", "--session", "s.json"] + extra, in: directory)
    }

    static let noPartner =
        "city-name: Testville\ncity-country: Testland\ncity-side: european\nhas-partner: no\nresource-level: lean\n"

    /// Two mistakes in two files: both are listed, each with its file and line,
    /// and no command that needs the plan starts.
    @Test func aBrokenRulesFolderStopsEveryCommandBeforeAnyQuestion() throws {
        let directory = try BuiltBinary.workingDirectory()
        #expect(try session(in: directory, answers: Self.noPartner).status == 0)
        let broken = try rulesCopy(
            in: directory, named: "broken",
            changing: [
                ("activities.yaml", "title:\n    en: \"Find a partner city\"", "title:\n    en: \"Find a {partnr}\""),
                ("warnings.yaml", "{fact: dormant}", "{fact: sleeping}"),
            ])
        let titleLine = try line(of: "en: \"Find a {partnr}\"", in: broken.appendingPathComponent("activities.yaml"))
        let warningLine = try line(of: "{fact: sleeping}", in: broken.appendingPathComponent("warnings.yaml"))
        let runs: [[String]] = [
            ["--rules", "broken", "--session", "new.json"],
            ["suggest", "s.json", "--rules", "broken"],
            ["export", "s.json", "--format", "md", "--rules", "broken"],
            ["export", "s.json", "--format", "json", "--output", "plan.json", "--rules", "broken"],
        ]
        for arguments in runs {
            let result = try BuiltBinary.run(arguments, input: "Rome\nItaly\n", in: directory)
            #expect(result.status == 78, "\(arguments): \(result.standardError)")
            #expect(result.standardError.contains("The plan's rules in broken have 2 problems"), "\(arguments)")
            #expect(
                result.standardError.contains(
                    "broken/activities.yaml:\(titleLine): activity \"find-partner\" title (en): unknown detail "
                        + "{partnr} (known: city, partner, "), "\(arguments): \(result.standardError)")
            #expect(
                result.standardError.contains(
                    "broken/warnings.yaml:\(warningLine): warning \"dormant-partnership\": unknown fact \"sleeping\""),
                "\(arguments): \(result.standardError)")
            // Before any question, and before anything is written.
            #expect(!result.standardOutput.contains("Your answers are saved"), "\(arguments)")
            #expect(!result.standardOutput.contains("City"), "\(arguments)")
        }
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("new.json").path))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("plan.json").path))
    }

    @Test func aMissingRulesFolderIsAConfigurationError() throws {
        let directory = try BuiltBinary.workingDirectory()
        #expect(try session(in: directory, answers: Self.noPartner).status == 0)
        let result = try BuiltBinary.run(["suggest", "s.json", "--rules", "nowhere"], in: directory)
        #expect(result.status == 78)
        #expect(result.standardError.contains("nowhere/manifest.yaml"), "\(result.standardError)")
    }

    /// A facilitator's edited copy changes the plan: the retitled rule shows
    /// its new title, and the built-in rules still show the old one.
    @Test func anEditedRulesFolderChangesThePlan() throws {
        let directory = try BuiltBinary.workingDirectory()
        #expect(try session(in: directory, answers: Self.noPartner).status == 0)
        _ = try rulesCopy(
            in: directory,
            changing: [
                (
                    "activities.yaml", "title:\n    en: \"Find a partner city\"",
                    "title:\n    en: \"Find a twin city for {city}\""
                )
            ])
        let edited = try BuiltBinary.run(["export", "s.json", "--format", "md", "--rules", "my-rules"], in: directory)
        #expect(edited.status == 0, "\(edited.standardError)")
        #expect(edited.standardOutput.contains("Find a twin city for Testville"))
        let suggested = try BuiltBinary.run(["suggest", "s.json", "--rules", "my-rules"], in: directory)
        #expect(suggested.standardOutput.contains("Find a twin city for Testville (§1.2)"))
        let builtIn = try BuiltBinary.run(["export", "s.json", "--format", "md"], in: directory)
        #expect(builtIn.standardOutput.contains("Find a partner city"))
        #expect(!builtIn.standardOutput.contains("twin city"))
    }

    /// A new rule added by a facilitator (here: for a city whose strongest area
    /// is sport) appears in the plan, with its source.
    @Test func anAddedRuleAppearsInThePlan() throws {
        let directory = try BuiltBinary.workingDirectory()
        let answers = """
            city-name: Testville
            city-country: Testland
            city-side: european
            has-partner: yes
            partner-name: Yantai
            resource-level: moderate
            shared-areas: [sport]

            """
        #expect(try session(in: directory, answers: answers).status == 0)
        let rule = """

            - id: sports-exchange
              when: {fact: ranked-areas, includes: sport}
              year: 3
              stream: culture
              lead: civil-society
              cost: low
              characteristic: human-factors
              source: "§2.2.1"
              title:
                en: "Youth sports tournament with {partner}"
              description:
                en: "Teams from both cities play each other."
              indicator:
                en: "Teams taking part"
              reason:
                en: "Sport is a shared area."

            """
        let copy = try rulesCopy(in: directory, changing: [])
        let file = copy.appendingPathComponent("activities.yaml")
        try (String(contentsOf: file, encoding: .utf8) + rule).write(to: file, atomically: true, encoding: .utf8)
        let result = try BuiltBinary.run(
            ["export", "s.json", "--format", "json", "--rules", "my-rules"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("\"rule\" : \"sports-exchange\""))
        #expect(result.standardOutput.contains("Youth sports tournament with Yantai"))
    }

    /// Issue 10: "A facilitator who removes `resource-level` from the
    /// questionnaire silently loses every lean and well-funded activity." Now
    /// the wizard says which rules can no longer apply, and only those.
    @Test func aQuestionnaireWithoutAQuestionTheRulesReadNamesTheRulesItSilences() throws {
        let directory = try BuiltBinary.workingDirectory()
        let questions = directory.appendingPathComponent("my-questions")
        try FileManager.default.copyItem(at: Self.questionnaires, to: questions)
        let step = questions.appendingPathComponent("step-4-delivery.yaml")
        let text = try String(contentsOf: step, encoding: .utf8)
        let start = try #require(text.range(of: "  - id: resource-level\n"))
        let end = try #require(text.range(of: "  - id: political-support\n"))
        try text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "").write(
            to: step, atomically: true, encoding: .utf8)
        let answers =
            "city-name: Testville\ncity-country: Testland\ncity-side: european\nhas-partner: yes\npartner-name: Yantai\n"
        let made = try session(in: directory, answers: answers, arguments: ["--questionnaire", "my-questions"])
        #expect(made.status == 0, "\(made.standardError)")
        let result = try BuiltBinary.run(["suggest", "s.json", "--questionnaire", "my-questions"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        let note = try #require(
            result.standardError.split(separator: "\n").first { $0.hasPrefix("Note: with this questionnaire") })
        for id in ["low-cost-upkeep", "junior-official-training", "partner-city-office", "budget-beyond-upkeep"] {
            #expect(note.contains(id), "\(note)")
        }
        // "Not lean" holds for everyone when nobody is asked: that rule still applies.
        #expect(!note.contains("delegation-exchange"))
        let plan = try BuiltBinary.run(
            ["export", "s.json", "--format", "json", "--questionnaire", "my-questions"], in: directory)
        #expect(plan.standardOutput.contains("\"rule\" : \"delegation-exchange\""))
        #expect(!plan.standardOutput.contains("\"rule\" : \"low-cost-upkeep\""))
        // With the built-in questionnaire, no note.
        let plain = try BuiltBinary.run(["suggest", "s.json"], in: directory)
        #expect(!plain.standardError.contains("Note: with this questionnaire"))
    }
}
