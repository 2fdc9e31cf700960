import Foundation
import Testing

/// Issue 11, "Chinese everywhere", through the real binary: the language from
/// --language or the locale, the refusal of an incomplete language with how
/// many texts are missing, `translations CODE`, and errors in Chinese.
@Suite struct LanguageEndToEndTests {
    /// The small test questionnaire with every text also in `languages`, and a
    /// small rule catalogue written in the same ones, in `directory`/q and /r.
    /// - Parameter without: a text (as in the YAML, e.g. "Name?") left in English only.
    private func files(in directory: URL, languages: [String] = ["zh"], without: String? = nil) throws -> [String] {
        let source = BuiltBinary.repositoryRoot.appendingPathComponent("Tests/Fixtures/small-questionnaire")
        let questionnaire = directory.appendingPathComponent("q")
        try FileManager.default.createDirectory(at: questionnaire, withIntermediateDirectories: true)
        let texts = try Regex(#"\{en: ([^}]*)\}"#)
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            let text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
            let translated = text.replacing(texts) { match in
                let english = String(match.output[1].substring ?? "")
                guard english != without else { return "{en: \(english)}" }
                let others = languages.map { "\($0): \"\($0 == "zh" ? "中文" : $0)·\(english)\"" }
                return "{en: \(english), \(others.joined(separator: ", "))}"
            }
            try translated.write(to: questionnaire.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let rules = directory.appendingPathComponent("r")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        let contents = [
            "manifest.yaml": """
            defaultLanguage: en
            activities: activities.yaml
            health: health.yaml
            warnings: warnings.yaml
            streams: streams.yaml
            phrases: phrases.yaml
            agreements: agreements.yaml
            names: names.yaml
            """,
            "activities.yaml": "[]", "health.yaml": "[]", "warnings.yaml": "[]", "streams.yaml": "government: []",
        ]
        for (name, text) in contents {
            try (text + "\n").write(to: rules.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        // The phrases, the ladder's texts and the names are the built-in ones (written in en and zh).
        // Other languages get the English text, as a translator's first draft would.
        let englishLine = try Regex(#"(?m)^(\s+)en: (.*)$"#)
        let others = languages.filter { $0 != "zh" }
        for name in ["phrases.yaml", "agreements.yaml", "names.yaml"] {
            let text = try String(
                contentsOf: BuiltBinary.repositoryRoot.appendingPathComponent("rules/\(name)"), encoding: .utf8)
            let drafted = text.replacing(englishLine) { match in
                let indent = String(match.output[1].substring ?? "")
                let english = String(match.output[2].substring ?? "")
                return ([indent + "en: " + english] + others.map { indent + "\($0): " + english })
                    .joined(separator: "\n")
            }
            try drafted.write(to: rules.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return ["--questionnaire", "q", "--rules", "r"]
    }

    /// `translations zh` exits 0 when every text is written in Chinese, and
    /// lists a missing one with file and line (exit 65) when not.
    @Test func translationsListsWhatIsMissingWithFileAndLine() throws {
        let directory = try BuiltBinary.workingDirectory()
        let complete = try BuiltBinary.run(["translations", "zh"] + files(in: directory), in: directory)
        #expect(complete.status == 0, "\(complete.standardError)")
        #expect(complete.standardOutput.isEmpty)
        #expect(complete.standardError.contains("Every text of the questionnaire and the rules is written in \"zh\""))

        let partial = try BuiltBinary.workingDirectory()
        let options = try files(in: partial, without: "Name?")
        let result = try BuiltBinary.run(["translations", "zh"] + options, in: partial)
        #expect(result.status == 65)
        #expect(result.standardOutput == "q/one.yaml:9: question \"city-name\" prompt\n")
        #expect(
            result.standardError.contains(
                "1 text is not written in \"zh\" yet: 1 in the questionnaire, 0 in the rules"))
        let german = try BuiltBinary.run(["translations", "de"] + options, in: partial)
        #expect(german.status == 65)
        let germanLines = german.standardOutput.split(separator: "\n")
        #expect(germanLines.filter { $0.hasPrefix("q/") }.count == 23, "every text of the questionnaire")
        #expect(germanLines.contains { $0.hasPrefix("r/phrases.yaml") }, "the rules' phrases too")
        #expect(germanLines.contains { $0.hasPrefix("r/names.yaml") }, "and the names")
        #expect(german.standardError.contains("The wizard's own words are not written in \"de\" either"))
    }

    /// `start --language zh` with a text missing refuses (64), says how many
    /// texts are missing and how to list them, and asks nothing.
    @Test func anIncompleteLanguageIsRefusedWithTheCount() throws {
        let directory = try BuiltBinary.workingDirectory()
        let options = try files(in: directory, without: "Partner?")
        let result = try BuiltBinary.run(["start", "--language", "zh", "--session", "s.json"] + options, in: directory)
        #expect(result.status == 64)
        #expect(
            result.standardError.contains(
                "1 text is not written in \"zh\" yet: 1 in the questionnaire, 0 in the rules, so the wizard cannot run "
                    + "in it. To list them: swoc-wizard translations zh --questionnaire q --rules r."))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("s.json").path))
    }

    /// A language complete in the files but not spoken by the program is refused,
    /// naming the languages it speaks; one the files lack names those ready.
    @Test func aLanguageThePogramDoesNotSpeakIsRefused() throws {
        let directory = try BuiltBinary.workingDirectory()
        let options = try files(in: directory, languages: ["fr", "zh"])
        let french = try BuiltBinary.run(["--language", "fr"] + options, in: directory)
        #expect(french.status == 64)
        #expect(french.standardError.contains("It speaks: en, zh. Choose one of these with --language."))
        let german = try BuiltBinary.run(["--language", "de"] + options, in: directory)
        #expect(german.status == 64)
        #expect(german.standardError.contains("The questions are not written in \"de\". Available: en, zh."))
    }

    /// With LANG=zh_CN.UTF-8 and complete files, a new session is Chinese:
    /// saved with `language: zh`, and an answers file's problems are listed in Chinese.
    @Test func theLocaleChoosesChineseWhenComplete() throws {
        let directory = try BuiltBinary.workingDirectory()
        let options = try files(in: directory)
        let chinese = ["LANG": "zh_CN.UTF-8"]
        try "staff: 500\ncolour: blue\n".write(
            to: directory.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let bad = try BuiltBinary.run(
            ["--answers", "bad.yaml", "--session", "s.json"] + options, in: directory, environment: chinese)
        #expect(bad.status == 65)
        #expect(bad.standardError.contains("bad.yaml 中的回答暂时无法使用（共 3 处问题）："), "\(bad.standardError)")
        #expect(bad.standardError.contains("colour：没有这个编号的问题"))
        #expect(bad.standardError.contains("city-name：此题必须回答，但文件中没有"))
        #expect(bad.standardError.contains("staff：请输入 0 到 50 之间的数值。"))

        try "city-name: 宁波\nhas-partner: 否\npartner-name: Nottingham\n".write(
            to: directory.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
        let good = try BuiltBinary.run(
            ["--answers", "good.yaml", "--session", "s.json"] + options, in: directory, environment: chinese)
        #expect(good.status == 0, "\(good.standardError)")
        #expect(good.standardError.contains("注意：partner-name：未采用：根据其他回答，这个问题不会被问到"))
        #expect(good.standardError.contains("good.yaml 中的回答已保存到 s.json。"))
        let saved = try String(contentsOf: directory.appendingPathComponent("s.json"), encoding: .utf8)
        #expect(saved.contains("\"language\" : \"zh\""), "\(saved)")

        // The saved language is kept on resume, whatever the locale; --language switches.
        let resumed = try BuiltBinary.run(["resume", "s.json"] + options, in: directory)
        #expect(resumed.status == 0)
        #expect(resumed.standardError.contains("s.json 中的所有问题都已处理完毕。"), "\(resumed.standardError)")
        let english = try BuiltBinary.run(["resume", "s.json", "--language", "en"] + options, in: directory)
        #expect(english.standardError.contains("Every question in s.json has been dealt with."))
        let german = try BuiltBinary.run(["resume", "s.json", "--language", "de"] + options, in: directory)
        #expect(german.status == 64)
    }

    /// With LANG=zh_CN.UTF-8 but a text missing in Chinese, a new session is in
    /// the default language, and a note in Chinese says why.
    @Test func anIncompleteLocaleLanguageFallsBackWithANote() throws {
        let directory = try BuiltBinary.workingDirectory()
        let options = try files(in: directory, without: "Staff?")
        try "city-name: Bonn\n".write(
            to: directory.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        let result = try BuiltBinary.run(
            ["--answers", "a.yaml", "--session", "s.json"] + options, in: directory,
            environment: ["LANG": "zh_CN.UTF-8"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("注意：问题和计划尚未全部译成“zh”（还缺 1 条文字），因此向导使用“en”。"))
        #expect(result.standardError.contains("Answers from a.yaml saved to s.json."))
        let saved = try String(contentsOf: directory.appendingPathComponent("s.json"), encoding: .utf8)
        #expect(saved.contains("\"language\" : \"en\""))
    }

    /// Messages before any session is known follow the locale when the program
    /// speaks it: a missing session file, in Chinese, with the same exit code.
    @Test func aMissingSessionIsReportedInTheLocalesLanguage() throws {
        let directory = try BuiltBinary.workingDirectory()
        let chinese = try BuiltBinary.run(
            ["resume", "missing.json"], in: directory, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.status == 66)
        #expect(chinese.standardError.contains("找不到会话文件 missing.json。请检查文件名，或用 `swoc-wizard` 开始新的会话。"))
        let german = try BuiltBinary.run(
            ["resume", "missing.json"], in: directory, environment: ["LC_ALL": "de_DE.UTF-8"])
        #expect(german.status == 66)
        #expect(german.standardError.contains("There is no session file at missing.json."))
    }
}
