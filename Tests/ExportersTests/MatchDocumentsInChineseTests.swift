import Exporters
import Foundation
import Messages
import PlanModel
import Testing

/// Issue 11, "the wizard's own words in Chinese: … `match`": a proposal and a
/// ranking for a Chinese city read in Chinese in Markdown and JSON: the
/// sentences, the area labels, the theme names and the precedents'
/// certainty. What stays in Latin letters is the other city's own entries and
/// name, ids, and report citations.
@Suite struct MatchDocumentsInChineseTests {
    let questionnaire: Questionnaire
    let maker: MatchMaker
    let now = Date(timeIntervalSince1970: 1_575_000_000)

    init() throws {
        let root = PlanDocumentBuilderTests.root
        questionnaire = try QuestionnaireLoader().load(directory: root.appendingPathComponent("questionnaires"))
        let pairs = try ReportPairCatalog.load(from: root.appendingPathComponent("data/report-pairs.yaml"))
        maker = MatchMaker(questionnaire: questionnaire, catalog: pairs)
    }

    private func session(_ path: String, language: String, _ edit: (String) -> String = { $0 }) throws -> Session {
        let text = try String(contentsOf: PlanDocumentBuilderTests.root.appendingPathComponent(path), encoding: .utf8)
        return try AnswersImport(questionnaire: questionnaire, language: language).run(text: edit(text), now: now)
            .session
    }

    /// Ningbo answered in Chinese, Nottingham in English (the examples).
    private func ningbo(_ edit: (String) -> String = { $0 }) throws -> Session {
        try session("examples/ningbo-nottingham.zh.yaml", language: "zh", edit)
    }

    private func nottingham() throws -> Session {
        try session("examples/nottingham-ningbo.yaml", language: "en")
    }

    /// Ningbo naming Nottingham in Latin letters, as its partner and in a link,
    /// so the proposal has existing links and the next rung of the ladder.
    private func ningboNamingNottingham() throws -> Session {
        try ningbo {
            $0.replacingOccurrences(of: "partner-name: 诺丁汉", with: "partner-name: Nottingham")
                .replacingOccurrences(
                    of: "existing-links:\n", with: "existing-links:\n  - Nottingham 市议会代表团每年来访\n")
        }
    }

    /// The words of two or more Latin letters left in `text` once the strings
    /// allowed in English are taken out (Markdown's backslashes first).
    static func englishWords(in text: String, allowing allowed: [String]) -> [String] {
        var rest = text.replacingOccurrences(of: "\\", with: "")
        for string in allowed.filter({ !$0.isEmpty }).sorted(by: { $0.count > $1.count }) {
            rest = rest.replacingOccurrences(of: string, with: " ")
        }
        let names: Set<String> = ["swoc", "wizard", "SWOC", "URBAN", "EU", "CHINA", "README"]
        return rest.matches(of: /[A-Za-z]{2,}/).map { String($0.output) }.filter { !names.contains($0) }
    }

    /// The team's own words, names, sources and citations in a proposal: what may stay in English.
    static func allowed(in proposal: MatchProposal) -> [String] {
        let quotes =
            proposal.complements.flatMap { [$0.strength, $0.need] }
            + proposal.sharedChallenges.flatMap { [$0.first, $0.second] }
        let precedents = proposal.precedents.flatMap {
            [$0.europe.city, $0.china.city, $0.source, ReportCitation.text($0.source, in: "zh")]
        }
        let links: [String] = proposal.existingLinks.compactMap(\.text)
        let cities: [String] = [
            proposal.first.name, proposal.second.name, proposal.first.source, proposal.second.source,
        ]
        let countries: [String] = [proposal.first.country, proposal.second.country].compactMap { $0 }
        let partners: [String] = [proposal.first, proposal.second].compactMap(\.partnership).flatMap {
            [$0.partner] + [$0.country].compactMap { $0 }
        }
        let ids: [String] = proposal.scoreLines.map(\.kind.rawValue) + proposal.sharedChallenges.flatMap(\.obstacles)
        return cities + countries + partners + quotes.map(\.text) + precedents + links + proposal.sharedAreas + ids
    }

    /// Issue 11: the Markdown proposal of a Chinese city has no English sentence. Ningbo and
    /// Nottingham name each other in two scripts; since the review of issue 15 they are known as
    /// the partners they are (a Project Agreement, Case study 25), so the next rung is advised.
    @Test func aProposalInMarkdownIsInChinese() throws {
        let proposal = maker.propose(try ningbo(), source: "nb.json", try nottingham(), source: "nt.json")
        #expect(proposal.language == "zh")
        let text = MarkdownMatchExporter(questionnaire: questionnaire).export(proposal)
        #expect(Self.englishWords(in: text, allowing: Self.allowed(in: proposal)) == [])
        #expect(text.contains("- **下一份协议**：宁波与Nottingham已签署：项目协议；下一步：项目合同"))
        #expect(text.contains("- **人文交流**："))
        #expect(text.contains("领域经贸代表团**："))
        #expect(text.contains("| 确定 |") || text.contains("确定 "), "the precedents' certainty in Chinese")
    }

    /// Issue 11: the partners' links and the next rung of the ladder, in Chinese, with the rungs' glossary names.
    @Test func partnersLinksAndNextStepAreInChinese() throws {
        let proposal = maker.propose(
            try ningboNamingNottingham(), source: "nb.json", try nottingham(), source: "nt.json")
        #expect(proposal.firstAgreement.kind == .nextStep)
        #expect(proposal.existingLinks.map(\.kind).contains(.partner))
        #expect(proposal.existingLinks.map(\.kind).contains(.mention))
        let text = MarkdownMatchExporter(questionnaire: questionnaire).export(proposal)
        #expect(Self.englishWords(in: text, allowing: Self.allowed(in: proposal)) == [])
        #expect(text.contains("- 宁波已将Nottingham列为合作伙伴城市，目前已签署：项目协议。"))
        #expect(text.contains("- 宁波的现有联系中提到Nottingham：“Nottingham 市议会代表团每年来访”。"))
        #expect(text.contains("宁波与Nottingham已签署：项目协议；下一步：项目合同。"))
        #expect(text.contains("双方已有往来"))
    }

    /// Issue 11: the JSON proposal keeps its field names and ids, with its sentences in Chinese.
    @Test func aProposalInJSONKeepsItsFieldsWithChineseTexts() throws {
        let proposal = maker.propose(
            try ningboNamingNottingham(), source: "nb.json", try nottingham(), source: "nt.json")
        let text = JSONMatchExporter(questionnaire: questionnaire).export(proposal)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "first", "second", "score", "scale", "summary", "scoreLines", "sharedAreas", "complements",
                "sharedChallenges", "existingLinks", "partnerships", "firstAgreement", "firstActivities", "precedents",
            ])
        let lines = try #require(object["scoreLines"] as? [[String: Any]])
        #expect(lines.allSatisfy { Set($0.keys) == ["kind", "points", "maximum", "text"] })
        #expect(lines.first?["kind"] as? String == "shared-interests")
        let activities = try #require(object["firstActivities"] as? [[String: Any]])
        #expect(activities.allSatisfy { Set($0.keys) == ["title", "description", "source"] })
        #expect(activities.first?["title"] as? String == "人文交流")
        let agreement = try #require(object["firstAgreement"] as? [String: Any])
        #expect(Set(agreement.keys) == ["text", "source", "answers"])
        #expect((object["sharedAreas"] as? [String]) == proposal.sharedAreas, "ids stay ids")
        let texts =
            lines.compactMap { $0["text"] as? String } + (object["existingLinks"] as? [String] ?? [])
            + activities.flatMap { [$0["title"], $0["description"]].compactMap { $0 as? String } }
            + [agreement["text"] as? String].compactMap { $0 }
        #expect(texts.count == lines.count + proposal.existingLinks.count + 2 * activities.count + 1)
        #expect(Self.englishWords(in: texts.joined(separator: "\n"), allowing: Self.allowed(in: proposal)) == [])
    }

    /// Issue 11: a ranking for a Chinese city words its reasons in Chinese, in Markdown and JSON.
    @Test func aRankingIsInChinese() throws {
        let folder = PlanDocumentBuilderTests.root.appendingPathComponent("Tests/Fixtures/match/candidates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
            .sorted()
        let candidates = try names.map {
            CandidateRanker.Candidate(
                profile: maker.profile(try session("Tests/Fixtures/match/candidates/\($0)", language: "en")),
                source: $0)
        }
        let ranking = maker.rank(
            try ningboNamingNottingham(), source: "nb.json", candidates: candidates, folder: "portfolio",
            skipped: [], anySide: true)
        #expect(ranking.language == "zh")
        let allowed =
            ranking.ranked.flatMap {
                [$0.city, $0.source] + [$0.country, $0.partnership?.partner, $0.partnership?.country].compactMap { $0 }
            } + [ranking.folder]
        let markdown = MarkdownMatchExporter(questionnaire: questionnaire).export(ranking)
        #expect(Self.englishWords(in: markdown, allowing: allowed) == [])
        #expect(markdown.contains("双方都希望开展合作的领域："))
        let json = JSONMatchExporter(questionnaire: questionnaire).export(ranking)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["city", "source", "folder", "scale", "ranked", "sameSideLeftOut", "skipped"])
        let reasons = (object["ranked"] as? [[String: Any]] ?? []).flatMap { $0["reasons"] as? [[String: Any]] ?? [] }
        #expect(!reasons.isEmpty)
        let texts = reasons.compactMap { $0["text"] as? String }.joined(separator: "\n")
        #expect(Self.englishWords(in: texts, allowing: allowed) == [])
    }

    /// Given the rule catalogue, the next step is the ladder's own headline in the first session's language.
    @Test func withTheCatalogueTheNextStepIsTheLaddersHeadline() throws {
        let catalog = try RuleCatalogLoader().load(
            directory: PlanDocumentBuilderTests.root.appendingPathComponent("rules"), questionnaire: questionnaire)
        let withRules = MatchMaker(questionnaire: questionnaire, catalog: maker.catalog, rules: catalog)
        let ningbo = try ningboNamingNottingham()
        let proposal = withRules.propose(ningbo, source: "nb.json", try nottingham(), source: "nt.json")
        let headline = AgreementAdvisor(catalog: catalog).ladder(
            PlanFacts(questionnaire: questionnaire, session: ningbo)
        )
        .headline
        #expect(proposal.firstAgreement.headline == headline)
        #expect(headline.contains("项目合同"), "the catalogue's Chinese text: \(headline)")
        let text = MarkdownMatchExporter(questionnaire: questionnaire).export(proposal)
        #expect(text.contains("宁波与Nottingham已签署：项目协议；下一步：\(headline)。"))
        #expect(
            maker.propose(ningbo, source: "nb.json", try nottingham(), source: "nt.json").firstAgreement.headline == nil
        )
    }

    /// The rungs' Chinese names in the match words are those of rules/names.yaml
    /// (one term per idea), and the English ones the built-in names.
    @Test func theRungsAreNamedAsInTheCatalogue() throws {
        let catalog = try RuleCatalogLoader().load(
            directory: PlanDocumentBuilderTests.root.appendingPathComponent("rules"), questionnaire: questionnaire)
        for stage in AgreementStage.allCases {
            #expect(Messages.chinese.plan.match.stage(stage) == catalog.names.name(of: stage, in: "zh"))
            #expect(Messages.english.plan.match.stage(stage) == catalog.names.name(of: stage, in: "en"))
        }
    }
}
