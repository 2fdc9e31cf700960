import Foundation
import Testing

/// Issue 12, through the real binary: `export --format csv` and `--format
/// ics` write the action table and the calendar to the file `--output`
/// names, and a format the program does not write is still refused, naming
/// those it does.
@Suite struct SpreadsheetAndCalendarEndToEndTests {
    /// A session of examples/nottingham-ningbo.yaml in a fresh folder.
    private func session() throws -> URL {
        let directory = try BuiltBinary.workingDirectory()
        let answers = BuiltBinary.repositoryRoot.appendingPathComponent("examples/nottingham-ningbo.yaml").path
        let made = try BuiltBinary.run(["--answers", answers, "--session", "nn.json"], in: directory)
        #expect(made.status == 0, "\(made.standardError)")
        return directory
    }

    /// Issue 12: the CSV file starts with the byte-order mark and the header, one record per line.
    @Test func csvIsWrittenToTheOutputFile() throws {
        let directory = try session()
        let result = try BuiltBinary.run(
            ["export", "nn.json", "--format", "csv", "--output", "plan.csv"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        let data = try Data(contentsOf: directory.appendingPathComponent("plan.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.dropFirst().hasPrefix("Year,Stream,Activity,What is done,Lead,Cost,Indicator,"))
        #expect(text.contains(",evaluate-and-next-plan,Complete: every question answered\r\n"))
    }

    /// Issue 12: the calendar file is RFC 5545, with its events, and the same when exported again.
    @Test func icsIsWrittenToTheOutputFileAndIsStable() throws {
        let directory = try session()
        for name in ["one.ics", "two.ics"] {
            let result = try BuiltBinary.run(
                ["export", "nn.json", "--format", "ics", "--output", name], in: directory)
            #expect(result.status == 0, "\(result.standardError)")
        }
        let one = try Data(contentsOf: directory.appendingPathComponent("one.ics"))
        #expect(try Data(contentsOf: directory.appendingPathComponent("two.ics")) == one)
        let text = String(decoding: one, as: UTF8.self)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(text.contains("\r\nX-WR-CALNAME:Partnership plan: Nottingham – Ningbo\r\n"))
        #expect(text.contains("\r\nSUMMARY:15th anniversary of the partnership with Ningbo\r\n"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count > 4)
    }

    /// Issue 12: an unknown format is refused with the formats there are (exit 64), and nothing is written.
    @Test func anUnknownFormatIsRefused() throws {
        let directory = try session()
        let result = try BuiltBinary.run(
            ["export", "nn.json", "--format", "xlsx", "--output", "plan.xlsx"], in: directory)
        #expect(result.status == 64)
        #expect(result.standardError.contains("'xlsx' is invalid for '--format <format>'"))
        #expect(
            result.standardError.contains("- csv\n") && result.standardError.contains("- ics\n"),
            "the formats there are")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("plan.xlsx").path))
    }
}
