import Foundation
import PlanModel
import Storage
import Testing

/// The built binary without a terminal: piped answers, answers files, export,
/// and the exit status of each failure.
@Suite struct CommandLineEndToEndTests {
    @Test func pipedAnswersAreReadLineByLineAndStdoutStaysClean() throws {
        let directory = try BuiltBinary.workingDirectory()
        let result = try BuiltBinary.run(
            ["--session", "piped.json"], input: "Bonn\nGermany\neuropean\nNorth Rhine-Westphalia\n\n\n\nno\n",
            in: directory)
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("What is the name of your city?"))
        #expect(result.standardError.contains("To continue later:  swoc-wizard resume piped.json"))
        let session = try SessionFile().load(from: directory.appendingPathComponent("piped.json"))
        #expect(session.answers["city-name"] == .text("Bonn"))
        #expect(session.answers["city-region"] == .text("North Rhine-Westphalia"))
        #expect(session.answers["has-partner"] == .flag(false))
        #expect(session.finished.count == 8)
    }

    @Test func pipedResumeContinuesWhereTheLastRunStopped() throws {
        let directory = try BuiltBinary.workingDirectory()
        _ = try BuiltBinary.run(["--session", "s.json"], input: "Essen\n", in: directory)
        let result = try BuiltBinary.run(["resume", "s.json"], input: "Germany\n", in: directory)
        #expect(result.status == 0)
        #expect(!result.standardError.contains("What is the name of your city?"))
        let session = try SessionFile().load(from: directory.appendingPathComponent("s.json"))
        #expect(session.answers["city-name"] == .text("Essen"))
        #expect(session.answers["city-country"] == .text("Germany"))
    }

    @Test func pipedRevisitsKeepEarlierAnswersOnAnEmptyLine() throws {
        let directory = try BuiltBinary.workingDirectory()
        _ = try BuiltBinary.run(["--session", "s.json"], input: "Bonn\nGermany\neuropean\nNRW\n", in: directory)
        let result = try BuiltBinary.run(["resume", "s.json", "--step", "0"], input: "\n\n\n\n", in: directory)
        #expect(result.status == 0)
        #expect(result.standardError.contains("> [Bonn] "))
        let session = try SessionFile().load(from: directory.appendingPathComponent("s.json"))
        #expect(session.answers["city-name"] == .text("Bonn"))
        #expect(session.answers["city-region"] == .text("NRW"))
    }

    @Test func sessionPathsThatNameNoFileAreRefused() throws {
        let directory = try BuiltBinary.workingDirectory()
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("folder"), withIntermediateDirectories: false)
        let folder = try BuiltBinary.run(["--session", "folder"], input: "X\n", in: directory)
        #expect(folder.status == 64)
        #expect(folder.standardError.contains("it is a folder"))
        let empty = try BuiltBinary.run(["--session", ""], input: "X\n", in: directory)
        #expect(empty.status == 64)
        #expect(empty.standardError.contains("it names no file"))
    }

    @Test func anUnknownLanguageIsRefusedWithTheAvailableOnes() throws {
        let directory = try BuiltBinary.workingDirectory()
        let result = try BuiltBinary.run(["--language", "zz"], input: "X\n", in: directory)
        #expect(result.status == 64)
        #expect(result.standardError.contains("The questions are not written in \"zz\". Available: en, zh."))
    }

    /// Issue 14, item 2: a session in a folder that does not exist is refused
    /// before the first question, and the piped answers are never read as a
    /// place to save to (the old wizard created a file named after the city).
    @Test func aMissingFolderIsRefusedBeforeAnyQuestionAndNoAnswerBecomesAPath() throws {
        let directory = try BuiltBinary.workingDirectory()
        let result = try BuiltBinary.run(
            ["--session", "missing/s.json"], input: "Rome\nItaly\nLazio\n", in: directory)
        #expect(result.status == 73)
        #expect(result.standardError.contains("the folder missing does not exist"))
        #expect(!result.standardError.contains("What is the name of your city?"))
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix(".") }
        #expect(left.isEmpty, "nothing may be created: \(left)")
    }

    @Test func aNewSessionNeverReplacesAnExistingFile() throws {
        let directory = try BuiltBinary.workingDirectory()
        let file = directory.appendingPathComponent("keep.json")
        try Data("precious".utf8).write(to: file)
        let result = try BuiltBinary.run(["--session", "keep.json"], input: "X\n", in: directory)
        #expect(result.status == 73)
        #expect(result.standardError.contains("already exists"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "precious")
    }

    @Test func anAnswersFileFillsASessionAndExportsToJSON() throws {
        let directory = try BuiltBinary.workingDirectory()
        let example = BuiltBinary.repositoryRoot.appendingPathComponent("examples/manchester-wuhan.yaml").path
        let imported = try BuiltBinary.run(["--answers", example, "--session", "mw.json"], in: directory)
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.isEmpty)

        let exported = try BuiltBinary.run(["export", "mw.json", "--format", "json"], in: directory)
        #expect(exported.status == 0, "\(exported.standardError)")
        let plan = try JSONSerialization.jsonObject(with: Data(exported.standardOutput.utf8)) as? [String: Any]
        #expect(plan?["schemaVersion"] as? Int == 1)
        #expect((plan?["city"] as? [String: Any])?["name"] as? String == "Manchester")
        #expect((plan?["partner"] as? [String: Any])?["yearFormalised"] as? Int == 1986)

        let again = try BuiltBinary.run(["export", "mw.json", "--output", "plan.json"], in: directory)
        #expect(again.status == 0)
        #expect(
            try String(contentsOf: directory.appendingPathComponent("plan.json"), encoding: .utf8)
                == exported.standardOutput)
        let refused = try BuiltBinary.run(["export", "mw.json", "--output", "plan.json"], in: directory)
        #expect(refused.status == 73)
        #expect(refused.standardError.contains("Add --force to replace it"))
        #expect(
            try BuiltBinary.run(["export", "mw.json", "--output", "plan.json", "--force"], in: directory).status == 0)
    }

    @Test func suggestAndMarkdownExportShowThePlan() throws {
        let directory = try BuiltBinary.workingDirectory()
        let example = BuiltBinary.repositoryRoot.appendingPathComponent("examples/stavanger-yantai.yaml").path
        #expect(try BuiltBinary.run(["--answers", example, "--session", "sy.json"], in: directory).status == 0)

        let suggest = try BuiltBinary.run(["suggest", "sy.json"], in: directory)
        #expect(suggest.status == 0, "\(suggest.standardError)")
        #expect(suggest.standardOutput.contains("Next agreement: "))
        #expect(
            suggest.standardOutput.contains("Low-cost upkeep with Yantai (§2.2.6)"), "Stavanger–Yantai answers are lean"
        )
        #expect(suggest.standardOutput.contains("swoc-wizard export sy.json --format md"))

        let markdown = try BuiltBinary.run(
            ["export", "sy.json", "--format", "md", "--output", "plan.md"], in: directory)
        #expect(markdown.status == 0, "\(markdown.standardError)")
        let text = try String(contentsOf: directory.appendingPathComponent("plan.md"), encoding: .utf8)
        #expect(text.hasPrefix("# Partnership plan: Stavanger – Yantai\n"))
        #expect(text.contains("```mermaid"))

        let json = try BuiltBinary.run(["export", "sy.json"], in: directory)
        let plan = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        let suggestions = plan?["suggestions"] as? [String: Any]
        #expect((suggestions?["plan"] as? [Any])?.isEmpty == false)
        #expect((suggestions?["agreement"] as? [String: Any])?["currentStage"] as? String == "mou")
    }

    @Test func everyProblemInAnAnswersFileIsReportedByQuestionID() throws {
        let directory = try BuiltBinary.workingDirectory()
        try
            "city-country: Italy\ncity-side: european\nhas-partner: perhaps\ninternational-staff: -3\nfavourite-food: pasta\n"
            .write(to: directory.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try BuiltBinary.run(["--answers", "bad.yaml", "--session", "bad.json"], in: directory)
        #expect(result.status == 65)
        for expected in [
            "favourite-food: there is no question with this id", "city-name: an answer is required but missing",
            "has-partner: \"perhaps\" is not yes or no", "international-staff:",
        ] {
            #expect(result.standardError.contains(expected), "\(expected)")
        }
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("bad.json").path))
    }

    @Test func aBrokenQuestionnaireStopsTheWizardBeforeTheFirstQuestion() throws {
        let directory = try BuiltBinary.workingDirectory()
        let copy = directory.appendingPathComponent("questions")
        try FileManager.default.copyItem(
            at: BuiltBinary.repositoryRoot.appendingPathComponent("questionnaires"), to: copy)
        let step = copy.appendingPathComponent("step-2-partners.yaml")
        let text = try String(contentsOf: step, encoding: .utf8)
        try text.replacingOccurrences(of: "kind: multiple-choice", with: "kind: multi-choice")
            .write(to: step, atomically: true, encoding: .utf8)
        let result = try BuiltBinary.run(["--questionnaire", "questions"], input: "Rome\n", in: directory)
        #expect(result.status == 78)
        #expect(result.standardError.contains("questions/step-2-partners.yaml:"))
        #expect(result.standardError.contains("unknown kind \"multi-choice\""))
        #expect(!result.standardError.contains("What is the name of your city?"))
    }

    @Test func damagedSessionFilesAreRefusedAndLeftAlone() throws {
        let directory = try BuiltBinary.workingDirectory()
        let file = directory.appendingPathComponent("cut.json")
        let contents = Data("{\"schemaVersion\": 1, \"answers\": {\"city-name\": \"Ro".utf8)
        try contents.write(to: file)
        for arguments in [["resume", "cut.json"], ["export", "cut.json"]] {
            let result = try BuiltBinary.run(arguments, in: directory)
            #expect(result.status == 65)
            #expect(result.standardError.contains("cut.json is damaged"))
        }
        #expect(try Data(contentsOf: file) == contents)
        let missing = try BuiltBinary.run(["resume", "nowhere.json"], in: directory)
        #expect(missing.status == 66)
        #expect(missing.standardError.contains("There is no session file at nowhere.json"))
    }
}

extension CommandLineEndToEndTests {
    @Test func aSessionWithAnAnswerOfTheWrongShapeIsRefused() throws {
        let directory = try BuiltBinary.workingDirectory()
        _ = try BuiltBinary.run(["--session", "s.json"], input: "Essen\n", in: directory)
        let file = directory.appendingPathComponent("s.json")
        let edited = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "\"city-name\" : \"Essen\"", with: "\"city-name\" : [\"Essen\"]")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let result = try BuiltBinary.run(["export", "s.json"], in: directory)
        #expect(result.status == 65)
        #expect(result.standardError.contains("expected a text at answers.city-name"))
    }
}
