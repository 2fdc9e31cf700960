import Foundation
import Testing

/// Issue 13, "Answers files for people", through the built program: the
/// template command, the messages of a file with mistakes, and the file's language.
@Suite struct AnswersFileEndToEndTests {
    private func example(_ name: String) -> String {
        BuiltBinary.repositoryRoot.appendingPathComponent("examples/\(name)").path
    }

    /// Issue 13: `template` writes the file on standard output or through --output
    /// (refusing to replace a file without --force); unfilled it gives the required
    /// questions, and with the required ones filled in it makes a session.
    @Test func theTemplateIsWrittenAndReadBack() throws {
        let directory = try BuiltBinary.workingDirectory()
        let shown = try BuiltBinary.run(["template"], in: directory)
        #expect(shown.status == 0, "\(shown.standardError)")
        #expect(shown.standardOutput.contains("\nlanguage: en\n"))
        #expect(shown.standardOutput.contains("\ncity-name:\n"))

        let written = try BuiltBinary.run(["template", "--output", "answers.yaml"], in: directory)
        #expect(written.status == 0)
        #expect(written.standardError.contains("Answers template written to answers.yaml."))
        let file = directory.appendingPathComponent("answers.yaml")
        // The same file, whose first lines name it in the command that reads it.
        #expect(
            try String(contentsOf: file, encoding: .utf8)
                == shown.standardOutput.replacingOccurrences(of: "--answers FILE", with: "--answers answers.yaml"))
        #expect(try BuiltBinary.run(["template", "--output", "answers.yaml"], in: directory).status == 73)

        let unfilled = try BuiltBinary.run(["--answers", "answers.yaml", "--session", "s.json"], in: directory)
        #expect(unfilled.status == 65)
        #expect(unfilled.standardError.contains("city-name: an answer is required but missing"))

        var text = try String(contentsOf: file, encoding: .utf8)
        for (id, value) in [
            ("city-name", "Bonn"), ("city-country", "Germany"), ("city-side", "european"), ("has-partner", "no"),
            ("resource-level", "lean"),
        ] {
            text = text.replacingOccurrences(of: "\n\(id):\n", with: "\n\(id): \(value)\n")
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let filled = try BuiltBinary.run(["--answers", "answers.yaml", "--session", "s.json"], in: directory)
        #expect(filled.status == 0, "\(filled.standardError)")
    }

    /// Issue 13: the template in Chinese, its words and the questionnaire's texts.
    @Test func theTemplateSpeaksChinese() throws {
        let directory = try BuiltBinary.workingDirectory()
        let shown = try BuiltBinary.run(["template", "--language", "zh"], in: directory)
        #expect(shown.status == 0, "\(shown.standardError)")
        #expect(shown.standardOutput.contains("\nlanguage: zh\n"))
        #expect(shown.standardOutput.contains("# city-name: 贵市的名称是什么？\n#   题型：short-text（简短文字） · 必答\n"))
    }

    /// Issue 13: a file with mistakes at several depths gets all of them at once,
    /// at their places, in file words; in Chinese with --language zh.
    @Test func aFileWithManyMistakesGetsThemAllAtOnce() throws {
        let directory = try BuiltBinary.workingDirectory()
        try """
        city-name: Bonn
        city-country: Germany
        city-side: european
        has-partner: no
        resource-level: lean
        weakness: []
        helix-involved: [goverment]
        strengths:
          - text: Good port
            areas: [port-logistics]
            actor: industri
          - text: Good schools
            acter: academia
        """.write(to: directory.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let english = try BuiltBinary.run(["--answers", "bad.yaml", "--session", "s.json"], in: directory)
        #expect(english.status == 65)
        let lines = english.standardError.split(separator: "\n").map(String.init)
        #expect(lines.first == "The answers in bad.yaml cannot be used yet (4 problems):")
        #expect(
            lines.contains(
                "  weakness: there is no question with this id; did you mean \"weaknesses\"? (`swoc-wizard template` lists them all)"
            ))
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "  helix-involved[1] (the 1st entry): \"goverment\" is not one of the accepted ids. Did you mean \"government\"? Accepted: government, academia"
                )
            })
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "  strengths[1].actor (the 1st entry): \"industri\" is not one of the accepted ids. Did you mean \"industry\"?"
                )
            })
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "  strengths[2].acter (the 2nd entry): unknown key \"acter\" in an entry; did you mean \"actor\"?")
            })
        #expect(!english.standardError.contains("Tab"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("s.json").path))

        let chinese = try BuiltBinary.run(
            ["--answers", "bad.yaml", "--session", "s.json", "--language", "zh"], in: directory)
        #expect(chinese.status == 65)
        #expect(chinese.standardError.contains("strengths[1].actor（第 1 条）：“industri”不是可用的选项编号。您是不是想写“industry”？"))
        #expect(!chinese.standardError.contains("Tab"))
    }

    /// Issue 13: a syntax error gives the YAML reader's reason with line and column.
    @Test func aSyntaxErrorGivesTheReasonWithLineAndColumn() throws {
        let directory = try BuiltBinary.workingDirectory()
        try "city-name: Bonn\n  bad: indent\n".write(
            to: directory.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let english = try BuiltBinary.run(["--answers", "broken.yaml", "--session", "s.json"], in: directory)
        #expect(english.status == 65)
        #expect(
            english.standardError.contains(
                "(file): line 2, column 6: cannot be read as YAML or JSON; the YAML reader says: mapping values are not allowed in this context."
            ))
        let chinese = try BuiltBinary.run(
            ["--answers", "broken.yaml", "--session", "s.json", "--language", "zh"], in: directory)
        #expect(
            chinese.standardError.contains(
                "整个文件：第 2 行第 6 列：无法按 YAML 或 JSON 读取，YAML 解析器给出的原因（英文）是：mapping values are not allowed in this context。")
        )
    }

    /// Issue 13, item 5: the Chinese example makes a Chinese session without --language
    /// (its `language: zh`); without the key the answers' own language is found and named.
    @Test func anAnswersFileSaysItsLanguage() throws {
        let directory = try BuiltBinary.workingDirectory()
        let keyed = try BuiltBinary.run(
            ["--answers", example("ningbo-nottingham.zh.yaml"), "--session", "keyed.json"], in: directory)
        #expect(keyed.status == 0, "\(keyed.standardError)")
        #expect(try Self.language(of: directory.appendingPathComponent("keyed.json")) == "zh")

        let text = try String(contentsOfFile: example("ningbo-nottingham.zh.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "\nlanguage: zh", with: "\n")
        try text.write(to: directory.appendingPathComponent("nokey.yaml"), atomically: true, encoding: .utf8)
        let found = try BuiltBinary.run(["--answers", "nokey.yaml", "--session", "found.json"], in: directory)
        #expect(found.status == 0, "\(found.standardError)")
        #expect(found.standardError.contains("注意：nokey.yaml 中的回答是用中文填写的，因此会话使用中文（zh）。"))
        #expect(try Self.language(of: directory.appendingPathComponent("found.json")) == "zh")

        let english = try BuiltBinary.run(
            ["--answers", example("nottingham-ningbo.yaml"), "--session", "en.json"], in: directory)
        #expect(english.status == 0)
        #expect(!english.standardError.contains("Note:"))
        #expect(try Self.language(of: directory.appendingPathComponent("en.json")) == "en")
    }

    /// Issue 13, item 5: --language and the file's key disagreeing is a clear
    /// problem of the file, in the language asked for, and nothing is saved.
    @Test func aLanguageThatDisagreesWithTheFileIsRefused() throws {
        let directory = try BuiltBinary.workingDirectory()
        let refused = try BuiltBinary.run(
            ["--answers", example("ningbo-nottingham.zh.yaml"), "--session", "s.json", "--language", "en"],
            in: directory)
        #expect(refused.status == 65)
        #expect(
            refused.standardError.contains(
                "language: the file says it is written in \"zh\", but the session is to be in \"en\" (--language en)"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("s.json").path))
        let chinese = try BuiltBinary.run(
            ["--answers", example("nottingham-ningbo.yaml"), "--session", "s.json", "--language", "zh"],
            in: directory)
        #expect(chinese.status == 65)
        #expect(chinese.standardError.contains("language：文件注明其语言为“en”，而会话将使用“zh”（--language zh）"))
    }

    private static func language(of session: URL) throws -> String? {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: session)) as? [String: Any]
        return object?["language"] as? String
    }
}
