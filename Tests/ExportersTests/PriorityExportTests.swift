import Exporters
import Foundation
import PlanModel
import Testing

/// Issue 13, "Priorities": the exported SWOC shows the entries the team
/// marked as mattering most first and marked, keeping each entry's code so
/// the plan's references still point at it; the JSON says which they are.
@Suite struct PriorityExportTests {
    let plans = ExamplePlans.shared

    /// Nottingham–Ningbo with its third strength and first challenge marked.
    private func marked() throws -> Session {
        var session = try plans.session(example: "nottingham-ningbo")
        for (quadrant, number) in [("strengths", 3), ("challenges", 1)] {
            guard case .swocEntries(var entries) = session.answers[quadrant] else { continue }
            entries[number - 1].isPriority = true
            session.answers[quadrant] = .swocEntries(entries)
        }
        return session
    }

    private func markdown(_ session: Session, languages: [String]? = nil) throws -> String {
        MarkdownPlanExporter(questionnaire: plans.questionnaire).export(
            try plans.editions(session, languages: languages))
    }

    @Test func markdownListsMarkedEntriesFirstWithTheirCodes() throws {
        let text = try markdown(try marked())
        #expect(text.contains("★ marks the entries the team chose as mattering most"))
        let strengths = try #require(text.range(of: "### Strengths")).upperBound
        let firstBullet = try #require(text[strengths...].range(of: "\n- ")).upperBound
        #expect(text[firstBullet...].hasPrefix("★ S3 "), "the marked strength first, still S3")
        #expect(text.contains("- S1 "), "the others follow with their own codes")
        #expect(text.contains("- ★ C1 "))
    }

    @Test func withoutMarksThereIsNoLegendAndTheOrderIsAsTyped() throws {
        let text = try markdown(try plans.session(example: "nottingham-ningbo"))
        #expect(!text.contains("★"))
        let strengths = try #require(text.range(of: "### Strengths")).upperBound
        let firstBullet = try #require(text[strengths...].range(of: "\n- ")).upperBound
        #expect(text[firstBullet...].hasPrefix("S1 "))
    }

    @Test func htmlMarksThemInTheGridFirst() throws {
        let page = HTMLPlanExporter(questionnaire: plans.questionnaire).export(try plans.editions(try marked()))
        let grid = try #require(page.range(of: "class=\"quadrant strengths\""))
        let firstItem = try #require(page[grid.upperBound...].range(of: "<li>"))
        #expect(page[firstItem.upperBound...].hasPrefix("<span class=\"priority\""))
        let s3 = try #require(page[firstItem.upperBound...].range(of: "S3"))
        let s1 = try #require(page[firstItem.upperBound...].range(of: "S1"))
        #expect(s3.lowerBound < s1.lowerBound)
        #expect(page.contains("★ marks the entries the team chose as mattering most"))
    }

    @Test func chineseAndBilingualPlansExplainTheMark() throws {
        let chinese = try markdown(try marked(), languages: ["zh"])
        #expect(chinese.contains("★ 表示团队选出的最重要条目"))
        let both = try markdown(try marked(), languages: ["zh", "en"])
        #expect(both.contains("★ 表示团队选出的最重要条目") && both.contains("★ marks the entries"))
    }

    @Test func jsonSaysWhichEntriesAreMarked() throws {
        let data = try JSONPlanExporter().export(try plans.editions(try marked()))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let swoc = try #require(object["swoc"] as? [String: Any])
        let strengths = try #require(swoc["strengths"] as? [[String: Any]])
        #expect(
            strengths.map { $0["priority"] as? Bool } == [nil, nil, true]
                + Array(repeating: nil, count: strengths.count - 3))
    }
}
