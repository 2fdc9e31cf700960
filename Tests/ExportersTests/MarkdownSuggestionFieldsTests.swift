import Exporters
import Foundation
import PlanModel
import Testing

/// The Markdown plan shows the suggestion fields the rule catalogue added
/// (issue 10, "Specific plans" and "The agreement ladder skips the MoU"): the
/// report's general advice is marked on its activity, the second rung of the
/// ladder is named when two apply at once, and the answers that cost a
/// characteristic points are listed under the health check. Before, the
/// fields were in the JSON only, so a reader of the Markdown could not tell
/// boilerplate from advice built on the city's answers, nor why a score was low.
@Suite struct MarkdownSuggestionFieldsTests {
    let questionnaire: Questionnaire
    let now = Date(timeIntervalSince1970: 1_575_000_000)

    init() throws {
        questionnaire = try QuestionnaireLoader().load(
            directory: PlanDocumentBuilderTests.root.appendingPathComponent("questionnaires"))
    }

    private func document(city name: String) throws -> PlanDocument {
        let text = try String(
            contentsOf: PlanDocumentBuilderTests.root.appendingPathComponent("Tests/Fixtures/cities/\(name).yaml"),
            encoding: .utf8)
        let session = try AnswersImport(questionnaire: questionnaire, language: "en").run(text: text, now: now).session
        return try PlanDocumentBuilder(questionnaire: questionnaire, session: session).build()
    }

    private func markdown(_ document: PlanDocument) -> String {
        MarkdownPlanExporter(questionnaire: questionnaire).export(document)
    }

    /// The five-year plan's list items (issue 12: an activity with its details
    /// beneath it) whose bold title is `title`, each with its indented lines.
    private func planRows(_ text: String, title: String) -> [String] {
        let start = text.range(of: "## Five-year plan")?.upperBound ?? text.endIndex
        var items: [String] = []
        var current: String?
        for line in text[start...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("- ") || !line.hasPrefix(" ") {
                if let current { items.append(current) }
                current = line.hasPrefix("- **\(title)**") ? String(line) : nil
            } else if current != nil {
                current! += "\n" + line
            }
        }
        if let current { items.append(current) }
        return items
    }

    /// Issue 10, "each activity either carries a detail from this city's answers
    /// or says plainly that it is the report's general advice": the note is on
    /// the marked activity's row (not in a column of its own) and on no other.
    @Test func generalAdviceIsMarkedOnItsActivityAndNowhereElse() throws {
        var plan = try document(city: "rome-yantai")
        #expect(plan.suggestions.plan.allSatisfy { !$0.generalAdvice }, "the fixture starts with none marked")
        let marked = plan.suggestions.plan[0]
        plan.suggestions.plan[0].generalAdvice = true
        let text = markdown(plan)

        let rows = planRows(text, title: MarkdownText.escape(marked.title))
        #expect(rows.first?.contains("(General advice from the report)") == true)
        #expect(text.components(separatedBy: "(General advice from the report)").count == 2, "one activity marked")
        #expect(text.contains("Activities marked “General advice from the report” draw on nothing in this city's"))
        let unmarked = markdown(try document(city: "rome-yantai"))
        #expect(!unmarked.contains("General advice from the report"), "nothing is marked that is not general advice")
    }

    /// Issue 10: a city with no partner yet gets a first exchange "once a
    /// partner is found" that names nothing of its own; the plan says so.
    @Test func aCityWithNoPartnerSeesWhichActivityIsGeneralAdvice() throws {
        let plan = try document(city: "munster-no-partner")
        let general = plan.suggestions.plan.filter(\.generalAdvice)
        #expect(general.map(\.rule).contains("first-exchange-with-new-partner"))
        let text = markdown(plan)
        for activity in general {
            let rows = planRows(text, title: MarkdownText.escape(activity.title))
            #expect(!rows.isEmpty && rows.allSatisfy { $0.contains("(General advice from the report)") })
        }
    }

    /// Issue 10, the ladder: "where two rungs apply at once (an LoI naming the
    /// areas and a Project Agreement for a project), say both, in order". Rome
    /// and Yantai have an MoU, shared areas and a project.
    @Test func theAgreementSectionNamesBothRungsInOrder() throws {
        let plan = try document(city: "rome-yantai")
        #expect(plan.suggestions.agreement.next == .letterOfIntent)
        #expect(plan.suggestions.agreement.then == .projectAgreement)
        let text = markdown(plan)
        let section = try #require(text.range(of: "## Agreement recommendation")).upperBound
        #expect(
            text[section...].contains("\nNext: Letter of Cooperation Intent, then Project Agreement.\n"),
            "the second rung by name")
    }

    /// Issue 10: with one rung only there is no "then" line to mislead.
    @Test func aSingleRungHasNoThenLine() throws {
        let plan = try document(city: "aachen-ningbo-dormant")
        #expect(plan.suggestions.agreement.then == nil)
        #expect(!markdown(plan).contains(", then Project"))
    }

    /// Issue 10, "a dormant partnership whose contacts have moved on kept 3/3
    /// for human factors and support": the scores now drop, and the plan says
    /// why, under the health check, with the report section.
    @Test func healthSetbacksAreListedUnderTheScores() throws {
        let plan = try document(city: "aachen-ningbo-dormant")
        let setbacks = plan.suggestions.health.scores.flatMap(\.setbacks)
        #expect(setbacks.contains { $0.rule == "contacts-faded" })
        let text = markdown(plan)
        let table = try #require(text.unpadded.range(of: "- **Human factors**: "), "issue 12: the scores as a list")
        let list = try #require(text.unpadded.range(of: "\nAnswers that cost points:\n\n"))
        let agreement = try #require(text.unpadded.range(of: "## Agreement recommendation"))
        #expect(table.upperBound < list.lowerBound && list.upperBound < agreement.lowerBound)
        #expect(
            text.contains(
                "- Human factors − The partnership is dormant: the people who knew each other may have moved on. "
                    + "(report §2.3.1)\n"))
        #expect(text.contains("- Support − A dormant partnership has lost the attention"))
        for setback in setbacks { #expect(text.contains(MarkdownText.escape(setback.text))) }
    }

    /// Without setbacks there is no empty "Answers that cost points" heading.
    @Test func noSetbacksMeansNoSetbackList() throws {
        var plan = try document(city: "aachen-ningbo-dormant")
        for index in plan.suggestions.health.scores.indices { plan.suggestions.health.scores[index].setbacks = [] }
        #expect(!markdown(plan).contains("Answers that cost points"))
    }

    /// A setback's report section is listed with the sections cited, like
    /// every other reason's.
    @Test func aSetbacksSourceIsCited() throws {
        var plan = try document(city: "aachen-ningbo-dormant")
        let index = try #require(plan.suggestions.health.scores.firstIndex { !$0.setbacks.isEmpty })
        plan.suggestions.health.scores[index].setbacks[0].source = "Case study 26"
        let text = markdown(plan)
        let cited = try #require(text.range(of: "## Report sections cited")).upperBound
        #expect(text[cited...].contains("; Case study 26"), "issue 12: the sections in one paragraph")
    }
}
