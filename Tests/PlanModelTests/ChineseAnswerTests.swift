import Foundation
import PlanModel
import Testing

/// Issue 11: answers typed in Chinese. Choice names in Chinese match as the
/// English ones do (whole, by a unique beginning as Tab completes them, or in
/// a list separated by "，" or "、"), and what the wizard puts back on the line
/// in Chinese parses back to the same answer.
@Suite struct ChineseAnswerTests {
    let questionnaire: Questionnaire
    let parser = AnswerParser(language: "zh", fallbackLanguage: "en")

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
    }

    private func question(_ id: String) throws -> Question {
        try #require(questionnaire.question(id: id))
    }

    private func matcher(_ vocabulary: String, language: String = "zh") throws -> ChoiceMatcher {
        ChoiceMatcher(
            vocabulary: try #require(questionnaire.vocabularies[vocabulary]), language: language,
            fallbackLanguage: "en")
    }

    /// A Chinese label, whole or by its unique beginning, names the choice.
    @Test func chineseLabelsMatchWholeOrByTheirBeginning() throws {
        let areas = try matcher("cooperation-areas")
        #expect(try areas.match("智慧城市").get().id == "smart-cities")
        #expect(try areas.match("港口").get().id == "port-logistics")
        #expect(try areas.match("低碳").get().id == "low-carbon")
        #expect(areas.labels.contains("文化与旅游"), "Tab completion offers the Chinese names")
        guard case .failure(.ambiguousChoice(_, let candidates)) = try matcher("agreement-types").match("项目") else {
            Issue.record("项目 starts two agreement types")
            return
        }
        #expect(candidates == ["项目协议", "项目合同（具有法律约束力）"])
    }

    /// A label in the other language is understood too: 智慧城市 in an English session, Smart cities in a
    /// Chinese one.
    @Test func aLabelInTheOtherLanguageMatches() throws {
        #expect(try matcher("cooperation-areas", language: "en").match("智慧城市").get().id == "smart-cities")
        #expect(try matcher("cooperation-areas", language: "en").match("海洋").get().id == "marine-industry")
        #expect(try matcher("cooperation-areas").match("Smart cities").get().id == "smart-cities")
        #expect(try matcher("cooperation-areas").match("port").get().id == "port-logistics")
    }

    /// Several choices separated by Chinese commas, as Chinese input methods type them.
    @Test(arguments: ["智慧城市，港口物流", "智慧城市、港口物流", "智慧城市,港口", "1、6"])
    func chineseCommasSeparateSeveralChoices(_ typed: String) throws {
        let parsed = parser.parse(typed, for: try question("shared-areas"))
        #expect(try parsed.get() == .texts(["smart-cities", "port-logistics"]))
    }

    /// What the wizard shows in Chinese (labels joined with "、", 是/否) parses back to the same answer.
    /// Review of issue 11: a year is written "2005年" in Chinese, and may be typed in full-width digits.
    @Test(arguments: ["2005", "2005年", "２００５年", "２００５"])
    func aYearWithTheCharacterForYearIsTheYear(_ typed: String) throws {
        #expect(try parser.parse(typed, for: try question("partner-year")).get() == .number(2005))
    }

    @Test func chineseDisplayParsesBackToTheSameAnswer() throws {
        let formatter = AnswerFormatter(language: "zh", fallbackLanguage: "en")
        let areas = try question("shared-areas")
        let value = AnswerValue.texts(["trade-investment", "culture-tourism", "smart-cities"])
        let shown = formatter.display(value, for: areas)
        #expect(shown == "贸易与投资、文化与旅游、智慧城市")
        #expect(try parser.parse(shown, for: areas).get() == value)
        let yesNo = try question("has-partner")
        for flag in [true, false] {
            let text = formatter.display(.flag(flag), for: yesNo)
            #expect(text == (flag ? "是" : "否"))
            #expect(try parser.parse(text, for: yesNo).get() == .flag(flag))
        }
        #expect(try parser.parse("没有", for: yesNo).get() == .flag(false))
        let side = try question("city-side")
        #expect(try parser.parse("中国", for: side).get() == .text("chinese"), "the start of 中国城市")
    }
}
