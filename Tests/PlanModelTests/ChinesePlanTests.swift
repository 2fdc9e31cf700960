import Foundation
import Testing

@testable import PlanModel

/// Issue 11, "the plan in Chinese": every text of the rule catalogue is
/// written in Simplified Chinese, a missing one is listed with its file and
/// line, and a plan made in Chinese for the case-study cities holds no English
/// sentence of the tool's own and the same rules as in English.
@Suite struct ChinesePlanTests {
    let questionnaire: Questionnaire
    let catalog: RuleCatalog

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
        catalog = try TestRules.catalog(for: questionnaire)
    }

    // MARK: Completeness

    /// Issue 11: the built-in catalogue has no text missing in Chinese, and the
    /// check sees every file with texts (the new names and ladder files included).
    @Test func theBuiltInCatalogueHasNoTextMissingInChinese() {
        #expect(catalog.textSites.missing(in: "zh").map { "\($0.file):\($0.line ?? 0) \($0.context)" } == [])
        let files = Set(catalog.textSites.map { URL(fileURLWithPath: $0.file).lastPathComponent })
        #expect(
            files == [
                "activities.yaml", "health.yaml", "warnings.yaml", "phrases.yaml", "agreements.yaml", "names.yaml",
                "agreement-clauses.yaml",
            ])
        #expect(catalog.textSites.count > 250, "\(catalog.textSites.count)")
    }

    /// Issue 11: a copy with one Chinese text removed lists exactly that text,
    /// with its file, line and what it is, so a translator knows what is left.
    @Test func aCatalogueMissingOneChineseTextListsItWithFileAndLine() throws {
        let directory = try BrokenRules.copy()
        let url = directory.appendingPathComponent("agreements.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "- id: top-reason"))
        let zh = try #require(lines[start...].firstIndex { $0.hasPrefix("    zh: ") })
        lines.remove(at: zh)
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let broken = try RuleCatalogLoader().load(directory: directory, questionnaire: questionnaire)
        let missing = broken.textSites.missing(in: "zh")
        #expect(missing.count == 1)
        let site = try #require(missing.first)
        #expect(site.file.hasSuffix("/agreements.yaml"))
        #expect(site.context == "ladder text \"top-reason\" text")
        // The line of the text's first language, just under `text:`.
        #expect(site.line == zh)
        #expect(
            lines[zh - 1]
                == "    en: \"The top of the ladder is reached: both sides have taken binding responsibility for a joint project.\""
        )
    }

    /// Issue 11: a ladder text left out, or one the wizard does not know, is a
    /// load problem at its line, not a gap in a plan.
    @Test func aMissingOrUnknownLadderTextIsAProblem() throws {
        let renamed = try BrokenRules.load(
            "agreements.yaml", entry: "top-reason", replacing: "- id: top-reason", with: "- id: top-reasons",
            questionnaire: questionnaire)
        let messages = renamed.problems.map(\.message)
        #expect(
            messages.contains { $0.hasPrefix("\"top-reasons\" is not one of the ladder's texts (known: reached, ") })
        #expect(messages.contains("the ladder text \"top-reason\" is missing"))
        #expect(renamed.problems.contains { $0.line == renamed.line })
        let unsourced = try BrokenRules.load(
            "agreements.yaml", entry: "top-reason", replacing: "  source: \"§3\"\n", with: "",
            questionnaire: questionnaire)
        #expect(
            unsourced.problems.map(\.message) == [
                "ladder text \"top-reason\" needs a `source`: the report section or case study it comes from"
            ])
    }

    /// Issue 11: a list join without a place for the count is refused.
    @Test func aListJoinWithoutItsCountIsAProblem() throws {
        let outcome = try BrokenRules.load(
            "names.yaml", replacing: "zh: \"及另外{count}项\"", with: "zh: \"等\"", questionnaire: questionnaire)
        #expect(outcome.problems.map(\.message) == ["lists more (zh) must say where the count goes with {count}"])
    }

    /// The names of streams, characteristics, rungs and TOWS kinds in English
    /// are the catalogue's; the English fallbacks in code (for callers not yet
    /// reading the catalogue) say the same.
    @Test func theCataloguesEnglishNamesAreTheFallbacksInCode() {
        let names = catalog.names
        for stream in ActivityStream.allCases { #expect(names.name(of: stream, in: "en") == stream.title) }
        for item in Characteristic.allCases { #expect(names.name(of: item, in: "en") == item.title) }
        for stage in AgreementStage.allCases { #expect(names.name(of: stage, in: "en") == stage.name) }
        for kind in TOWSStrategy.Kind.allCases { #expect(names.name(of: kind, in: "en") == kind.title) }
        for cost in CostLevel.allCases { #expect(names.name(of: cost, in: "en") == cost.rawValue) }
        #expect(names.name(of: .letterOfIntent, in: "zh") == "合作意向书")
        #expect(names.name(of: .humanFactors, in: "zh") == "人的因素")
        #expect(names.name(of: .culture, in: "zh") == "文化与人文交流")
        #expect(names.name(of: .medium, in: "zh") == "中")
        #expect(names.name(of: .wt, in: "de") == "Shield weaknesses from challenges", "the default language")
    }

    // MARK: How the Chinese texts are written

    /// Every Chinese template of the catalogue, with its place.
    private var chineseTemplates: [(where: String, text: String)] {
        get throws {
            var result: [(String, String)] = []
            for name in ["activities", "health", "warnings", "phrases", "agreements", "names"] {
                let url = TestRules.directory.appendingPathComponent("\(name).yaml")
                let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
                for (number, line) in lines.enumerated() {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    guard trimmed.hasPrefix("zh: \""), trimmed.hasSuffix("\"") else { continue }
                    result.append(("\(name).yaml:\(number + 1)", String(trimmed.dropFirst(5).dropLast())))
                }
            }
            return result
        }
    }

    /// Issue 11: Chinese sentences use full-width punctuation and no spaces
    /// between words; a slot's name, a citation's section number ("§1.3.1")
    /// and the join of the areas list are the only ASCII marks.
    @Test func chineseTextsUseFullWidthPunctuationAndNoSpaces() throws {
        let templates = try chineseTemplates
        #expect(templates.count > 250)
        for (place, text) in templates {
            // Slot names and their braces are the template's, not the sentence's.
            let sentence = text.replacingOccurrences(
                of: #"\{[a-z-]+\|?|\}|\[\[|\]\]"#, with: "", options: .regularExpression)
            #expect(
                sentence.range(of: #"[,;:()!?]"#, options: .regularExpression) == nil,
                "ASCII punctuation at \(place): \(text)")
            #expect(
                sentence.range(of: #"[^0-9]\.|\.[^0-9]|\.$"#, options: .regularExpression) == nil,
                "an ASCII full stop at \(place): \(text)")
            #expect(!sentence.contains(" "), "a space at \(place): \(text)")
        }
    }

    // MARK: Chinese plans for the case-study cities

    private func session(_ city: String, language: String) throws -> Session {
        let url = TestQuestionnaires.repositoryRoot.appendingPathComponent("Tests/Fixtures/cities/\(city).yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        return try AnswersImport(questionnaire: questionnaire, language: language)
            .run(text: text, now: Date(timeIntervalSince1970: 1_500_000_000)).session
    }

    /// Every sentence the suggestions show a person.
    private func sentences(_ suggestions: Suggestions) -> [String] {
        let agreement = suggestions.agreement
        var texts = [agreement.headline] + agreement.prerequisites + agreement.reasons.map(\.text)
        texts += agreement.warnings.map(\.text)
        texts += suggestions.plan.flatMap { [$0.title, $0.description, $0.indicator, $0.reason] }
        for score in suggestions.health.scores {
            texts += score.evidence.map(\.text) + score.setbacks.map(\.text) + score.gaps
        }
        return texts + suggestions.strategies.map(\.text)
    }

    /// What may stay English in a Chinese plan: the team's own entries as
    /// typed (whole, or shortened to a title or a quote), and the labels of
    /// choices the questionnaire has no Chinese for yet.
    private func allowedEnglish(_ session: Session) -> [String] {
        var texts: [String] = []
        for value in session.answers.values {
            switch value {
            case .text(let text): texts.append(text)
            case .texts(let items): texts += items
            case .swocEntries(let entries): texts += entries.map(\.text)
            case .flag, .number: break
            }
        }
        texts += texts.flatMap { [PlanSlot.shortened($0), PlanSlot.shortened($0, to: 64), PlanSlot.title($0)] }
        texts = texts.map(TextTemplate.withoutFinalStop) + texts
        let choices =
            questionnaire.vocabularies.values.flatMap(\.choices)
            + questionnaire.questions.flatMap { $0.choices?.choices ?? [] }
        texts += choices.filter { $0.label.texts["zh"] == nil }.compactMap { $0.label.texts["en"] }
        texts += texts.map(PlanSlot.inSentence)
        return texts.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// Issue 11: the same city answered in Chinese gets the same rules (plan,
    /// health signs, warnings) as in English, and no sentence of the tool's
    /// own is English: no run of three English words is left once the team's
    /// own text and untranslated choice labels are taken out.
    @Test(arguments: CaseStudyCityTests.cities)
    func aChinesePlanHoldsNoEnglishSentenceAndTheSameRules(city: String) throws {
        let english = Suggestions(
            questionnaire: questionnaire, session: try session(city, language: "en"), catalog: catalog)
        let chineseSession = try session(city, language: "zh")
        let chinese = Suggestions(questionnaire: questionnaire, session: chineseSession, catalog: catalog)
        func rules(_ s: Suggestions) -> [String] {
            s.plan.map { "\($0.rule)@\($0.planYear)" } + s.agreement.warnings.compactMap(\.rule)
                + s.health.scores.flatMap { ($0.evidence + $0.setbacks).compactMap(\.rule) }
        }
        #expect(rules(chinese) == rules(english))
        #expect(chinese.agreement.next == english.agreement.next)
        #expect(chinese.agreement.then == english.agreement.then)
        let allowed = allowedEnglish(chineseSession)
        for sentence in sentences(chinese) {
            var rest = sentence
            for text in allowed { rest = rest.replacingOccurrences(of: text, with: "·") }
            let english = rest.range(of: #"[A-Za-z]+(?:[ '’]+[A-Za-z]+){2,}"#, options: .regularExpression)
            #expect(english == nil, "English in \(city): \(sentence)")
            #expect(sentence.range(of: #"\p{Han}"#, options: .regularExpression) != nil, "\(city): \(sentence)")
        }
    }

    /// Issue 11: lists inside a Chinese sentence are joined with "、", in
    /// English with ", ", and the weakest-characteristic note follows a Chinese
    /// reason without a space.
    @Test func listsAreJoinedAsTheLanguageJoinsThem() throws {
        let chinese = Suggestions(
            questionnaire: questionnaire, session: try session("rome-yantai", language: "zh"), catalog: catalog)
        let english = Suggestions(
            questionnaire: questionnaire, session: try session("rome-yantai", language: "en"), catalog: catalog)
        let areas = english.agreement.areas
        #expect(areas.count >= 2)
        let labels = areas.map { questionnaire.label($0, in: "cooperation-areas", language: "zh") }
        #expect(chinese.agreement.headline.contains(labels.joined(separator: "、")), "\(chinese.agreement.headline)")
        let englishLabels = areas.map { questionnaire.label($0, in: "cooperation-areas", language: "en") }
        #expect(english.agreement.headline.contains(englishLabels.joined(separator: ", ")))
        #expect(chinese.agreement.headline.hasPrefix("签署合作意向书，明确"))
        let noted = chinese.plan.filter { $0.reason.contains("此项可加强") }
        for activity in noted { #expect(!activity.reason.contains(" 此项"), "\(activity.reason)") }
    }

    /// Entry codes past the fifth are counted in the language's own words.
    @Test func aLongListOfEntriesIsShortenedInTheLanguage() {
        let references = (1...8).map { SwocReference(quadrant: .weaknesses, number: $0) }
        #expect(catalog.names.listStyle(in: "zh").references(references) == "W1、W2、W3、W4、W5及另外3项")
        #expect(catalog.names.listStyle(in: "en").references(references) == "W1, W2, W3, W4, W5 and 3 more")
    }
}
