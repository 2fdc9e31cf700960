import Foundation
import PlanModel
import Testing

@Suite struct QuestionnaireLoaderTests {
    private func problems(_ overrides: [String: String]) throws -> [QuestionnaireProblem] {
        let directory = try TestQuestionnaires.small(overrides)
        do {
            _ = try QuestionnaireLoader().load(directory: directory)
            Issue.record("expected the questionnaire to be rejected")
            return []
        } catch {
            return error.problems
        }
    }

    @Test func builtInQuestionnaireLoadsWithAllFourSteps() throws {
        let questionnaire = try TestQuestionnaires.builtIn()
        #expect(questionnaire.steps.map(\.number) == [0, 1, 2, 3, 4])
        #expect(questionnaire.guidelineStepCount == 4)
        #expect(questionnaire.questions.first?.id == "city-name")
        let quadrants = questionnaire.questions.compactMap(\.quadrant)
        #expect(Set(quadrants) == Set(SwocQuadrant.allCases))
        for question in questionnaire.questions {
            #expect(!question.source.isEmpty, "\(question.id) cites no source")
            #expect(question.help.texts["en"]?.contains("§") == true, "\(question.id) help cites no section")
        }
        for id in ["city-name", "city-country", "partner-name", "partner-year", "partner-stage", "partner-status"] {
            #expect(questionnaire.question(id: id) != nil, "missing \(id)")
        }
    }

    @Test func smallQuestionnaireLoads() throws {
        let questionnaire = try QuestionnaireLoader().load(directory: TestQuestionnaires.small())
        #expect(
            questionnaire.questions.map(\.id) == [
                "city-name", "has-partner", "partner-name", "strengths", "areas", "staff",
            ])
        #expect(questionnaire.question(id: "strengths")?.areas?.name == "cooperation-areas")
        #expect(questionnaire.question(id: "staff")?.validation?.maximum == 50)
    }

    @Test func unknownKindIsReportedWithFileAndLine() throws {
        let broken = TestQuestionnaires.stepTwo.replacingOccurrences(of: "kind: number", with: "kind: numbr")
        let found = try problems(["two.yaml": broken])
        #expect(found.count == 1)
        #expect(found[0].file.hasSuffix("two.yaml"))
        #expect(found[0].line == 19)
        #expect(found[0].message.contains("unknown kind \"numbr\""))
    }

    @Test func duplicateIDIsReportedWithBothPlaces() throws {
        let broken = TestQuestionnaires.stepTwo.replacingOccurrences(of: "id: staff", with: "id: city-name")
        let found = try problems(["two.yaml": broken])
        #expect(found.count == 1)
        #expect(found[0].message.contains("used twice"))
        #expect(found[0].message.contains("one.yaml:"))
    }

    @Test func conditionNamingAnUnknownQuestionIsReported() throws {
        let broken = TestQuestionnaires.stepOne.replacingOccurrences(
            of: "question: has-partner", with: "question: has-parnter")
        let found = try problems(["one.yaml": broken])
        #expect(found.count == 1)
        #expect(found[0].message.contains("\"has-parnter\" that does not exist"))
        #expect(found[0].line == 19)
    }

    @Test func conditionOnALaterQuestionIsReported() throws {
        let broken = TestQuestionnaires.stepOne.replacingOccurrences(
            of: "question: has-partner", with: "question: staff")
        let found = try problems(["one.yaml": broken])
        #expect(
            found.map(\.message) == [
                "question \"partner-name\": the condition names \"staff\", which is asked later; a condition can only look at earlier answers"
            ])
    }

    @Test func missingVocabularyIsReported() throws {
        let broken = TestQuestionnaires.stepTwo.replacingOccurrences(
            of: "choices: cooperation-areas", with: "choices: cooperation-fields")
        let found = try problems(["two.yaml": broken])
        #expect(found.count == 1)
        #expect(found[0].message.contains("vocabulary \"cooperation-fields\" that does not exist"))
        #expect(found[0].line == 14)
    }

    @Test func yamlSyntaxErrorGivesTheLine() throws {
        let broken = TestQuestionnaires.stepOne.replacingOccurrences(
            of: "prompt: {en: Name?}", with: "prompt: {en: Name?")
        let found = try problems(["one.yaml": broken])
        #expect(found.count == 1)
        #expect(found[0].message.hasPrefix("YAML error"))
        #expect(found[0].line != nil)
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let stepOne = TestQuestionnaires.stepOne
            .replacingOccurrences(of: "kind: yes-no", with: "kind: boolean")
            .replacingOccurrences(
                of: "source: \"§1\"\n  - id: partner-name",
                with: "source: \"§1\"\n    colour: red\n  - id: partner-name")
        let vocabularies = TestQuestionnaires.vocabularies.replacingOccurrences(
            of: "label: {en: Smart cities}", with: "label: {en: \"Smart, cities\"}")
        let found = try problems(["one.yaml": stepOne, "vocabularies.yaml": vocabularies])
        let messages = found.map(\.description).joined(separator: "\n")
        #expect(found.count == 4, "\(messages)")
        #expect(messages.contains("unknown kind \"boolean\""))
        #expect(messages.contains("unknown key \"colour\""))
        #expect(messages.contains("cannot contain a comma"))
        // The condition on has-partner now points at a question that failed to load.
        #expect(messages.contains("\"has-partner\" that does not exist"))
    }

    @Test func choiceIDsMustBeLowercaseWordsWithHyphens() throws {
        let broken = TestQuestionnaires.vocabularies.replacingOccurrences(
            of: "id: smart-cities", with: "id: Smart_Cities")
        let found = try problems(["vocabularies.yaml": broken])
        #expect(
            found.map(\.message) == [
                "vocabulary \"cooperation-areas\": the choice id \"Smart_Cities\" must use lowercase letters, digits and hyphens only"
            ])
    }

    @Test func missingFileIsReported() throws {
        let directory = try TestQuestionnaires.small()
        try FileManager.default.removeItem(at: directory.appendingPathComponent("two.yaml"))
        do {
            _ = try QuestionnaireLoader().load(directory: directory)
            Issue.record("expected a problem")
        } catch {
            #expect(error.problems.map(\.message) == ["the file is missing or cannot be read"])
            #expect(error.problems[0].file.hasSuffix("two.yaml"))
        }
    }

    @Test func localizedTextFallsBackToTheDefaultLanguage() {
        let text = LocalizedText(["en": "City", "de": "Stadt"])
        #expect(text.text(in: "de", fallback: "en") == "Stadt")
        #expect(text.text(in: "zh", fallback: "en") == "City")
        #expect(LocalizedText(["fr": "Ville"]).text(in: "zh", fallback: "en") == "Ville")
    }
}

/// The lesser items of issue 14 about questionnaire files, and texts that must keep loading.
@Suite struct QuestionnaireFileTests {
    private func problems(_ overrides: [String: String]) throws -> [QuestionnaireProblem] {
        let directory = try TestQuestionnaires.small(overrides)
        do {
            _ = try QuestionnaireLoader().load(directory: directory)
            Issue.record("expected the questionnaire to be refused")
            return []
        } catch {
            return error.problems
        }
    }

    /// Issue 14, lesser item: a questionnaire without steps started and exported a "complete" plan.
    @Test func aQuestionnaireWithoutStepsIsRefused() throws {
        let manifest = TestQuestionnaires.manifest.replacingOccurrences(
            of: "steps:\n  - one.yaml\n  - two.yaml", with: "steps: []")
        let found = try problems(["manifest.yaml": manifest])
        #expect(
            found.map(\.message) == ["the `steps` list is empty; name at least one step file, e.g. - step-1-swoc.yaml"])
        #expect(found.first?.line == 6)
    }

    /// Issue 14, lesser item: steps without a `questions` list made a questionnaire with no questions.
    @Test func aStepWithoutQuestionsIsRefused() throws {
        let stepOne = try #require(TestQuestionnaires.stepOne.components(separatedBy: "questions:").first)
        let stepTwo = try #require(TestQuestionnaires.stepTwo.components(separatedBy: "questions:").first)
        let found = try problems(["one.yaml": stepOne, "two.yaml": stepTwo])
        #expect(
            found.map(\.message) == [
                "step \"profile\" has no questions; add a `questions` list",
                "step \"swoc\" has no questions; add a `questions` list",
            ])
        #expect(found.map(\.line) == [1, 1])
    }

    /// Issue 14, lesser item: a key given twice in a questionnaire file is named, at its first line.
    @Test func aDuplicateKeyIsNamed() throws {
        let broken = TestQuestionnaires.stepOne.replacingOccurrences(
            of: "    kind: yes-no\n", with: "    kind: yes-no\n    kind: short-text\n")
        let found = try problems(["one.yaml": broken])
        #expect(
            found.map(\.message) == [
                "the key \"kind\" is given twice in the same block (first at this line); keep only one"
            ])
        #expect(found.first?.line == 13)
    }

    /// A byte-order mark and Windows line endings are how many editors save
    /// files; the texts read are the same as without them (issue 14, lesser item
    /// and item 10: "\r\n" line endings of the file are not control characters in the texts).
    @Test func windowsLineEndingsAndAByteOrderMarkStillLoad() throws {
        let help = "    help:\n      en: |\n        First line.\n        Second line. (§1)\n"
        let stepOne = TestQuestionnaires.stepOne.replacingOccurrences(
            of: "    help: {en: The name. (§1)}\n", with: help)
        let plain = try QuestionnaireLoader().load(directory: TestQuestionnaires.small(["one.yaml": stepOne]))
        let windows = try QuestionnaireLoader().load(
            directory: TestQuestionnaires.small([
                "one.yaml": "\u{FEFF}" + stepOne.replacingOccurrences(of: "\n", with: "\r\n"),
                "manifest.yaml": "\u{FEFF}" + TestQuestionnaires.manifest.replacingOccurrences(of: "\n", with: "\r\n"),
            ]))
        #expect(windows == plain)
        #expect(plain.question(id: "city-name")?.help.texts["en"] == "First line.\nSecond line. (§1)\n")
    }

    /// A one-line text written as a `>` block ends with a line break, which is
    /// dropped rather than refused (issue 14, item 10 refuses only breaks inside it).
    @Test func aOneLineTextMayBeWrittenAsABlock() throws {
        let stepOne = TestQuestionnaires.stepOne.replacingOccurrences(
            of: "    prompt: {en: Name?}\n", with: "    prompt:\n      en: >\n        Name\n        of the city?\n")
        let questionnaire = try QuestionnaireLoader().load(directory: TestQuestionnaires.small(["one.yaml": stepOne]))
        #expect(questionnaire.question(id: "city-name")?.prompt.texts["en"] == "Name of the city?")
    }

    /// Issue 14, item 10: a line break inside a one-line text (a choice label
    /// here) would add lines to the Mermaid chart and tables.
    @Test func aLineBreakInsideAOneLineTextIsRefused() throws {
        let vocabularies = TestQuestionnaires.vocabularies.replacingOccurrences(
            of: "label: {en: Smart cities}", with: "label: {en: \"Smart\\ncities\"}")
        let found = try problems(["vocabularies.yaml": vocabularies])
        #expect(
            found.map(\.message) == [
                "choice \"smart-cities\" label must be one line but has a line break; put it on one line"
            ])
        #expect(found.first?.line == 5)
    }
}
