import Foundation
import PlanModel
import Testing

/// Issue 13, item 5: an answers file without `language:` is read in the
/// language its answers are written in, told from what it says.
@Suite struct AnswersLanguageTests {
    private func example(_ name: String) throws -> String {
        let url = TestQuestionnaires.repositoryRoot.appendingPathComponent("examples/\(name)")
        return try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\nlanguage:", with: "\n# was:")
    }

    /// The Chinese example (its key removed) is Chinese to an English session;
    /// English examples are not Chinese, nor the other way round.
    @Test func theLanguageOfTheAnswersIsFound() throws {
        let language = AnswersLanguage(questionnaire: try TestQuestionnaires.builtIn())
        #expect(language.likely(in: try example("ningbo-nottingham.zh.yaml"), unless: "en") == "zh")
        #expect(language.likely(in: try example("ningbo-nottingham.zh.yaml"), unless: "zh") == nil)
        for name in ["nottingham-ningbo.yaml", "manchester-wuhan.yaml", "stavanger-yantai.yaml"] {
            #expect(language.likely(in: try example(name), unless: "en") == nil)
            #expect(language.likely(in: try example(name), unless: "zh") == "en")
        }
    }

    /// Review of issue 13: a short Chinese file (a city, its country, one
    /// strength: 13 characters) is Chinese; a short English one stays English,
    /// and an English entry naming a Chinese city does not make it Chinese.
    @Test func aShortChineseFileIsChinese() throws {
        let language = AnswersLanguage(questionnaire: try TestQuestionnaires.builtIn())
        let short = "city-name: 无锡\ncity-country: 中国\nstrengths:\n  - text: 太湖边的制造业名城\n"
        #expect(language.likely(in: short, unless: "en") == "zh")
        #expect(language.likely(in: "city-name: Bonn\ncity-country: Germany\n", unless: "en") == nil)
        let named = "city-name: Bonn\npartner-name: 成都\nstrengths:\n  - text: A friendship with Chengdu since 2009\n"
        #expect(language.likely(in: named, unless: "en") == nil)
    }

    /// Choices named in one language tell it even when there is little text;
    /// choice ids, numbers and a few words do not.
    @Test func choiceNamesTellTheLanguage() throws {
        let language = AnswersLanguage(questionnaire: try TestQuestionnaires.builtIn())
        #expect(language.likely(in: "city-side: 中国城市\nhelix-involved: [government]\n", unless: "en") == "zh")
        #expect(language.likely(in: "city-side: chinese\nhas-partner: yes\nstaff: 3\n", unless: "en") == nil)
        #expect(language.likely(in: "city-name: 宁波\n", unless: "en") == nil)
        #expect(language.likely(in: "- not a mapping\n", unless: "en") == nil)
    }
}
