import Foundation
import Messages
import Testing

/// Issue 11, "`match` in Chinese", through the real binary: a Chinese city's
/// proposal and ranking on screen, in Markdown and in JSON have no English
/// sentence; what stays in Latin letters is the other city's own entries and
/// name, ids, file names and report citations.
@Suite struct MatchInChineseEndToEndTests {
    private func importAnswers(_ path: String, as name: String, in directory: URL, language: String? = nil) throws {
        let file = BuiltBinary.repositoryRoot.appendingPathComponent(path)
        let result = try BuiltBinary.run(
            (language.map { ["--language", $0] } ?? []) + ["--answers", file.path, "--session", name], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
    }

    /// The strings of a JSON proposal that may stay in English: the cities, their
    /// entries, the precedents and the area ids (every string in those fields).
    private func allowed(in object: [String: Any]) -> [String] {
        func strings(_ value: Any?) -> [String] {
            switch value {
            case let dictionary as [String: Any]: dictionary.values.flatMap(strings)
            case let array as [Any]: array.flatMap(strings)
            case let string as String: [string]
            default: []
            }
        }
        let citations = (object["precedents"] as? [[String: Any]] ?? []).compactMap { $0["source"] as? String }
            .map { ReportCitation.text($0, in: "zh") }
        return ["first", "second", "complements", "sharedChallenges", "precedents", "sharedAreas"]
            .flatMap { strings(object[$0]) } + citations
    }

    /// The program's sentences in a JSON proposal.
    private func sentences(in object: [String: Any]) -> [String] {
        let lines = (object["scoreLines"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        let activities = (object["firstActivities"] as? [[String: Any]] ?? []).flatMap {
            [$0["title"], $0["description"]].compactMap { $0 as? String }
        }
        let agreement = [(object["firstAgreement"] as? [String: Any])?["text"] as? String].compactMap { $0 }
        return lines + activities + agreement + (object["existingLinks"] as? [String] ?? [])
    }

    /// The Latin words left once `allowed` is taken out, with wrapped lines
    /// joined again (and Markdown's backslashes removed) so an entry is found whole.
    private func englishWords(in text: String, allowing allowed: [String]) -> [String] {
        var rest = text.replacingOccurrences(of: "\\", with: "").replacing(/\n +/, with: " ")
        for string in allowed.filter({ !$0.isEmpty }).sorted(by: { $0.count > $1.count }) {
            rest = rest.replacingOccurrences(of: string, with: " ")
        }
        let names: Set<String> = ["swoc", "wizard", "SWOC", "URBAN", "EU", "CHINA", "README", "limit", "format", "md"]
        return rest.matches(of: /[A-Za-z]{2,}/).map { String($0.output) }.filter { !names.contains($0) }
    }

    /// Issue 11: Ningbo's proposal with Nottingham is Chinese in all three formats.
    @Test func aChineseCitysProposalIsInChinese() throws {
        let directory = try BuiltBinary.workingDirectory()
        try importAnswers("examples/ningbo-nottingham.zh.yaml", as: "nb.json", in: directory, language: "zh")
        try importAnswers("examples/nottingham-ningbo.yaml", as: "nt.json", in: directory)
        let json = try BuiltBinary.run(["match", "nb.json", "nt.json", "--format", "json"], in: directory)
        #expect(json.status == 0, "\(json.standardError)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let lines = try #require(object["scoreLines"] as? [[String: Any]])
        #expect(lines.first?["kind"] as? String == "shared-interests", "ids stay ids")
        #expect((lines.first?["text"] as? String)?.hasPrefix("双方都希望开展合作的领域：") == true)
        let agreement = try #require(object["firstAgreement"] as? [String: Any])
        // The real pair (Case study 25) has signed a Project Agreement: the next rung, not an MoU (review of issue 15).
        #expect((agreement["text"] as? String)?.hasPrefix("宁波与Nottingham已签署：项目协议；下一步：项目合同") == true)
        let allowed = allowed(in: object)

        let screen = try BuiltBinary.run(["match", "nb.json", "nt.json"], in: directory)
        #expect(screen.status == 0, "\(screen.standardError)")
        #expect(screen.standardOutput.hasPrefix("城市对接建议：宁波 与 Nottingham"))
        #expect(screen.standardOutput.contains("  - 人文交流：组织宁波和Nottingham的"))
        #expect(englishWords(in: screen.standardOutput, allowing: allowed) == [])

        let markdown = try BuiltBinary.run(["match", "nb.json", "nt.json", "--format", "md"], in: directory)
        #expect(markdown.standardOutput.hasPrefix("# 城市对接建议：宁波与Nottingham\n"))
        #expect(markdown.standardOutput.contains("## 共同的合作领域\n\n创新与中小企业孵化、"))
        #expect(englishWords(in: markdown.standardOutput, allowing: allowed) == [])
        let said = sentences(in: object)
        #expect(said.count >= lines.count + 3)
        #expect(englishWords(in: said.joined(separator: "\n"), allowing: allowed) == [])
    }

    /// Issue 11: a Chinese city's ranking gives its reasons in Chinese on screen and in Markdown.
    @Test func aChineseCitysRankingIsInChinese() throws {
        let directory = try BuiltBinary.workingDirectory()
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("portfolio"), withIntermediateDirectories: true)
        try importAnswers("examples/ningbo-nottingham.zh.yaml", as: "nb.json", in: directory, language: "zh")
        for name in ["strong", "linked"] {
            try importAnswers(
                "Tests/Fixtures/match/candidates/\(name).yaml", as: "portfolio/\(name).json", in: directory)
        }
        let json = try BuiltBinary.run(
            ["match", "nb.json", "--candidates", "portfolio", "--any-side", "--format", "json"], in: directory)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let ranked = try #require(object["ranked"] as? [[String: Any]])
        let allowed =
            ranked.flatMap { entry in ["city", "country", "source"].compactMap { entry[$0] as? String } }
            + ["portfolio", "nb.json"]
        let reasons = ranked.flatMap { $0["reasons"] as? [[String: Any]] ?? [] }.compactMap { $0["text"] as? String }
        #expect(!reasons.isEmpty)
        #expect(englishWords(in: reasons.joined(separator: "\n"), allowing: allowed) == [])
        for format in ["text", "md"] {
            let result = try BuiltBinary.run(
                ["match", "nb.json", "--candidates", "portfolio", "--any-side", "--format", format], in: directory)
            #expect(result.status == 0, "\(result.standardError)")
            #expect(englishWords(in: result.standardOutput, allowing: allowed) == [], "\(format)")
        }
    }
}
