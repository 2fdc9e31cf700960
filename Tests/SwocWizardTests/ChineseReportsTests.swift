import Foundation
import Messages
import PlanModel
import Testing

@testable import SwocWizard

/// Issue 11, "Chinese everywhere" and "Chinese text on screen": what
/// `suggest`, `diff` and `match` print is in Chinese for a Chinese session,
/// and names, bars and wrapped lines are measured in terminal columns, inside
/// 80 columns with Chinese labels.
@Suite struct ChineseReportsTests {
    let questionnaire: Questionnaire
    let catalog: RuleCatalog
    let now = Date(timeIntervalSince1970: 1_575_000_000)

    init() throws {
        let root = FlowFixtures.repositoryRoot
        questionnaire = try QuestionnaireLoader().load(directory: root.appendingPathComponent("questionnaires"))
        catalog = try RuleCatalogLoader().load(
            directory: root.appendingPathComponent("rules"), questionnaire: questionnaire)
    }

    /// Changzhou's session (answered in Chinese) from the test cities.
    private func changzhou() throws -> Session {
        let text = try String(
            contentsOf: FlowFixtures.repositoryRoot.appendingPathComponent(
                "Tests/Fixtures/cities/changzhou-essen-zh.yaml"),
            encoding: .utf8)
        // The built-in questionnaire is English only until its Chinese texts
        // land; the session's language is set as a Chinese team's would be.
        var session = try AnswersImport(questionnaire: questionnaire, language: "en").run(text: text, now: now).session
        session.language = "zh"
        return session
    }

    static let chineseNames: [Characteristic: String] = [
        .humanFactors: "人的因素", .mutualInterests: "共同利益", .support: "支持", .publicity: "宣传",
        .management: "管理",
    ]

    /// Issue 11: the health-check bars start in one terminal column whatever
    /// the width of the Chinese names, and every line fits 80 columns.
    @Test func suggestionsInChineseAlignTheBarsByDisplayWidth() throws {
        let summary = SuggestionsSummary(
            suggestions: Suggestions(questionnaire: questionnaire, session: try changzhou(), catalog: catalog),
            words: Messages.chinese.reports, width: 80, names: catalog.names, language: "zh")
        let text = summary.render()
        for name in Self.chineseNames.values { #expect(text.contains(name)) }
        #expect(text.contains("== 建议 =="))
        #expect(text.contains("健康检查（成功合作的五个特征，报告 §3）："))
        #expect(text.contains("五年行动计划 "))
        let bars = text.split(separator: "\n").filter { $0.contains("■") || $0.contains("□") }
        #expect(bars.count == 5)
        let barColumns = Set(bars.map { line in line[..<line.firstIndex { "■□".contains($0) }!].displayWidth })
        #expect(barColumns.count == 1, "the bars start at one column: \(bars)")
        #expect(barColumns.first == 2 + "人的因素".displayWidth + 2)
        for line in text.split(separator: "\n") {
            #expect(line.displayWidth <= 80, "\(line) is \(line.displayWidth) columns")
        }
    }

    /// Issue 11: the same session in English keeps its English words (and the
    /// English names, padded as before).
    @Test func suggestionsInEnglishAreUnchanged() throws {
        var session = try changzhou()
        session.language = "en"
        let text = SuggestionsSummary(
            suggestions: Suggestions(questionnaire: questionnaire, session: session, catalog: catalog),
            words: Messages.english.reports, width: 100, names: catalog.names, language: "en"
        ).render()
        #expect(text.contains("== Suggestions =="))
        #expect(text.contains("Health check (the five characteristics, report §3):"))
        #expect(text.contains("  Human factors     ■"))
    }

    /// Issue 11: `diff` of a Chinese session names quadrants, rounds and counts in Chinese.
    @Test func roundDiffInChinese() throws {
        var session = try changzhou()
        session.revive(at: now.addingTimeInterval(86_400 * 400))
        if case .swocEntries(var entries)? = session.answers["strengths"] {
            entries.removeFirst()
            session.answers["strengths"] = .swocEntries(entries)
        }
        let rounds = session.rounds
        let diff = RoundComparer(questionnaire: questionnaire, language: "zh").compare(
            rounds[0], labelled: "round 1", with: rounds[1], labelled: "round 2")
        let text = RoundDiffSummary(
            diff: diff, questionnaire: questionnaire, words: Messages.chinese.reports, language: "zh", width: 80
        ).render()
        #expect(text.hasPrefix("第 1 轮（2019年11月29日） → 第 2 轮（"), "\(text)")
        #expect(text.contains("优势：删除 1 条，保留 "))
        #expect(!text.contains("round"))
        for line in text.split(separator: "\n") { #expect(line.displayWidth <= 80, "\(line)") }
    }

    /// Issue 11: `match` speaks the first city's language: Chinese headings
    /// and quotes for a Chinese city's proposal.
    @Test func matchProposalInChinese() throws {
        let first = try changzhou()
        let text = try String(
            contentsOf: FlowFixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/match/rome.yaml"),
            encoding: .utf8)
        let second = try AnswersImport(questionnaire: questionnaire, language: "en").run(text: text, now: now).session
        let proposal = MatchMaker(questionnaire: questionnaire, catalog: ReportPairCatalog(pairs: [])).propose(
            first, source: "changzhou.json", second, source: "rome.json")
        let shown = MatchProposalSummary(
            proposal: proposal, questionnaire: questionnaire, words: Messages.chinese.reports, language: "zh",
            width: 80
        ).render()
        #expect(shown.hasPrefix("城市对接建议：常州 与 "))
        #expect(shown.contains("共同的合作领域："))
        #expect(shown.contains("如何起步："))
        #expect(!shown.contains("Shared cooperation areas"))
        for line in shown.split(separator: "\n") { #expect(line.displayWidth <= 80, "\(line)") }
    }
}
