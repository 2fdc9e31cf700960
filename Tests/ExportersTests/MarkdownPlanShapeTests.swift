import Exporters
import Foundation
import Messages
import PlanModel
import Testing

/// Issue 12: the Markdown plan reshaped to read as text and convert to Word —
/// "Draft" on an unfinished plan, "Not answered yet" where the team has not
/// got to, no table wider than four columns, the plan at a glance, and a
/// variant for Word with the timeline picture instead of Mermaid.
@Suite struct MarkdownPlanShapeTests {
    let questionnaire: Questionnaire

    init() throws {
        questionnaire = try QuestionnaireLoader().load(
            directory: PlanDocumentBuilderTests.root.appendingPathComponent("questionnaires"))
    }

    private func document(fixture path: String) throws -> PlanDocument {
        let data = try Data(contentsOf: PlanDocumentBuilderTests.root.appendingPathComponent(path))
        let session = try SessionStore(questionnaire: questionnaire).decode(data, path: path)
        return try PlanDocumentBuilder(questionnaire: questionnaire, session: session).build()
    }

    private var unfinished: PlanDocument {
        get throws { try document(fixture: "Tests/Fixtures/sessions/manchester-wuhan-unfinished-step1.json") }
    }

    private func markdown(_ plan: PlanDocument, flavour: MarkdownPlanExporter.Flavour = .text) -> String {
        MarkdownPlanExporter(questionnaire: questionnaire, flavour: flavour).export(plan)
    }

    /// Issue 12: a session stopped at step 1 says "Draft" in its title and, first thing, how much is open.
    @Test func anUnfinishedPlanSaysDraftAtTheTop() throws {
        let plan = try unfinished
        let draft = try #require(plan.draft)
        let lines = markdown(plan).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "# Partnership plan: Manchester – Wuhan (Draft)")
        #expect(lines[1] == "")
        #expect(
            lines[2]
                == "**Draft**: \(draft.unansweredQuestions) questions are not answered yet (the session stopped in "
                + "step 1 of 4). The scores and suggestions below count only the answers given so far; finish the "
                + "session in the wizard before circulating this plan. The plan's first year is not answered yet: "
                + "its years below assume \(try #require(draft.assumedStartYear)).")
        // The assumed year is the plan's own first year, not a number of the test's.
        #expect(draft.assumedStartYear == plan.suggestions.plan.first?.year)
    }

    /// Issue 12: a session stopped in "About your city" (step 0) is not said to be "in step 0 of 4".
    @Test func aDraftStoppedBeforeStepOneSaysWhere() {
        #expect(
            Messages.english.plan.draftNotice(unanswered: 30, stepReached: 0).hasPrefix(
                "30 questions are not answered yet (the session stopped in “About your city”, before step 1 of 4)."))
        #expect(Messages.chinese.plan.draftNotice(unanswered: 30, stepReached: 0).contains("尚未进入第1步"))
        #expect(!Messages.english.plan.draftNotice(unanswered: 30, stepReached: 0).contains("step 0"))
    }

    /// Issue 12: a finished plan carries no draft mark and no "not answered yet".
    @Test func aFinishedPlanHasNoDraftMarks() throws {
        let text = markdown(try document(fixture: "Tests/Fixtures/hostile-sessions/hostile-texts.json"))
        #expect(!text.contains("Draft"))
        #expect(!text.contains("Not answered yet"))
    }

    /// Issue 12: in a draft, an empty quadrant and a missing five-year plan say so rather than vanish.
    @Test func aDraftSaysWhatIsNotAnsweredYet() throws {
        var plan = try unfinished
        plan.swoc.challenges = []
        plan.suggestions.plan = []
        plan.answers.removeAll { $0.id == "monitoring-indicators" }
        let text = markdown(plan)
        #expect(text.contains("\n### Challenges\n\nNot answered yet.\n"))
        #expect(text.contains("\n## Five-year plan\n\nNot answered yet.\n"))
        #expect(text.contains("\n## Indicators for monitoring\n\nNot answered yet.\n"))
        // The same plan, finished, leaves those sections out.
        plan.draft = nil
        let finished = markdown(plan)
        #expect(!finished.contains("### Challenges"))
        #expect(!finished.contains("Not answered yet"))
    }

    /// Issue 12: the Chinese draft mark, in the glossary's word, in the title and first line.
    @Test func aChineseDraftSaysCaoAn() throws {
        var plan = try unfinished
        plan.questionnaire.language = "zh"
        let text = MarkdownPlanExporter(questionnaire: questionnaire).export(
            [PlanEdition(messages: .chinese, document: plan)])
        #expect(text.hasPrefix("# 城市合作伙伴关系规划：Manchester – Wuhan（草案）\n\n**草案**：尚有"))
    }

    /// Issue 12: no table is wider than four columns, in any example or the hostile session.
    @Test func noTableIsWiderThanFourColumns() throws {
        var texts = [markdown(try document(fixture: "Tests/Fixtures/hostile-sessions/hostile-texts.json"))]
        texts.append(markdown(try unfinished))
        for text in texts {
            for line in text.split(separator: "\n") where line.hasPrefix("|") {
                #expect(MarkdownPlanExporterTests.cellCount(String(line)) <= 4, "\(line)")
            }
        }
    }

    /// Issue 12: every activity's title is in the plan at a glance, under its year and stream; only a year
    /// with nothing at all has a row of dashes (a dash per empty cell made half the table padding).
    @Test func theGlanceTableHoldsEveryActivity() throws {
        let plan = try document(fixture: "Tests/Fixtures/hostile-sessions/hostile-texts.json")
        let text = markdown(plan)
        let start = try #require(text.range(of: "### The plan at a glance")).upperBound
        let end = try #require(text.range(of: "\n### ", range: start..<text.endIndex)).lowerBound
        let rows = text[start..<end].split(separator: "\n").filter { $0.hasPrefix("| ") }.dropFirst(2)
        let glance = PlanGlance(plan.suggestions.plan)
        let emptyYears = glance.years.filter { year in
            glance.streams.allSatisfy { glance.activities(in: $0, year: year).isEmpty }
        }
        #expect(rows.count == plan.suggestions.plan.count + emptyYears.count)
        #expect(rows.filter { $0.contains("| –") }.count == emptyYears.count)
        for activity in plan.suggestions.plan {
            #expect(
                rows.contains { $0.contains("| " + MarkdownText.escape(activity.title) + " ") }, "\(activity.title)")
        }
    }

    /// Issue 12: each activity lists its details beneath it: lead and cost, indicator, then why and the source.
    @Test func activitiesHaveTheirDetailsBeneath() throws {
        let plan = try document(fixture: "Tests/Fixtures/hostile-sessions/hostile-texts.json")
        let text = markdown(plan)
        let activity = try #require(plan.suggestions.plan.first)
        let item = try #require(text.range(of: "- **" + MarkdownText.escape(activity.title) + "** ("))
        let after = text[item.upperBound...].split(separator: "\n").prefix(5)
        #expect(after.contains { $0.hasPrefix("  - **Lead**: ") && $0.contains("; **Cost**: ") })
        #expect(after.contains { $0.hasPrefix("  - **Indicator**: ") })
        #expect(after.contains { $0.hasPrefix("  - *Why: ") && $0.contains("Source: report ") })
    }

    /// Issue 12: the Markdown for Word has no Mermaid (Word would print its source) but the timeline picture.
    @Test func theWordVariantHasThePictureInsteadOfMermaid() throws {
        let plan = try document(fixture: "Tests/Fixtures/hostile-sessions/hostile-texts.json")
        let text = markdown(plan)
        #expect(text.contains("```mermaid"))
        #expect(!text.contains("!["))
        let word = markdown(plan, flavour: .word(timeline: "timeline.svg"))
        #expect(!word.contains("```"))
        #expect(word.contains("\n### The plan as a chart\n\n![Five-year plan](timeline.svg)\n"))
        #expect(!markdown(plan, flavour: .word(timeline: nil)).contains("!["), "no picture when there is none")
    }

    /// Issue 12 (review): Word showed the facts table's empty header as a blank ruled row; for Word the city
    /// and its partner are a list of labelled facts, and no table there has an empty header.
    @Test func theWordPlanHasNoTableWithAnEmptyHeader() throws {
        let plan = try document(fixture: "Tests/Fixtures/hostile-sessions/hostile-texts.json")
        let text = markdown(plan, flavour: .word(timeline: nil))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in lines.enumerated() where line.hasPrefix("|") && index + 1 < lines.count {
            let isHeader = lines[index + 1].hasPrefix("| -") || lines[index + 1].hasPrefix("|-")
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(!(isHeader && cells.allSatisfy(\.isEmpty)), "\(line)")
        }
        #expect(text.contains("- **City**: "))
        #expect(markdown(plan).contains("| City "), "the text plan keeps its table")
    }
}
