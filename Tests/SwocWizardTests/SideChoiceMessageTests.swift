import Foundation
import Messages
import PlanModel
import Testing

/// Second review of issue 11: a Chinese answers file that names a funding
/// source only European cities are offered is told so in Chinese, naming the
/// answer the choice depends on, never the condition in the files' English.
@Suite struct SideChoiceMessageTests {
    @Test func aChoiceOfTheOtherSideIsExplainedInChinese() throws {
        let questionnaire = try QuestionnaireLoader().load(
            directory: FlowFixtures.repositoryRoot.appendingPathComponent("questionnaires"))
        let answers = """
            city-name: 宁波
            city-country: 中国
            city-side: chinese
            has-partner: 否
            resource-level: lean
            funding-sources: [foreign-affairs-office-budget, 欧盟资金和项目]
            """
        let failure = #expect(throws: AnswersImport.Failure.self) {
            try AnswersImport(questionnaire: questionnaire, language: "zh").run(text: answers, now: Date())
        }
        let problem = try #require(failure?.problems.first { $0.questionID == "funding-sources" })
        let chinese = Messages.chinese.problems.answersFileProblem(problem)
        #expect(chinese.contains("取决于“city-side”的回答"), "\(chinese)")
        #expect(chinese.firstMatch(of: /[A-Za-z]{3,} [A-Za-z]{2,}/) == nil, "no English words: \(chinese)")
    }
}
