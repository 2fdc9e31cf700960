import Exporters
import Foundation
import Messages
import PlanModel
import Testing

/// Issue 11, "One plan for both cities" and "The plan in Chinese": the plan
/// in Chinese, and one plan in two languages, the first leading, the team's
/// own words once, texts that differ as objects keyed by language in JSON,
/// and no merge of editions that do not line up.
@Suite struct BilingualPlanTests {
    let fixture: BilingualFixture

    init() throws {
        fixture = try BilingualFixture()
    }

    private func markdown(_ languages: [String], yaml: String? = nil) throws -> String {
        MarkdownPlanExporter(questionnaire: fixture.questionnaire).export(try fixture.editions(languages, yaml: yaml))
    }

    private func json(_ languages: [String], yaml: String? = nil) throws -> [String: Any] {
        let data = try JSONPlanExporter().export(try fixture.editions(languages, yaml: yaml))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Issue 11: a plan in Chinese has its headings, labels and the rules'
    /// texts in Chinese, and the team's entries as typed.
    @Test func aChinesePlanIsInChinese() throws {
        let text = try markdown(["zh"])
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings.first == "## 概要")
        #expect(headings.contains("## 合作健康检查"))
        #expect(!headings.contains { $0.contains("Summary") || $0.contains("Health") })
        #expect(text.hasPrefix("# 城市合作伙伴关系规划：宁波 – Nottingham\n"))
        #expect(text.contains("与Nottingham举行首次会谈。"), "the rule's Chinese text")
        #expect(text.contains("港口与高校资源丰富"))
        #expect(!text.contains("A first meeting"))
    }

    /// Issue 11: every heading in both languages, the first leading; the
    /// other order puts the other first.
    @Test func headingsAreInBothLanguagesTheFirstLeading() throws {
        let zhEN = try markdown(["zh", "en"])
        #expect(zhEN.hasPrefix("# 城市合作伙伴关系规划 · Partnership plan：宁波 – Nottingham\n"))
        for heading in ["## 概要 · Summary", "## 合作健康检查 · Health check", "## 引用的报告章节 · Report sections cited"] {
            #expect(zhEN.contains("\n\(heading)\n"), "\(heading)")
        }
        let enZH = try markdown(["en", "zh"])
        #expect(enZH.contains("\n## Summary · 概要\n"))
        #expect(enZH.hasPrefix("# Partnership plan · 城市合作伙伴关系规划: 宁波 – Nottingham\n"))
    }

    /// Issue 11: a generated sentence in the first language, then the second
    /// beneath it, quieter (a hard line break, then italics).
    @Test func aSentenceInTheSecondLanguageFollowsBeneathInItalics() throws {
        let text = try markdown(["zh", "en"])
        #expect(
            text.contains("  - **衡量指标 · Indicator**：举行一次会谈\\\n    *A meeting held*\n"), "issue 12: under the activity")
        #expect(text.contains("（报告 §1.1）。\\\n*Strengths and weaknesses look at the city itself"))
    }

    /// Issue 11: the team's own entry appears once in the SWOC table, as
    /// typed, with its details in both languages.
    @Test func theTeamsOwnWordsAppearOnce() throws {
        let text = try markdown(["zh", "en"])
        let entry = MarkdownText.escape("港口与高校资源丰富 | Port <b>and</b> universities")
        #expect(text.components(separatedBy: entry).count == 2, "once")
        #expect(text.contains("S1 \(entry)（港口物流） · *(Port logistics)*"))
    }

    /// Issue 11: hostile text stays text in both languages, where the team
    /// typed it and where a sentence of either language quotes it.
    @Test func hostileTextIsEscapedInBothLanguages() throws {
        let text = try markdown(
            ["zh", "en"],
            yaml: """
                city-name: "# Evil | City"
                has-partner: yes
                partner-name: "<script>x</script> **b**"
                """)
        #expect(!text.replacingOccurrences(of: "\\<", with: "").contains("<"), "every < escaped")
        let partner = "\\<script>x\\</script> \\*\\*b\\*\\*"
        #expect(text.contains("与\(partner)举行首次会谈。"))
        #expect(text.contains("A first meeting with \(partner).*"))
        #expect(text.contains("\\# Evil \\| City"))
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("# ") }.count == 1)
    }

    /// Issue 11: JSON texts that differ become objects keyed by language;
    /// the team's words, ids and citations stay strings; `languages` leads.
    @Test func jsonTextsThatDifferAreObjectsKeyedByLanguage() throws {
        let plan = try json(["zh", "en"])
        #expect(plan["languages"] as? [String] == ["zh", "en"])
        #expect(plan["schemaVersion"] as? Int == 2)
        #expect((plan["questionnaire"] as? [String: Any])?["language"] as? String == "zh")
        #expect((plan["city"] as? [String: Any])?["name"] as? String == "宁波")
        let answers = try #require(plan["answers"] as? [[String: Any]])
        let areas = try #require(answers.first { $0["id"] as? String == "areas" })
        #expect(areas["question"] as? [String: String] == ["zh": "合作领域？", "en": "Areas?"])
        #expect(areas["value"] as? [String] == ["smart-cities"])
        let labels = try #require(areas["labels"] as? [[String: String]])
        #expect(labels == [["zh": "智慧城市", "en": "Smart cities"]])
        let activity = try #require(((plan["suggestions"] as? [String: Any])?["plan"] as? [[String: Any]])?.first)
        #expect(activity["source"] as? String == "§1.2")
        #expect(activity["reason"] as? [String: String] == ["zh": "已确定合作城市。", "en": "The partner is known."])
    }

    /// A plan in one language is the same file as before, with no `languages`.
    @Test func oneLanguageGivesTheMonolingualFile() throws {
        let editions = try fixture.editions(["en"])
        #expect(try JSONPlanExporter().export(editions) == JSONPlanExporter().export(editions[0].document))
        #expect(try json(["en"])["languages"] == nil)
    }

    /// Issue 11: editions whose rules differ are not merged; the error names
    /// the rules only one language has.
    @Test func editionsWithDifferentRulesAreRefused() throws {
        var editions = try fixture.editions(["zh", "en"])
        editions[1].document.suggestions.plan[0].rule = "something-else"
        #expect(throws: BilingualPlanError.self) { try PlanEditions.check(editions) }
        do {
            try PlanEditions.check(editions)
        } catch {
            guard case .differentRules("zh", "en", let onlyFirst, let onlySecond) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(onlyFirst.contains { $0.hasPrefix("meet-partner@") })
            #expect(onlySecond.contains { $0.hasPrefix("something-else@") })
        }
        #expect(throws: BilingualPlanError.self) { try JSONPlanExporter().export(editions) }
    }

    /// The generic JSON merge cannot misalign: a list of another length or a
    /// field only one edition has stops it, at that place.
    @Test func editionsOfDifferentShapesAreRefused() throws {
        var longer = try fixture.editions(["zh", "en"])
        longer[1].document.answers.append(longer[1].document.answers[0])
        #expect(throws: BilingualPlanError.differentShape(first: "zh", second: "en", at: "the plan › answers")) {
            try PlanEditions.check(longer)
        }
        var extraField = try fixture.editions(["zh", "en"])
        extraField[1].document.city.region = "Zhejiang"
        #expect(throws: BilingualPlanError.differentShape(first: "zh", second: "en", at: "the plan › city")) {
            try PlanEditions.check(extraField)
        }
        var otherNumber = try fixture.editions(["zh", "en"])
        otherNumber[1].document.suggestions.plan[0].year += 1
        #expect(throws: BilingualPlanError.self) { try PlanEditions.check(otherNumber) }
    }

    /// Issue 11, "Markdown tables with Chinese text stay aligned": every row
    /// of a table is as wide, in terminal columns, as its header.
    @Test func tablesWithChineseTextStayAligned() throws {
        for text in [try markdown(["zh"]), try markdown(["zh", "en"])] {
            var width: Int?
            var tables = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                guard line.hasPrefix("|") else {
                    width = nil
                    continue
                }
                if let width {
                    #expect(line.displayWidth == width, "\(line)")
                } else {
                    width = line.displayWidth
                    tables += 1
                }
            }
            #expect(tables >= 2, "issue 12: the city and the plan at a glance")
            #expect(text.contains("| 城市 "), "the table has Chinese text to align")
        }
    }

    /// Only languages every file is complete in are offered: the fixture
    /// speaks both; the built-in files only what they are written in.
    @Test func theLanguagesOfferedAreThoseEveryFileIsWrittenIn() throws {
        #expect(PlanEditions.languages(questionnaire: fixture.questionnaire, catalog: fixture.catalog) == ["en", "zh"])
        var catalog = fixture.catalog
        catalog = RuleCatalog(
            defaultLanguage: "en", activities: catalog.activities, signals: catalog.signals,
            warnings: catalog.warnings, streams: catalog.streams, phrases: catalog.phrases)
        let untranslated = try QuestionnaireLoader().load(
            directory: PlanDocumentBuilderTests.root.appendingPathComponent("Tests/Fixtures/small-questionnaire"))
        #expect(PlanEditions.languages(questionnaire: untranslated, catalog: catalog) == ["en"])
    }
}
