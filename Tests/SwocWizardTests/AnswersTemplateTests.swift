import Foundation
import Messages
import PlanModel
import Testing

/// Issue 13, "Answers files for people": `swoc-wizard template` writes an
/// answers file a consultant fills in, which loads back through the import.
@Suite struct AnswersTemplateTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let questionnaire: Questionnaire

    init() throws {
        questionnaire = try QuestionnaireLoader().load(
            directory: BuiltBinary.repositoryRoot.appendingPathComponent("questionnaires"))
    }

    private func template(_ language: String) -> AnswersTemplate {
        let messages = try! #require(Messages.in(language))
        let words = messages.commands.answersTemplateWords(
            title: "T", language: language, use: "swoc-wizard --answers FILE")
        return AnswersTemplate(questionnaire: questionnaire, language: language, words: words)
    }

    /// Issue 13: filled with its own examples, the template is a valid answers
    /// file with no problem and no warning, in English and in Chinese.
    @Test(arguments: ["en", "zh"])
    func theFilledTemplateLoadsCleanly(language: String) throws {
        let text = template(language).text(filled: true)
        let outcome = try AnswersImport(questionnaire: questionnaire, language: language).run(text: text, now: now)
        #expect(outcome.warnings.isEmpty, "\(outcome.warnings)")
        let engine = WizardEngine(questionnaire: questionnaire, session: outcome.session)
        #expect(engine.missingRequiredQuestions.isEmpty)
        guard case .swocEntries(let entries) = outcome.session.answers["strengths"] else {
            Issue.record("the example of a SWOC quadrant is not an entry list")
            return
        }
        #expect(entries.first?.actor != nil)
        #expect(entries.first?.areas.count == 2)
    }

    /// Issue 13: the examples in the comments are the values the filled file
    /// carries, so a consultant who copies one writes an accepted answer.
    @Test(arguments: ["en", "zh"])
    func theCommentedExamplesAreTheFilledValues(language: String) {
        let unfilled = template(language).text()
        let filled = template(language).text(filled: true)
        let values = filled.split(separator: "\n").filter { !$0.hasPrefix("#") && $0.contains(": ") }
        for line in values where !line.hasPrefix("language:") {
            #expect(unfilled.contains("#     \(line)\n") || unfilled.contains("#       \(line)\n"), "\(line)")
        }
        #expect(values.count > 20)
    }

    /// Issue 13: unfilled, the template loads and reports the required questions as missing.
    @Test(arguments: ["en", "zh"])
    func theUnfilledTemplateReportsTheRequiredQuestions(language: String) throws {
        let text = template(language).text()
        do {
            _ = try AnswersImport(questionnaire: questionnaire, language: language).run(text: text, now: now)
            Issue.record("an unfilled template should not load")
        } catch {
            #expect(!error.problems.isEmpty)
            #expect(error.problems.allSatisfy { $0.kind == .requiredButMissing }, "\(error.problems)")
            let asked = questionnaire.questions.filter { $0.required && $0.condition == nil }.map(\.id)
            #expect(error.problems.map(\.questionID) == asked)
        }
    }

    /// Issue 13: every question id appears once as a value line, in questionnaire
    /// order, and the file says its language.
    @Test(arguments: ["en", "zh"])
    func everyQuestionIDAppearsOnceInOrder(language: String) {
        let lines = template(language).text().split(separator: "\n", omittingEmptySubsequences: false)
        let keys = lines.filter { !$0.hasPrefix("#") && !$0.hasPrefix(" ") && $0.hasSuffix(":") }.map { $0.dropLast() }
        #expect(keys.map(String.init) == questionnaire.questions.map(\.id))
        #expect(lines.contains("language: \(language)"))
    }

    /// Issue 13: each question's comment gives its kind, whether it is required,
    /// when it is asked and its choices with their labels, in the file's language.
    @Test func theCommentsDescribeEachQuestion() {
        let english = template("en").text()
        #expect(english.contains("# partner-name: What is the name of the partner city?\n"))
        #expect(english.contains("#   kind: short-text · required\n#   asked when: has-partner is true\n"))
        #expect(english.contains("#   choices:\n#     european: A European city\n"))
        #expect(english.contains("#   choices (actor):\n#     government: "))
        let chinese = template("zh").text()
        #expect(chinese.contains("#   题型：single-choice（单选） · 必答\n#   选项：\n#     european: 欧洲城市\n"))
        #expect(chinese.contains("#   选项（actor）："), "Chinese brackets around the field (review of issue 13)")
        #expect(chinese.contains("#   提问条件：has-partner is true\n"))
    }

    /// Comment lines stay within 80 columns, Chinese ones counted by display width.
    @Test(arguments: ["en", "zh"])
    func commentLinesFitTheWidth(language: String) {
        for line in template(language).text().split(separator: "\n") where line.hasPrefix("#") {
            #expect(line.displayWidth <= 80 || !line.dropFirst(2).contains(" "), "\(line)")
        }
    }
}
