import Foundation
import Messages
import PlanModel
import Storage
import Testing

@testable import SwocWizard

/// Issue 11, "Chinese everywhere": a session in Chinese hears the wizard in
/// Chinese — banners, progress, prompts, hints, commands, the review, the
/// problems — driven through a scripted terminal against a small bilingual
/// questionnaire (Tests/Fixtures/small-questionnaire-zh).
@Suite struct ChineseWizardFlowTests {
    let questionnaire: Questionnaire
    let sessionURL: URL
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        questionnaire = try QuestionnaireLoader().load(directory: Self.fixture)
        sessionURL = FileManager.default.temporaryDirectory.appendingPathComponent("zh-flow-\(UUID().uuidString).json")
    }

    static let fixture = FlowFixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/small-questionnaire-zh")

    private func run(_ terminal: ScriptedTerminal, language: String = "zh") -> (FlowOutcome, Session?) {
        let session = Session(questionnaire: questionnaire, language: language, now: now)
        let flow = WizardFlow(
            engine: WizardEngine(questionnaire: questionnaire, session: session), terminal: terminal,
            saver: SessionSaver(url: sessionURL), now: { now })
        let outcome = flow.run(from: nil)
        return (outcome, try? SessionFile().load(from: sessionURL))
    }

    /// Two English words in a row: any English sentence the flow would say
    /// (the program's own commands, such as `swoc-wizard resume`, aside).
    static func englishSentences(in output: String) -> [String] {
        output.replacing(/swoc-wizard [a-z]+/, with: "").matches(of: /[A-Za-z]{2,} [A-Za-z]{2,}/).map {
            String($0.output)
        }
    }

    /// Issue 11: a whole small session in Chinese — every word the wizard adds
    /// is Chinese, `：back` (full-width colon) goes back, the answers are stored as ids.
    @Test func aChineseSessionHearsOnlyChinese() throws {
        let terminal = ScriptedTerminal(lines: [
            ":help", "苏州", "是", "：back", "是", "汉堡",
            "国际合作经费有限", "1，港口", "政府", "经费和资源", "",
            ":review", "智慧城市、低碳", "很多", "3",
        ])
        let (outcome, saved) = run(terminal)
        #expect(outcome == .completed)
        let output = terminal.output
        for expected in [
            "[准备阶段 · 本市概况 · 第 1 题（最多 ", "城市名称？（必答）",
            "在任一问题处都可以输入以下命令", ":goto 步骤", "指南依据：报告 §1",
            "请输入“是”或“否”", "== 第 1 步（共 1 步）：SWOC 分析 ==  （报告 §1.1）",
            "每行填写一条", "可为各条标注的合作领域：", "提出方：",
            "障碍类型（如能从该条的文字推测出类型，会预先填在输入行上，按回车即可采用）：",
            "可多选：输入编号或名称，多个用逗号分隔。", "目前的回答：", "城市名称？ 苏州",
            "是否已有合作伙伴城市？ 是", "  - 国际合作经费有限（智慧城市、港口物流；提出方：政府）",
            "“很多”不是数字。",
        ] {
            #expect(output.contains(expected), "missing: \(expected)")
        }
        #expect(
            Self.englishSentences(in: output).isEmpty,
            "English in the Chinese flow: \(Self.englishSentences(in: output))")
        let prompts = terminal.prompts
        #expect(prompts[4] == .init(prompt: "> ", prefill: "是"), "yes is put back on the line in Chinese after ：back")
        #expect(prompts.contains(.init(prompt: "劣势 1> ", prefill: nil)))
        #expect(prompts.contains(.init(prompt: "  合作领域（输入编号或名称，多个用逗号分隔；留空则不标注）> ", prefill: nil)))
        #expect(prompts.contains(.init(prompt: "  障碍类型（输入编号或名称，多个用逗号分隔）> ", prefill: "经费和资源")))
        let answers = try #require(saved).answers
        #expect(answers["has-partner"] == .flag(true))
        #expect(answers["partner-name"] == .text("汉堡"))
        #expect(
            answers["weaknesses"]
                == .swocEntries([
                    SwocEntry(
                        text: "国际合作经费有限", areas: ["smart-cities", "port-logistics"], actor: "government",
                        obstacles: ["funding"])
                ]))
        #expect(answers["areas"] == .texts(["smart-cities", "low-carbon"]))
    }

    /// Issue 11: Tab at a yes/no question offers 是 and 否 in a Chinese session.
    @Test func yesAndNoAreOfferedInChinese() {
        let terminal = ScriptedTerminal(lines: ["苏州", ":quit"])
        _ = run(terminal)
        #expect(terminal.completions[1].starts(with: ["是", "否"]))
    }

    /// Issue 11: commands explain themselves in Chinese (unknown step, unknown
    /// command, cannot skip), and `：goto` with a full-width space still jumps.
    @Test func commandMessagesAreChinese() throws {
        let terminal = ScriptedTerminal(lines: [
            ":skip", "：goto 9", ":frobnicate", "苏州", "否", "：goto　1", "", ":quit",
        ])
        _ = run(terminal)
        let output = terminal.output
        #expect(output.contains("此题不能跳过，计划要以此为依据。"))
        #expect(output.contains("没有“9”这一步。可选步骤：0 本市概况、1 SWOC 分析。例如：:goto 2"))
        #expect(output.contains(":frobnicate 不是向导命令。"))
        #expect(output.contains("== 第 1 步（共 1 步）：SWOC 分析 =="))
        #expect(Self.englishSentences(in: output).isEmpty, "\(Self.englishSentences(in: output))")
    }

    /// Issue 11: the same questionnaire in an English session still speaks English.
    @Test func anEnglishSessionOfTheSameFilesSpeaksEnglish() {
        let terminal = ScriptedTerminal(lines: ["Suzhou", ":quit"])
        _ = run(terminal, language: "en")
        #expect(terminal.output.contains("[Before step 1 · About your city · question 1 of "))
        #expect(terminal.output.contains("yes or no"))
    }

    /// Issue 11: the review in Chinese wraps inside 80 columns, measured in terminal columns.
    @Test func theChineseReviewStaysInsideEightyColumns() throws {
        var session = Session(questionnaire: questionnaire, language: "zh", now: now)
        session.answers = [
            "city-name": .text("苏州"),
            "weaknesses": .swocEntries([
                SwocEntry(
                    text: String(repeating: "国际合作经费有限，外事办公室人手不足，", count: 4),
                    areas: ["smart-cities", "low-carbon"], actor: "academia")
            ]),
        ]
        let engine = WizardEngine(questionnaire: questionnaire, session: session)
        let review = ReviewFormatter(
            engine: engine, formatter: AnswerFormatter(language: "zh", fallbackLanguage: "en"),
            words: Messages.chinese.flow, width: 80
        ).render()
        let lines = review.split(separator: "\n")
        #expect(lines.count > 5, "the long entry is wrapped")
        for line in lines { #expect(line.displayWidth <= 80, "\(line) is \(line.displayWidth) columns") }
        #expect(review.contains("还有 3 个问题尚未回答。"))
    }
}
