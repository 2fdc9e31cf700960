import Foundation
import Testing

/// Issue 12, through the real binary: `export --format html` writes one
/// self-contained page to the file `--output` names, in the session's
/// language or in two, and the same page when exported again.
@Suite struct HTMLExportEndToEndTests {
    /// A session of `examples/NAME` in a fresh folder, in `language`.
    private func session(_ name: String, language: String = "en") throws -> URL {
        let directory = try BuiltBinary.workingDirectory()
        let answers = BuiltBinary.repositoryRoot.appendingPathComponent("examples/\(name)").path
        let made = try BuiltBinary.run(
            ["--language", language, "--answers", answers, "--session", "plan.json"], in: directory)
        #expect(made.status == 0, "\(made.standardError)")
        return directory
    }

    /// Issue 12: the page is written to --output, with its charts, and is the same the second time.
    @Test func htmlIsWrittenToTheOutputFileAndIsStable() throws {
        let directory = try session("nottingham-ningbo.yaml")
        for name in ["one.html", "two.html"] {
            let result = try BuiltBinary.run(
                ["export", "plan.json", "--format", "html", "--output", name], in: directory)
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardOutput.isEmpty)
        }
        let one = try String(contentsOf: directory.appendingPathComponent("one.html"), encoding: .utf8)
        #expect(try String(contentsOf: directory.appendingPathComponent("two.html"), encoding: .utf8) == one)
        #expect(one.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(one.contains("<title>Partnership plan: Nottingham – Ningbo</title>"))
        #expect(one.components(separatedBy: "<svg ").count == 4, "three charts")
        #expect(!one.contains("<script"))
        #expect(one.hasSuffix("</html>\n"))
    }

    /// Issue 12: a Chinese session gives a Chinese page, and --language zh,en one in both languages.
    @Test func chineseAndBilingualPages() throws {
        let directory = try session("ningbo-nottingham.zh.yaml", language: "zh")
        let chinese = try BuiltBinary.run(["export", "plan.json", "--format", "html"], in: directory)
        #expect(chinese.status == 0, "\(chinese.standardError)")
        #expect(chinese.standardOutput.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh\">"))
        #expect(chinese.standardOutput.contains("<h2>概要</h2>"))
        let both = try BuiltBinary.run(
            ["export", "plan.json", "--format", "html", "--language", "zh,en"], in: directory)
        #expect(both.status == 0, "\(both.standardError)")
        #expect(both.standardOutput.contains("<h2>概要<span class=\"also\" lang=\"en\">Summary</span></h2>"))
    }

    /// Issue 12: the formats offered name html among them when one is refused.
    @Test func anUnknownFormatNamesHTML() throws {
        let directory = try session("nottingham-ningbo.yaml")
        let result = try BuiltBinary.run(["export", "plan.json", "--format", "htm"], in: directory)
        #expect(result.status == 64)
        #expect(result.standardError.contains("- html\n"), "the formats there are, one per line")
    }
}
