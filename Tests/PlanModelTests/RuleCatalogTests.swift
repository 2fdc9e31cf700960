import Foundation
import PlanModel
import Testing

/// Issue 10, "The rules as a catalogue": the rule files are data a domain
/// expert changes, so every mistake in them must be found when they load, each
/// with its file and line and a plain message, before a workshop starts; and
/// the shipped catalogue itself must pass those checks with nothing to spare.
@Suite struct RuleCatalogTests {
    let questionnaire: Questionnaire

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
    }

    // MARK: The shipped catalogue

    /// The shipped rules load against the shipped questionnaire with no problem,
    /// and none of them reads a question the questionnaire does not ask.
    @Test func theShippedCatalogueLoadsWithNoProblemAndNoUnreachableRule() throws {
        let catalog = try TestRules.catalog(for: questionnaire)
        #expect(catalog.unreachable.isEmpty, "\(catalog.unreachable)")
        #expect(catalog.activities.count >= 30)
        #expect(catalog.signals.count >= 15)
        #expect(catalog.warnings.count >= 4)
        #expect(catalog.defaultLanguage == "en")
        #expect(catalog.phrases["weakest-note"] != nil)
    }

    /// Every rule says which part of the report it comes from.
    @Test func everyRuleHasASource() throws {
        let catalog = try TestRules.catalog(for: questionnaire)
        let sources =
            catalog.activities.map { ($0.id, $0.source) } + catalog.signals.map { ($0.id, $0.source) }
            + catalog.warnings.map { ($0.id, $0.source) }
        for (id, source) in sources {
            #expect(!source.trimmingWhitespace().isEmpty, "\(id) has no source")
        }
    }

    /// Rule ids are unique across the whole catalogue, so a test or a plan's
    /// `rule` field names exactly one rule.
    @Test func ruleIDsAreUniqueAcrossTheFiles() throws {
        let catalog = try TestRules.catalog(for: questionnaire)
        let ids = catalog.activities.map(\.id) + catalog.signals.map(\.id) + catalog.warnings.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    /// streams.yaml and the questionnaire's cooperation areas agree both ways:
    /// an area without a stream would silently land in inter-government work,
    /// and a stream entry for an area nobody can choose is a typo.
    @Test func everyCooperationAreaHasAStreamAndEveryStreamAreaExists() throws {
        let catalog = try TestRules.catalog(for: questionnaire)
        let areas = try #require(questionnaire.vocabularies["cooperation-areas"]).choices.map(\.id)
        #expect(Set(catalog.streams.keys) == Set(areas))
        for area in areas { #expect(catalog.streams[area] != nil, "\(area) has no stream") }
        for area in catalog.streams.keys { #expect(areas.contains(area), "\(area) is not a cooperation area") }
    }

    // MARK: Hostile rule folders: one mistake each, at its line

    private func activity(_ id: String, replacing old: String, with new: String) throws -> BrokenRules.Outcome {
        try BrokenRules.load("activities.yaml", entry: id, replacing: old, with: new, questionnaire: questionnaire)
    }

    /// The one problem of a broken copy, which must name the file and a line.
    private func single(
        _ outcome: BrokenRules.Outcome, in file: String = "activities.yaml",
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> QuestionnaireProblem {
        #expect(outcome.problems.count == 1, "\(outcome.problems)", sourceLocation: sourceLocation)
        let problem = try #require(outcome.problems.first, sourceLocation: sourceLocation)
        #expect(problem.file.hasSuffix("/\(file)"), "\(problem)", sourceLocation: sourceLocation)
        #expect(
            problem.description.hasPrefix("\(problem.file):\(problem.line ?? -1): "), sourceLocation: sourceLocation)
        return problem
    }

    /// A mistyped fact name is caught, not read as "never true".
    @Test func anUnknownFactIsAProblemAtItsLine() throws {
        let outcome = try activity("find-partner", replacing: "{fact: has-partner}", with: "{fact: has-partnr}")
        let problem = try single(outcome)
        #expect(problem.line == outcome.line)
        #expect(
            problem.message.hasPrefix("activity \"find-partner\": unknown fact \"has-partnr\" (known: has-partner, "))
    }

    /// `stage` is a rung of the agreement ladder; "signed" is none, so the rule could never fire.
    @Test func aFactComparedWithAValueItNeverHasIsAProblem() throws {
        let outcome = try activity(
            "deliver-contracted-project", replacing: "equals: project-contract", with: "equals: signed")
        let problem = try single(outcome)
        #expect(problem.line == outcome.line)
        #expect(
            problem.message
                == "activity \"deliver-contracted-project\": the fact stage is never \"signed\" (expected one of: "
                + "no-agreement, mou, letter-of-intent, project-agreement, project-contract)")
    }

    /// A yes-or-no fact compared with a value is a mistake too.
    @Test func aYesOrNoFactComparedWithAValueIsAProblem() throws {
        let outcome = try activity(
            "find-partner", replacing: "{fact: has-partner}", with: "{fact: has-partner, equals: yes}")
        let problem = try single(outcome)
        #expect(
            problem.message
                == "activity \"find-partner\": the fact has-partner is a yes or no; write `fact: has-partner` alone")
    }

    /// A number fact compared with a word.
    @Test func aNumberFactComparedWithAWordIsAProblem() throws {
        let outcome = try BrokenRules.load(
            "warnings.yaml", entry: "stale-first-agreement", replacing: "at-least: 3", with: "at-least: three",
            questionnaire: questionnaire)
        let problem = try single(outcome, in: "warnings.yaml")
        #expect(problem.line == outcome.line)
        #expect(
            problem.message
                == "warning \"stale-first-agreement\": the fact first-agreement-age is a number, not \"three\"")
    }

    /// A mistyped detail in a text would leave a gap in every plan; it is caught at load.
    @Test func anUnknownSlotIsAProblemAtItsLine() throws {
        let outcome = try activity(
            "first-people-exchange", replacing: "exchange with {partner}\"", with: "exchange with {partnr}\"")
        let problem = try single(outcome)
        #expect(problem.line == outcome.line)
        #expect(
            problem.message.hasPrefix(
                "activity \"first-people-exchange\" title (en): unknown detail {partnr} (known: city, partner, "))
    }

    @Test func anUnclosedOptionalPartIsAProblemAtItsLine() throws {
        let outcome = try activity("find-partner", replacing: "[[ ({links})]]", with: "[[ ({links})")
        let problem = try single(outcome)
        #expect(problem.line == outcome.line)
        #expect(
            problem.message
                == "activity \"find-partner\" description (en): a \"[[\" part is not closed with \"]]\"")
    }

    /// "rich" is not one of the resource levels (lean, moderate, well-funded).
    @Test func aChoiceThatTheQuestionDoesNotOfferIsAProblem() throws {
        let outcome = try activity(
            "find-partner", replacing: "{not: {fact: has-partner}}", with: "{question: resource-level, equals: rich}")
        let problem = try single(outcome)
        #expect(problem.line == outcome.line)
        #expect(
            problem.message == "activity \"find-partner\": \"rich\" is not a choice of the question \"resource-level\"")
    }

    /// Review of issue 10: `equals: maybe` on a yes-or-no question, and
    /// `equals:` on a list, were accepted and the rule silently never applied.
    @Test func aValueOfTheWrongKindIsAProblem() throws {
        let yesNo = try activity(
            "find-partner", replacing: "{not: {fact: has-partner}}",
            with: "{question: political-support, equals: maybe}")
        #expect(try single(yesNo).message.contains("compare it with true or false"))
        let list = try activity(
            "find-partner", replacing: "{not: {fact: has-partner}}", with: "{question: shared-areas, equals: sport}")
        #expect(try single(list).message.contains("`includes:` one of its items"))
        let includes = try activity(
            "find-partner", replacing: "{not: {fact: has-partner}}",
            with: "{question: political-support, includes: yes}")
        #expect(try single(includes).message.contains("`includes` is for lists"))
    }

    /// Review of issue 10: `years` with `for-each` was accepted and `for-each` ignored.
    @Test func yearsAndForEachTogetherAreAProblem() throws {
        let outcome = try activity(
            "area-policy-pilot", replacing: "  limit: 3\n", with: "  limit: 3\n  years: [2, 4]\n")
        #expect(outcome.problems.contains { $0.message.contains("either `years` or `for-each`, not both") })
    }

    /// Review of issue 10: a mistyped question id inside `not` gave no word at
    /// all and the rule applied to everyone; it is now a note with its line.
    @Test func aQuestionTheQuestionnaireDoesNotAskIsANoteWithItsLine() throws {
        let outcome = try activity(
            "partnership-record", replacing: "{question: partnership-database, equals: false}",
            with: "{not: {question: partnership-databse, equals: true}}")
        #expect(outcome.problems.isEmpty)
        let catalog = try RuleCatalogLoader().load(directory: outcome.directory, questionnaire: questionnaire)
        let note = try #require(catalog.notes.first)
        #expect(note.line == outcome.line)
        #expect(note.message.contains("reads \"partnership-databse\", which this questionnaire does not ask"))
        #expect(try TestRules.catalog(for: questionnaire).notes.isEmpty, "the shipped rules read only asked questions")
    }

    /// Every rule must say where in the report it comes from.
    @Test func aMissingSourceIsAProblemAtTheRule() throws {
        let outcome = try activity("find-partner", replacing: "  source: \"§1.2\"\n", with: "")
        let problem = try single(outcome)
        #expect(problem.line == outcome.entryLine)
        #expect(
            problem.message
                == "activity \"find-partner\" needs a `source`: the report section or case study it comes from")
    }

    @Test func anEmptySourceIsAProblemToo() throws {
        let outcome = try activity("find-partner", replacing: "source: \"§1.2\"", with: "source: \"  \"")
        let problem = try single(outcome)
        #expect(problem.message.hasSuffix("needs a `source`: the report section or case study it comes from"))
    }

    /// Two rules with one id would make tests and the plan's `rule` field ambiguous.
    @Test func aDuplicateRuleIDIsAProblemAtTheSecondRule() throws {
        let outcome = try activity(
            "first-exchange-with-new-partner", replacing: "- id: first-exchange-with-new-partner",
            with: "- id: find-partner")
        let problem = try single(outcome)
        #expect(problem.line == outcome.line)
        #expect(problem.message.hasPrefix("the rule id \"find-partner\" is used twice (first at line "))
    }

    @Test func aLeadThatIsNotAHelixActorIsAProblem() throws {
        let outcome = try activity("find-partner", replacing: "lead: government", with: "lead: mayor")
        let problem = try single(outcome)
        #expect(problem.line == outcome.line)
        #expect(
            problem.message
                == "activity \"find-partner\": the lead must be one of the helix actors (government, academia, "
                + "industry, civil-society)")
    }

    @Test func aBadCostIsAProblem() throws {
        let outcome = try activity("business-delegation", replacing: "lean-cost: low", with: "lean-cost: cheap")
        let problem = try single(outcome)
        #expect(problem.line == outcome.line)
        #expect(problem.message == "activity \"business-delegation\": the cost is low, medium or high, not \"cheap\"")
    }

    /// `stream: area` means "the stream of the area at hand", which only a rule
    /// repeated over areas has.
    @Test func streamAreaWithoutForEachIsAProblem() throws {
        let outcome = try activity("find-partner", replacing: "stream: government", with: "stream: area")
        let problem = try single(outcome)
        #expect(problem.line == outcome.entryLine)
        #expect(
            problem.message
                == "activity \"find-partner\": `stream: area` needs `for-each: ranked-areas` or `business-interest`")
    }

    @Test func anUnknownStreamIsAProblem() throws {
        let outcome = try activity("find-partner", replacing: "stream: government", with: "stream: sports")
        let problem = try single(outcome)
        #expect(problem.line == outcome.line)
        #expect(
            problem.message.hasPrefix("activity \"find-partner\": unknown stream \"sports\" (expected area or one of: ")
        )
    }

    /// The plan has five years.
    @Test func yearSevenIsAProblem() throws {
        let outcome = try activity("find-partner", replacing: "year: 1", with: "year: 7")
        let problem = try single(outcome)
        #expect(problem.line == outcome.line)
        #expect(problem.message == "activity \"find-partner\": the year is a plan year from 1 to 5")
    }

    @Test func aYearListOutsideThePlanIsAProblem() throws {
        let outcome = try activity("delegation-exchange", replacing: "years: [2, 4]", with: "years: [2, 6]")
        let problem = try single(outcome)
        #expect(problem.line == outcome.line)
        #expect(problem.message == "activity \"delegation-exchange\": years are plan years from 1 to 5")
    }

    /// A rule written only in another language would show nothing to most users.
    @Test func aTextMissingInTheDefaultLanguageIsAProblem() throws {
        let outcome = try activity(
            "find-partner", replacing: "    en: \"A partner city identified",
            with: "    fr: \"A partner city identified")
        let problem = try single(outcome)
        #expect(problem.line == outcome.line)
        #expect(
            problem.message
                == "activity \"find-partner\" indicator has no text in en, the catalogue's default language")
    }

    /// A text left out entirely is named at its rule, with the line, so the
    /// author can find it (it used to be reported without a line).
    @Test func aMissingTextIsAProblemAtTheRule() throws {
        let outcome = try activity(
            "find-partner",
            replacing: "  indicator:\n    en: \"A partner city identified and a first meeting held\"\n"
                + "    zh: \"确定合作伙伴城市并举行首次会谈\"\n",
            with: "")
        let problem = try single(outcome)
        #expect(problem.line == outcome.entryLine)
        #expect(problem.message == "activity \"find-partner\" indicator is missing")
    }

    @Test func anUnknownFieldIsAProblemAtItsLine() throws {
        let outcome = try activity("find-partner", replacing: "cost: low", with: "cost: low\n  budget: 100")
        let problem = try single(outcome)
        #expect(problem.line == outcome.line + 1)
        #expect(problem.message.contains("budget"))
    }

    @Test func anUnknownObstacleKindIsAProblem() throws {
        let outcome = try activity(
            "funding-plan", replacing: "answers: {obstacle: funding}", with: "answers: {obstacle: money}")
        let problem = try single(outcome)
        #expect(problem.line == outcome.line)
        #expect(problem.message.hasPrefix("activity \"funding-plan\": \"money\" is not an obstacle kind ("))
    }

    /// A health sign's points are between -3 and 3, and never 0.
    @Test func aHealthSignWithZeroPointsIsAProblem() throws {
        let outcome = try BrokenRules.load(
            "health.yaml", entry: "contacts-faded", replacing: "points: -1", with: "points: 0",
            questionnaire: questionnaire)
        let problem = try single(outcome, in: "health.yaml")
        #expect(problem.line == outcome.line)
        #expect(problem.message == "health sign \"contacts-faded\": points are from -3 to 3, not 0")
    }

    /// A sign that can earn points needs its `gap`: what the city could do to earn them.
    @Test func aHealthSignWithoutItsGapIsAProblem() throws {
        let outcome = try BrokenRules.load(
            "health.yaml", entry: "record-kept",
            replacing:
                "  gap:\n    en: \"Keep a record of contacts and activities (§2.3.2)\"\n    zh: \"建立联系人和活动记录（§2.3.2）\"",
            with: "",
            questionnaire: questionnaire)
        let problem = try single(outcome, in: "health.yaml")
        #expect(problem.line == outcome.entryLine)
        #expect(problem.message == "health sign \"record-kept\" gap is missing")
    }

    @Test func aWarningWithoutASourceIsAProblem() throws {
        let outcome = try BrokenRules.load(
            "warnings.yaml", entry: "dormant-partnership", replacing: "  source: \"§1.1; §2.2.1; Case study 13\"\n",
            with: "", questionnaire: questionnaire)
        let problem = try single(outcome, in: "warnings.yaml")
        #expect(problem.line == outcome.entryLine)
        #expect(
            problem.message
                == "warning \"dormant-partnership\" needs a `source`: the report section or case study it comes from")
    }

    /// An area put in two streams is a mistake: its activities can go in only one.
    @Test func anAreaInTwoStreamsIsAProblem() throws {
        let outcome = try BrokenRules.load(
            "streams.yaml", replacing: "  - sport\n", with: "  - sport\n  - low-carbon\n", questionnaire: questionnaire)
        let problem = try single(outcome, in: "streams.yaml")
        #expect(problem.line == outcome.line + 1)
        #expect(problem.message == "\"low-carbon\" is already in the government stream")
    }

    /// Many mistakes at once are all reported, so a facilitator fixes them in one go.
    @Test func everyProblemIsReportedNotOnlyTheFirst() throws {
        let directory = try BrokenRules.copy()
        let url = directory.appendingPathComponent("activities.yaml")
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: "year: 1\n", with: "year: 9\n")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let error = try #require(throws: QuestionnaireError.self) {
            try RuleCatalogLoader().load(directory: directory, questionnaire: questionnaire)
        }
        #expect(error.problems.count >= 20)
        #expect(error.problems.allSatisfy { $0.line != nil && $0.message.hasSuffix("from 1 to 5") })
    }

    // MARK: A questionnaire without a question the rules read

    /// A copy of the shipped questionnaire without the `resource-level` question.
    static func questionnaireWithoutResourceLevel() throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("swoc-questions-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TestQuestionnaires.builtInDirectory, to: directory)
        let step = directory.appendingPathComponent("step-4-delivery.yaml")
        let text = try String(contentsOf: step, encoding: .utf8)
        let start = try #require(text.range(of: "  - id: resource-level\n"))
        let end = try #require(text.range(of: "  - id: political-support\n"))
        try text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "").write(
            to: step, atomically: true, encoding: .utf8)
        return directory
    }

    /// Issue 10: "A facilitator who removes `resource-level` from the
    /// questionnaire silently loses every lean and well-funded activity." The
    /// catalogue still loads, and names the rules that can no longer apply.
    @Test func rulesReadingARemovedQuestionAreNamedAsUnreachable() throws {
        let custom = try QuestionnaireLoader().load(directory: Self.questionnaireWithoutResourceLevel())
        #expect(custom.question(id: "resource-level") == nil)
        let catalog = try TestRules.catalog(for: custom)
        for id in ["low-cost-upkeep", "junior-official-training", "partner-city-office", "budget-beyond-upkeep"] {
            #expect(catalog.unreachable.contains(id), "\(id) should be named: \(catalog.unreachable)")
        }
        // Rules that need no answer to resource-level still apply.
        for id in ["find-partner", "evaluate-and-next-plan", "political-support"] {
            #expect(!catalog.unreachable.contains(id))
        }
    }

    /// A rule that asks for the question's answer NOT to be given can still
    /// apply: "not lean" holds for every city when nobody is asked, so saying
    /// it "can never apply" would be untrue.
    @Test func rulesThatStillApplyWithoutTheQuestionAreNotNamed() throws {
        let custom = try QuestionnaireLoader().load(directory: Self.questionnaireWithoutResourceLevel())
        let catalog = try TestRules.catalog(for: custom)
        // delegation-exchange: has-partner and not lean; several-funding-sources: two sources or well funded.
        for id in ["delegation-exchange", "revival-upkeep", "several-funding-sources"] {
            #expect(!catalog.unreachable.contains(id), "\(id) still applies: \(catalog.unreachable)")
        }
    }
}
