import Foundation
import Testing

/// Issue 11, "One plan for both cities", through the real binary:
/// `export --language zh,en` writes one plan in both languages from files
/// written in both (Tests/Fixtures/bilingual), and a language the files lack
/// stops the export with the languages there are (exit 64).
@Suite struct BilingualExportEndToEndTests {
    static let fixture = BuiltBinary.repositoryRoot.appendingPathComponent("Tests/Fixtures/bilingual")
    static let files = [
        "--questionnaire", fixture.appendingPathComponent("questionnaire").path,
        "--rules", fixture.appendingPathComponent("rules").path,
    ]

    /// A session of the fixture's answers, made in Chinese.
    private func session() throws -> URL {
        let directory = try BuiltBinary.workingDirectory()
        let made = try BuiltBinary.run(
            [
                "--answers", Self.fixture.appendingPathComponent("answers.yaml").path, "--session", "s.json",
                "--language", "zh",
            ] + Self.files, in: directory)
        #expect(made.status == 0, "\(made.standardError)")
        return directory
    }

    /// Issue 11: the JSON plan names its languages, keeps the team's words
    /// as strings and gives the texts that differ in both languages.
    @Test func aBilingualJSONPlanHasBothLanguages() throws {
        let directory = try session()
        let result = try BuiltBinary.run(
            ["export", "s.json", "--language", "zh,en", "--format", "json"] + Self.files, in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        let plan = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(plan["languages"] as? [String] == ["zh", "en"])
        #expect((plan["city"] as? [String: Any])?["name"] as? String == "宁波")
        let activity = try #require(((plan["suggestions"] as? [String: Any])?["plan"] as? [[String: Any]])?.first)
        #expect(activity["rule"] as? String == "meet-partner")
        #expect(activity["title"] as? [String: String] == ["zh": "与Nottingham会面", "en": "Meet Nottingham"])
    }

    /// Issue 11: the Markdown plan leads with the first language, and the
    /// order given is the order shown.
    @Test func theFirstLanguageLeadsTheMarkdownPlan() throws {
        let directory = try session()
        let zhFirst = try BuiltBinary.run(
            ["export", "s.json", "--language", "zh,en", "--format", "md"] + Self.files, in: directory)
        #expect(zhFirst.status == 0, "\(zhFirst.standardError)")
        #expect(zhFirst.standardOutput.contains("\n## 概要 · Summary\n"))
        let enFirst = try BuiltBinary.run(
            ["export", "s.json", "--language", "en,zh", "--format", "md"] + Self.files, in: directory)
        #expect(enFirst.standardOutput.contains("\n## Summary · 概要\n"))
        let english = try BuiltBinary.run(
            ["export", "s.json", "--language", "en", "--format", "md"] + Self.files, in: directory)
        #expect(english.standardOutput.contains("\n## Summary\n"), "one language overrides the session's")
        #expect(!english.standardOutput.contains("概要"))
    }

    /// Issue 11: a language the files are not written in is refused before
    /// anything is written, with the languages there are.
    @Test func aLanguageTheFilesLackIsRefusedWithTheOnesAvailable() throws {
        let directory = try session()
        let result = try BuiltBinary.run(
            ["export", "s.json", "--language", "zh,xx", "--output", "plan.md", "--format", "md"] + Self.files,
            in: directory)
        #expect(result.status == 64)
        #expect(result.standardError.contains("\"xx\""))
        #expect(result.standardError.contains("Available: en, zh"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("plan.md").path))
    }

    /// Issue 11: at most two languages, each once.
    @Test func moreThanTwoLanguagesOrOneTwiceIsAUsageError() throws {
        let directory = try session()
        for languages in ["zh,en,fr", "zh,zh", "zh,"] {
            let result = try BuiltBinary.run(["export", "s.json", "--language", languages] + Self.files, in: directory)
            #expect(result.status == 64, "\(languages)")
            #expect(result.standardError.contains("--language zh,en"), "\(languages): \(result.standardError)")
        }
    }
}
