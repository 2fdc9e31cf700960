import Foundation
import Testing

/// Issue 11, "every message and error", through the real binary: once
/// `export`, `suggest`, `diff` and `match` have read a session, what they
/// refuse is worded in the session's language (the environment here is
/// English), with the same exit code as in English.
@Suite struct SessionLanguageFailuresEndToEndTests {
    static let files = BilingualExportEndToEndTests.files

    /// A folder with s.json: the bilingual fixture's answers, in `language`.
    private func session(in language: String) throws -> URL {
        let directory = try BuiltBinary.workingDirectory()
        let answers = BilingualExportEndToEndTests.fixture.appendingPathComponent("answers.yaml").path
        let made = try BuiltBinary.run(
            ["--answers", answers, "--session", "s.json", "--language", language] + Self.files, in: directory)
        #expect(made.status == 0, "\(made.standardError)")
        return directory
    }

    /// Words every English sentence has (options such as --to aside).
    private static func hasEnglishSentence(_ text: String) -> Bool {
        text.replacing(/--[a-z-]+/, with: "").contains(/(?i)\b(the|is|are|to|not|and|of|in|it|cannot|no|or)\b/)
    }

    private func run(
        _ arguments: [String], in directory: URL, outputTo: String? = nil, environment: [String: String?] = [:]
    ) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + Self.files, in: directory, environment: environment, outputTo: outputTo)
    }

    static let chineseLocale: [String: String?] = ["LANG": "zh_CN.UTF-8"]

    /// Issue 11: what a command says after writing a document is in the
    /// session's language too ("规划已写入 plan.md。"), and `diff --format md`
    /// of a Chinese session is a Chinese document.
    @Test func writtenDocumentsAreAnnouncedInTheSessionsLanguage() throws {
        let chinese = try session(in: "zh")
        let exported = try run(["export", "s.json", "--format", "md", "--output", "plan.md"], in: chinese)
        #expect(exported.status == 0)
        #expect(exported.standardError == "规划已写入 plan.md。\n")
        let english = try session(in: "en")
        let written = try run(["export", "s.json", "--format", "md", "--output", "plan.md"], in: english)
        #expect(written.standardError == "Plan written to plan.md.\n")
    }

    /// Issue 11: a Chinese session exported to a folder that does not exist
    /// is refused in Chinese, with the exit code English gives (73).
    @Test func anExportToAMissingFolderIsRefusedInTheSessionsLanguage() throws {
        let chinese = try session(in: "zh")
        let refused = try run(["export", "s.json", "--output", "missing/plan.md"], in: chinese)
        #expect(refused.status == 73)
        #expect(refused.standardError == "无法写入 missing/plan.md（文件夹不存在）。\n")
        let english = try session(in: "en")
        let same = try run(["export", "s.json", "--output", "missing/plan.md"], in: english)
        #expect(same.status == 73)
        #expect(same.standardError == "Cannot write missing/plan.md (the folder does not exist).\n")
    }

    /// Issue 11: `export --language xx` speaks of the plan, not of the
    /// questions (exit 64 as before). It is refused before the session is
    /// read, so in the environment's language.
    @Test func aPlanLanguageTheFilesLackIsRefusedAsAPlanLanguage() throws {
        let english = try session(in: "en")
        let refused = try run(["export", "s.json", "--language", "xx"], in: english)
        #expect(refused.status == 64)
        #expect(refused.standardError.hasPrefix("The plan cannot be written in \"xx\": "))
        #expect(refused.standardError.hasSuffix(" Available: en, zh.\n"))
        #expect(!refused.standardError.contains("questions are not written"))
        let inChinese = try run(
            ["export", "s.json", "--language", "en,xx"], in: english, environment: Self.chineseLocale)
        #expect(inChinese.status == 64)
        #expect(inChinese.standardError.contains("无法撰写“xx”版计划"))
        #expect(inChinese.standardError.contains("可用的语言：en、zh。"))
        #expect(!Self.hasEnglishSentence(inChinese.standardError), "\(inChinese.standardError)")
    }

    /// Issue 11: exporting a session over itself is refused in Chinese in a Chinese environment.
    @Test func anExportOverTheSessionItselfIsRefusedInChinese() throws {
        let english = try session(in: "en")
        let refused = try run(
            ["export", "s.json", "--output", "s.json", "--force"], in: english, environment: Self.chineseLocale)
        #expect(refused.status == 73)
        #expect(refused.standardError.contains("这就是会话文件本身"))
        #expect(!Self.hasEnglishSentence(refused.standardError), "\(refused.standardError)")
    }

    /// Issue 11: `diff` of a Chinese session with one round says so in Chinese (64).
    @Test func aDiffWithOneRoundIsRefusedInChinese() throws {
        let chinese = try session(in: "zh")
        let one = try run(["diff", "s.json"], in: chinese)
        #expect(one.status == 64)
        #expect(one.standardError == "s.json 只有一轮，没有可以比较的轮次。如要开始新的一轮：swoc-wizard revive s.json\n")
        let wrong = try run(["diff", "s.json", "--to", "4"], in: chinese)
        #expect(wrong.status == 64)
        #expect(wrong.standardError == "s.json 只有一轮，没有第 4 轮。\n")
    }

    /// Issue 11: `match` of a Chinese session with itself is refused in
    /// Chinese, and a candidate that cannot be used is skipped with a Chinese reason.
    @Test func matchSpeaksTheCitysLanguage() throws {
        let chinese = try session(in: "zh")
        let same = try run(["match", "s.json", "s.json"], in: chinese)
        #expect(same.status == 64)
        #expect(same.standardError == "s.json 和 s.json 是同一个会话。请给出两个城市各自的会话文件。\n")
        let portfolio = chinese.appendingPathComponent("portfolio")
        try FileManager.default.createDirectory(at: portfolio, withIntermediateDirectories: true)
        try Data().write(to: portfolio.appendingPathComponent("empty.json"))
        try FileManager.default.copyItem(
            at: chinese.appendingPathComponent("s.json"), to: portfolio.appendingPathComponent("copy.json"))
        let ranked = try run(["match", "s.json", "--candidates", "portfolio", "--format", "md"], in: chinese)
        #expect(ranked.status == 0, "\(ranked.standardError)")
        #expect(ranked.standardOutput.contains("空文件"), "\(ranked.standardOutput)")
        #expect(ranked.standardOutput.contains("与本市自己的会话文件是同一个会话"))
        #expect(!ranked.standardOutput.contains("empty file"))
    }

    /// Issue 11: `suggest` of a Chinese session whose output cannot be
    /// written says so in Chinese, with the exit code English gives.
    @Test func suggestToAFullDiskIsRefusedInChinese() throws {
        let chinese = try session(in: "zh")
        let full = try run(["suggest", "s.json"], in: chinese, outputTo: "/dev/full")
        #expect(full.status == 73)
        #expect(full.standardError.contains("结果无法写入标准输出（磁盘已满）"), "\(full.standardError)")
        let english = try session(in: "en")
        let same = try run(["suggest", "s.json"], in: english, outputTo: "/dev/full")
        #expect(same.status == 73)
        #expect(same.standardError.contains("could not be written to standard output (the disk is full)"))
    }

    /// Issue 11: the reasons Storage finds (a missing folder, a lock file
    /// that is a link) are typed and read in Chinese, with English's exit code.
    @Test func folderAndLockReasonsReadInChinese() throws {
        let directory = try BuiltBinary.workingDirectory()
        let start = try BuiltBinary.run(
            ["--session", "missing/s.json", "--language", "zh"], input: "苏州\n", in: directory)
        #expect(start.status == 73)
        #expect(start.standardError.contains("（文件夹 missing 不存在，请先创建）"), "\(start.standardError)")
        #expect(!Self.hasEnglishSentence(start.standardError), "\(start.standardError)")

        let chinese = try session(in: "zh")
        // The lock file the import left is replaced by a link planted in its place.
        try FileManager.default.removeItem(at: chinese.appendingPathComponent(".s.json.lock"))
        try FileManager.default.createSymbolicLink(
            at: chinese.appendingPathComponent(".s.json.lock"), withDestinationURL: chinese.appendingPathComponent("x"))
        let resume = try run(["resume", "s.json"], in: chinese, environment: Self.chineseLocale)
        #expect(resume.status == 73)
        #expect(resume.standardError.contains("会话文件旁边的 .s.json.lock 是符号链接"), "\(resume.standardError)")
        #expect(!Self.hasEnglishSentence(resume.standardError), "\(resume.standardError)")
        let english = try run(["resume", "s.json"], in: chinese)
        #expect(english.status == 73)
        #expect(english.standardError.contains(".s.json.lock beside it is a symbolic link, which could point anywhere"))
    }
}
