import Foundation
import Testing

/// Issue 16, through the real binary: `swoc-wizard agreement` drafts the
/// next agreement from a session (and the partner's), in the formats and
/// languages asked, and refuses plainly what it cannot do.
@Suite struct AgreementEndToEndTests {
    /// A folder with `s.json` made from `answers` (a file of the repository) and, when given, `p.json` from `partner`.
    private func sessions(
        _ answers: String = "examples/nottingham-ningbo.yaml", partner: (file: String, language: String)? = nil
    ) throws -> URL {
        let directory = try BuiltBinary.workingDirectory()
        let made = try BuiltBinary.run(
            ["--answers", BuiltBinary.repositoryRoot.appendingPathComponent(answers).path, "--session", "s.json"],
            in: directory)
        #expect(made.status == 0, "\(made.standardError)")
        if let partner {
            let other = try BuiltBinary.run(
                [
                    "--answers", BuiltBinary.repositoryRoot.appendingPathComponent(partner.file).path, "--session",
                    "p.json", "--language", partner.language,
                ], in: directory)
            #expect(other.status == 0, "\(other.standardError)")
        }
        return directory
    }

    /// Issue 16: without --type the draft is of the next rung, in Markdown on standard output, with its notice.
    @Test func theNextAgreementIsDraftedInMarkdown() throws {
        let directory = try sessions("Tests/Fixtures/cities/rome-yantai.yaml")
        let result = try BuiltBinary.run(["agreement", "s.json"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("# Letter of Cooperation Intent between Rome and Yantai\n"))
        #expect(result.standardOutput.contains("not legal advice"))
        #expect(result.standardOutput.contains("It creates no legal obligation"))
        #expect(result.standardOutput.contains("signatory's title"))
    }

    /// Issue 16: the partner's session fills the partner's side, side by side in HTML in both sessions' languages.
    @Test func thePartnersSessionFillsItsSide() throws {
        let directory = try sessions(partner: ("examples/ningbo-nottingham.zh.yaml", "zh"))
        let result = try BuiltBinary.run(
            ["agreement", "s.json", "p.json", "--type", "mou", "--format", "html", "--output", "mou.html"],
            in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("mou.html"))
        let page = try String(contentsOf: directory.appendingPathComponent("mou.html"), encoding: .utf8)
        #expect(page.contains("<td lang=\"zh\">"), "the partner session's Chinese joins the city's English")
        #expect(page.contains("<bdi>宁波</bdi>"))
        #expect(page.contains("外事办公室") || page.contains("Foreign Affairs Office"), "the partner's manager")
    }

    /// Issue 16: two European cities are a same-side pair, and the command says so.
    @Test func aSameSidePairIsNotedOnStandardError() throws {
        let directory = try sessions(
            "Tests/Fixtures/cities/rome-yantai.yaml", partner: ("Tests/Fixtures/cities/bonn-chengdu.yaml", "en"))
        let result = try BuiltBinary.run(["agreement", "s.json", "p.json"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("two European cities"))
        #expect(result.standardOutput.contains("two European cities"))
    }

    /// Review of issue 16: the same session as city and partner is refused,
    /// rather than drafting an agreement of a city with itself.
    @Test func theSameSessionTwiceIsRefused() throws {
        let directory = try sessions()
        let result = try BuiltBinary.run(["agreement", "s.json", "./s.json"], in: directory)
        #expect(result.status != 0)
        #expect(result.standardError.contains("are the same session"), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    /// Issue 16: a language the clauses are not written in is refused (exit 64), naming the ones there are.
    @Test func anUnwrittenLanguageIsRefused() throws {
        let directory = try sessions()
        let result = try BuiltBinary.run(["agreement", "s.json", "--language", "de"], in: directory)
        #expect(result.status == 64)
        #expect(result.standardError.contains("not written in de"))
        #expect(result.standardError.contains("en, zh"))
    }

    /// Issue 16: rules without a clause file are a configuration problem (exit 78) that says how to fix it.
    @Test func rulesWithoutClausesAreRefused() throws {
        let directory = try sessions()
        let rules = directory.appendingPathComponent("my-rules")
        try FileManager.default.copyItem(at: BuiltBinary.repositoryRoot.appendingPathComponent("rules"), to: rules)
        let manifest = rules.appendingPathComponent("manifest.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "agreementClauses: agreement-clauses.yaml\n", with: "")
            .write(to: manifest, atomically: true, encoding: .utf8)
        let result = try BuiltBinary.run(["agreement", "s.json", "--rules", "my-rules"], in: directory)
        #expect(result.status == 78)
        #expect(result.standardError.contains("agreementClauses: agreement-clauses.yaml"))
    }

    /// Issue 16: a broken clause file stops the wizard before it asks anything, with file and line (exit 78).
    @Test func aBrokenClauseFileStopsEveryCommand() throws {
        let directory = try sessions()
        let rules = directory.appendingPathComponent("my-rules")
        try FileManager.default.copyItem(at: BuiltBinary.repositoryRoot.appendingPathComponent("rules"), to: rules)
        let clauses = rules.appendingPathComponent("agreement-clauses.yaml")
        let text = try String(contentsOf: clauses, encoding: .utf8)
        try text.replacingOccurrences(of: "{partner-signatory}, hereafter", with: "{mayor}, hereafter")
            .write(to: clauses, atomically: true, encoding: .utf8)
        let result = try BuiltBinary.run(["suggest", "s.json", "--rules", "my-rules"], in: directory)
        #expect(result.status == 78)
        #expect(result.standardError.contains("agreement-clauses.yaml:"))
        #expect(result.standardError.contains("unknown detail {mayor}"))
    }

    /// Issue 16: a Word draft without pandoc stops with exit 69 as `export` does, and writes nothing.
    @Test func wordWithoutPandocSaysHowToGetIt() throws {
        let directory = try sessions()
        let empty = directory.appendingPathComponent("no-tools")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = try BuiltBinary.run(
            ["agreement", "s.json", "--format", "docx", "--output", "a.docx"], in: directory,
            environment: ["PATH": empty.path])
        #expect(result.status == 69)
        #expect(result.standardError.contains("apt install pandoc"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("a.docx").path))
    }

    /// Issue 16: the draft never overwrites the session it is made from.
    @Test func theOutputCannotBeTheSession() throws {
        let directory = try sessions()
        let before = try Data(contentsOf: directory.appendingPathComponent("s.json"))
        let result = try BuiltBinary.run(["agreement", "s.json", "--output", "s.json", "--force"], in: directory)
        #expect(result.status == 73)
        #expect(try Data(contentsOf: directory.appendingPathComponent("s.json")) == before)
    }
}
