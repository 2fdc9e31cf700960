import Foundation
import PlanModel
import Testing

/// Issue 11, "Chinese everywhere": the built-in questionnaire is complete in
/// Simplified Chinese, keeps the report's citations, uses the glossary's
/// terms, and the translation check finds what is missing, with file and line.
@Suite struct ChineseQuestionnaireTests {
    let questionnaire: Questionnaire

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
    }

    /// Every text of the built-in files has a `zh:` (prompts, help and its alternatives, labels, titles,
    /// intros, validation messages, the manifest title).
    @Test func everyBuiltInTextIsWrittenInChinese() {
        let missing = questionnaire.textSites.missing(in: "zh")
        #expect(missing.isEmpty, "\(missing.map { "\($0.file):\($0.line ?? 0) \($0.context)" })")
        #expect(questionnaire.textSites.count > 200)
        #expect(questionnaire.languages.contains("zh"))
        #expect(questionnaire.title.texts["zh"] == "中欧城市合作伙伴关系规划")
    }

    /// The check names each text a translator still has to write, with its file and line.
    @Test func aMissingChineseTextIsFoundWithFileAndLine() throws {
        let stepOne = TestQuestionnaires.stepOne.replacingOccurrences(
            of: "prompt: {en: Name?}", with: "prompt: {en: Name?, zh: 名称？}")
        let loaded = try QuestionnaireLoader().load(directory: TestQuestionnaires.small(["one.yaml": stepOne]))
        let missing = loaded.textSites.missing(in: "zh")
        #expect(!missing.isEmpty)
        #expect(!missing.contains { $0.context == "question \"city-name\" prompt" })
        let help = try #require(missing.first { $0.context == "question \"city-name\" help" })
        #expect(help.file.hasSuffix("one.yaml"))
        #expect(help.line == 10, "the line of `help:` in one.yaml")
    }

    private func texts(_ text: LocalizedText) -> (en: String, zh: String)? {
        guard let en = text.texts["en"], let zh = text.texts["zh"] else { return nil }
        return (en, zh)
    }

    private var allHelp: [(String, LocalizedText)] {
        questionnaire.questions.flatMap { question in
            [(question.id, question.help)] + question.helpAlternatives.map { (question.id, $0.text) }
        }
    }

    /// The Chinese help cites the same report sections as the English, as "（报告 §…）".
    @Test func chineseHelpKeepsTheReportsCitations() throws {
        let section = /§[0-9I]+(\.[0-9]+)*/
        for (id, help) in allHelp {
            let pair = try #require(texts(help), "\(id)")
            let english = Set(pair.en.matches(of: section).map { String($0.output.0) })
            let chinese = Set(pair.zh.matches(of: section).map { String($0.output.0) })
            #expect(english == chinese, "\(id): \(pair.zh)")
            if pair.en.contains("(report ") { #expect(pair.zh.contains("（报告 §"), "\(id)") }
        }
    }

    /// The glossary's terms, one per idea (GLOSSARY-zh.md): an MoU is always 谅解备忘录, a Letter of
    /// Cooperation Intent 合作意向书, the NDRC 国家发展改革委; no label holds a Chinese list comma.
    @Test func chineseTextsUseTheGlossarysTerms() {
        var all: [String] = questionnaire.questions.flatMap { question in
            [question.prompt, question.help].compactMap { $0.texts["zh"] }
                + question.helpAlternatives.compactMap { $0.text.texts["zh"] }
        }
        let labels = questionnaire.vocabularies.values.flatMap { $0.choices.compactMap { $0.label.texts["zh"] } }
        all += labels
        for text in all {
            #expect(text.replacingOccurrences(of: "谅解备忘录", with: "").contains("备忘录") == false, "\(text)")
            #expect(text.replacingOccurrences(of: "合作意向书", with: "").contains("意向书") == false, "\(text)")
            #expect(!text.contains("发改委"), "\(text)")
        }
        for label in labels { #expect(!label.contains(where: AnswerParser.isChoiceSeparator), "\(label)") }
        let help = questionnaire.question(id: "helix-involved")?.help.texts["zh"] ?? ""
        #expect(help.contains("政府、高校和科研机构、企业、社会组织"))
    }
}
