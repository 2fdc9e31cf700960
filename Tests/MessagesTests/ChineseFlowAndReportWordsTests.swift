import Messages
import PlanModel
import Testing

/// Issue 11, "Terms": the Chinese words of the flow and the reports use the
/// glossary's terms (GLOSSARY-zh), and say what to type in Chinese.
@Suite struct ChineseFlowAndReportWordsTests {
    let flow = Messages.chinese.flow
    let reports = Messages.chinese.reports

    /// SWOC quadrants as the glossary has them (Challenges, not Threats: 挑战).
    @Test func quadrantsUseTheGlossaryNames() {
        #expect(SwocQuadrant.allCases.map(reports.quadrant) == ["优势", "劣势", "机遇", "挑战"])
        #expect(flow.entryPrompt(quadrant: .challenges, number: 2) == "挑战 2")
        #expect(reports.planHeading(firstYear: 2027, lastYear: 2031, activities: 9).hasPrefix("五年行动计划"))
        #expect(reports.match.proposalHeading(first: "常州", second: "埃森", score: 9).hasPrefix("城市对接"))
    }

    /// Choice prompts say in Chinese what to type, as the brief for issue 11 asks.
    @Test func choicePromptsSayWhatToTypeInChinese() {
        for prompt in [flow.areasPrompt, flow.obstaclePrompt, flow.hint(for: .multipleChoice) ?? ""] {
            #expect(prompt.contains("输入编号或名称，多个用逗号分隔"), "\(prompt)")
        }
        #expect(flow.yesNoNames == ["是", "否"])
    }
}
