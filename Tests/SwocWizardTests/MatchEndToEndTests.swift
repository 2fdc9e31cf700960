import Foundation
import Testing

/// `swoc-wizard match` from the command line: a proposal in three formats and
/// a ranked folder with a damaged file in it.
@Suite struct MatchEndToEndTests {
    static let fixtures = BuiltBinary.repositoryRoot.appendingPathComponent("Tests/Fixtures/match")

    private func importAnswers(_ file: URL, as name: String, in directory: URL) throws {
        let result = try BuiltBinary.run(["--answers", file.path, "--session", name], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
    }

    @Test func aProposalForTwoCities() throws {
        let directory = try BuiltBinary.workingDirectory()
        try importAnswers(Self.fixtures.appendingPathComponent("rome.yaml"), as: "rome.json", in: directory)
        try importAnswers(Self.fixtures.appendingPathComponent("yantai.yaml"), as: "yantai.json", in: directory)
        let text = try BuiltBinary.run(["match", "rome.json", "yantai.json"], in: directory)
        #expect(text.status == 0, "\(text.standardError)")
        #expect(text.standardOutput.hasPrefix("Match-making proposal: Rome and Yantai  (score "))
        #expect(text.standardOutput.contains("Where one fills the other's gap:"))
        #expect(text.standardOutput.contains("Rome – Yantai"))
        #expect(text.standardOutput.contains("Case study 12"))
        let markdown = try BuiltBinary.run(["match", "rome.json", "yantai.json", "--format", "md"], in: directory)
        #expect(markdown.standardOutput.hasPrefix("# Match-making proposal: Rome and Yantai\n"))
        #expect(markdown.standardOutput.contains("## Precedents in the report"))
        let json = try BuiltBinary.run(["match", "rome.json", "yantai.json", "--format", "json"], in: directory)
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect((object?["sharedAreas"] as? [String])?.isEmpty == false)
        #expect(object?["score"] as? Int ?? 0 > 0)
    }

    @Test func aFolderIsRankedAndDamagedFilesAreNamedAndSkipped() throws {
        let directory = try BuiltBinary.workingDirectory()
        let candidates = directory.appendingPathComponent("portfolio")
        try FileManager.default.createDirectory(at: candidates, withIntermediateDirectories: true)
        for name in ["strong", "medium", "weak", "linked", "partner"] {
            try importAnswers(
                Self.fixtures.appendingPathComponent("candidates/\(name).yaml"), as: "portfolio/\(name).json",
                in: directory)
        }
        try Data("{\"schemaVersion\": 2, \"answers".utf8).write(to: candidates.appendingPathComponent("cut.json"))
        try Data("not a session".utf8).write(to: candidates.appendingPathComponent("notes.txt"))
        let example = BuiltBinary.repositoryRoot.appendingPathComponent("examples/manchester-wuhan.yaml")
        try importAnswers(example, as: "portfolio/manchester.json", in: directory)

        let result = try BuiltBinary.run(
            ["match", "portfolio/manchester.json", "--candidates", "portfolio", "--limit", "2"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        let output = result.standardOutput
        #expect(output.hasPrefix("Candidates for Manchester from portfolio: 5 ranked, 1 skipped"))
        #expect(output.contains("  1. Lianshan Bay, China  score 44 of 100  (strong.json)"))
        #expect(output.contains("  2. Fenghu, China  score 22 of 100  (partner.json)"))
        #expect(output.contains("... and 3 more"))
        #expect(output.contains("cut.json: not a swoc-wizard session, or damaged"))
        #expect(!output.contains("manchester.json)"), "the city is not ranked against itself")

        let json = try BuiltBinary.run(
            ["match", "portfolio/manchester.json", "--candidates", "portfolio", "--format", "json"], in: directory)
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        let ranked = object?["ranked"] as? [[String: Any]]
        #expect(
            ranked?.map { $0["source"] as? String } == [
                "strong.json", "partner.json", "medium.json", "linked.json", "weak.json",
            ])
    }

    @Test func aSecondRankingReusesUnchangedFilesAndRereadsChangedOnes() throws {
        let directory = try BuiltBinary.workingDirectory()
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("portfolio"), withIntermediateDirectories: true)
        for name in ["strong", "weak"] {
            try importAnswers(
                Self.fixtures.appendingPathComponent("candidates/\(name).yaml"), as: "portfolio/\(name).json",
                in: directory)
        }
        let example = BuiltBinary.repositoryRoot.appendingPathComponent("examples/manchester-wuhan.yaml")
        try importAnswers(example, as: "manchester.json", in: directory)
        let arguments = ["match", "manchester.json", "--candidates", "portfolio", "--format", "json"]
        let first = try BuiltBinary.run(arguments, in: directory)
        let cacheFolder = directory.appendingPathComponent(".cache/swoc-wizard")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path).count == 1)
        #expect(try BuiltBinary.run(arguments, in: directory).standardOutput == first.standardOutput)

        // Rename the weak city inside its file: the next ranking must see it.
        let weak = directory.appendingPathComponent("portfolio/weak.json")
        let renamed = try String(contentsOf: weak, encoding: .utf8)
            .replacingOccurrences(of: "\"Yunling\"", with: "\"Yunling New Town\"")
        try renamed.write(to: weak, atomically: true, encoding: .utf8)
        let second = try BuiltBinary.run(arguments, in: directory)
        #expect(second.standardOutput.contains("Yunling New Town"))
        // A file that breaks is reported, not served from the cache.
        try Data("{".utf8).write(to: directory.appendingPathComponent("portfolio/strong.json"))
        let third = try BuiltBinary.run(arguments, in: directory)
        #expect(third.standardOutput.contains("\"file\" : \"strong.json\""))
        #expect(try BuiltBinary.run(arguments + ["--fresh"], in: directory).standardOutput == third.standardOutput)
        // Once fixed, it is ranked again: failures are never remembered.
        try importAnswers(
            Self.fixtures.appendingPathComponent("candidates/strong.yaml"), as: "portfolio/strong-again.json",
            in: directory)
        try FileManager.default.removeItem(at: directory.appendingPathComponent("portfolio/strong.json"))
        try FileManager.default.moveItem(
            at: directory.appendingPathComponent("portfolio/strong-again.json"),
            to: directory.appendingPathComponent("portfolio/strong.json"))
        #expect(try BuiltBinary.run(arguments, in: directory).standardOutput.contains("\"city\" : \"Lianshan Bay\""))
    }

    /// Review of issue 15: in a folder, Ningbo's Chinese session (which names
    /// "诺丁汉") is Nottingham's own partner, said so and scored so, on the
    /// first ranking and on the next, served from the cache.
    @Test func aPartnerNamedInAnotherScriptIsKnownInAFolderFromTheCacheToo() throws {
        let directory = try BuiltBinary.workingDirectory()
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("portfolio"), withIntermediateDirectories: true)
        let examples = BuiltBinary.repositoryRoot.appendingPathComponent("examples")
        try importAnswers(examples.appendingPathComponent("nottingham-ningbo.yaml"), as: "n.json", in: directory)
        try importAnswers(
            examples.appendingPathComponent("ningbo-nottingham.zh.yaml"), as: "portfolio/ningbo.json", in: directory)
        let proposal = try BuiltBinary.run(["match", "n.json", "portfolio/ningbo.json"], in: directory)
        for run in ["first", "from the cache"] {
            let ranking = try BuiltBinary.run(["match", "n.json", "--candidates", "portfolio"], in: directory)
            #expect(ranking.status == 0, "\(ranking.standardError)")
            let text = ranking.standardOutput.replacingOccurrences(of: "\n          ", with: " ")
            #expect(
                text.contains("Active (regular contact and activities) — the two cities' own partnership"), "\(run)")
            #expect(!text.contains("already paired"), "\(run)")
            #expect(text.contains("Existing links, 10 of 10"), "\(run)")
            let score = try #require(text.firstMatch(of: /score (\d+) of 100/)?.1)
            #expect(proposal.standardOutput.contains("(score \(score) of 100)"), "\(run): the proposal's score")
        }
    }

    /// Review of issue 15: a file nested 200,000 levels deep crashed the
    /// whole ranking; now it is named and skipped, and the rest is ranked.
    @Test func aDeeplyNestedFileIsSkippedNotACrash() throws {
        let directory = try BuiltBinary.workingDirectory()
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("portfolio"), withIntermediateDirectories: true)
        try importAnswers(Self.fixtures.appendingPathComponent("rome.yaml"), as: "rome.json", in: directory)
        try importAnswers(Self.fixtures.appendingPathComponent("yantai.yaml"), as: "portfolio/a.json", in: directory)
        let text = try String(contentsOf: directory.appendingPathComponent("portfolio/a.json"), encoding: .utf8)
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        try text.replacingOccurrences(of: "\"answers\" : {", with: "\"extra\" : \(deep),\n\"answers\" : {")
            .write(to: directory.appendingPathComponent("portfolio/deep.json"), atomically: true, encoding: .utf8)
        let result = try BuiltBinary.run(["match", "rome.json", "--candidates", "portfolio"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("1 ranked, 1 skipped"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("deep.json: "))
    }

    @Test func aCityIsNeverMatchedWithItself() throws {
        let directory = try BuiltBinary.workingDirectory()
        let example = BuiltBinary.repositoryRoot.appendingPathComponent("examples/manchester-wuhan.yaml")
        try importAnswers(example, as: "manchester.json", in: directory)
        let same = try BuiltBinary.run(["match", "manchester.json", "manchester.json"], in: directory)
        #expect(same.status == 64)
        #expect(same.standardError.contains("are the same session"))
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("portfolio"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: directory.appendingPathComponent("manchester.json"),
            to: directory.appendingPathComponent("portfolio/copy.json"))
        try FileManager.default.createSymbolicLink(
            at: directory.appendingPathComponent("portfolio/link.json"),
            withDestinationURL: directory.appendingPathComponent("manchester.json"))
        // Review of issue 15: once another city's ranking has put the copy's
        // profile in the cache, the copy must still be skipped, not ranked.
        let other = BuiltBinary.repositoryRoot.appendingPathComponent("examples/ningbo-nottingham.zh.yaml")
        try importAnswers(other, as: "ningbo.json", in: directory)
        #expect(try BuiltBinary.run(["match", "ningbo.json", "--candidates", "portfolio"], in: directory).status == 0)
        for extra in [[], ["--any-side"], ["--fresh"]] {
            let ranked = try BuiltBinary.run(
                ["match", "manchester.json", "--candidates", "portfolio"] + extra, in: directory)
            #expect(ranked.standardOutput.contains("0 ranked, 1 skipped"), "\(extra): \(ranked.standardOutput)")
            #expect(ranked.standardOutput.contains("copy.json: the same session as the city's own file"), "\(extra)")
        }
    }

    /// Issue 15: a mixed portfolio ranks the other side only; --any-side ranks all,
    /// marking the same side; two European cities get a note, not an MoU.
    @Test func theOtherSideByDefaultAndAnySideOnRequest() throws {
        let directory = try BuiltBinary.workingDirectory()
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("portfolio"), withIntermediateDirectories: true)
        try importAnswers(Self.fixtures.appendingPathComponent("rome.yaml"), as: "portfolio/rome.json", in: directory)
        try importAnswers(
            Self.fixtures.appendingPathComponent("candidates/strong.yaml"), as: "portfolio/strong.json", in: directory)
        let example = BuiltBinary.repositoryRoot.appendingPathComponent("examples/manchester-wuhan.yaml")
        try importAnswers(example, as: "manchester.json", in: directory)
        let ranked = try BuiltBinary.run(["match", "manchester.json", "--candidates", "portfolio"], in: directory)
        #expect(ranked.status == 0, "\(ranked.standardError)")
        #expect(ranked.standardOutput.contains("1 ranked"))
        #expect(ranked.standardOutput.contains("1 candidate on the same side as Manchester left out"))
        #expect(!ranked.standardOutput.contains("rome.json"))
        let all = try BuiltBinary.run(
            ["match", "manchester.json", "--candidates", "portfolio", "--any-side"], in: directory)
        #expect(all.standardOutput.contains("2 ranked"))
        #expect(all.standardOutput.contains("(rome.json)  (same side)"))
        let pair = try BuiltBinary.run(["match", "manchester.json", "portfolio/rome.json"], in: directory)
        #expect(pair.status == 0)
        #expect(pair.standardOutput.contains("Manchester and Rome are both European cities."))
        #expect(!pair.standardOutput.contains("Start with a Memorandum"))
    }

    @Test func wrongArgumentsAreExplained() throws {
        let directory = try BuiltBinary.workingDirectory()
        let one = try BuiltBinary.run(["match", "a.json"], in: directory)
        #expect(one.status == 64)
        #expect(one.standardError.contains("Give two session files for a proposal, or one file and --candidates DIR"))
        let missing = try BuiltBinary.run(["match", "a.json", "--candidates", "nowhere"], in: directory)
        #expect(missing.status == 66)
    }
}
