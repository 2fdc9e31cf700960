import Exporters
import Foundation
import PlanModel
import Testing

@Suite struct MarkdownPlanExporterTests {
    let questionnaire: Questionnaire
    let now = Date(timeIntervalSince1970: 1_600_000_000)

    init() throws {
        questionnaire = try QuestionnaireLoader().load(
            directory: PlanDocumentBuilderTests.root.appendingPathComponent("questionnaires"))
    }

    private func markdown(_ session: Session) throws -> String {
        MarkdownPlanExporter(questionnaire: questionnaire)
            .export(try PlanDocumentBuilder(questionnaire: questionnaire, session: session).build())
    }

    private func session(_ yaml: String) throws -> Session {
        try AnswersImport(questionnaire: questionnaire, language: "en").run(text: yaml, now: now).session
    }

    private func example(_ name: String) throws -> Session {
        try session(
            String(
                contentsOf: PlanDocumentBuilderTests.root.appendingPathComponent("examples/\(name).yaml"),
                encoding: .utf8))
    }

    @Test func aFullExampleHasEverySection() throws {
        let text = try markdown(try example("manchester-wuhan"))
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(
            headings == [
                "## Summary", "## The city and its partner", "## SWOC analysis", "## Strategies (TOWS)",
                "## Health check", "## Agreement recommendation", "## Five-year plan 2018–2022",
                "## Indicators for monitoring", "## Funding", "## Report sections cited",
            ])
        #expect(text.hasPrefix("# Partnership plan: Manchester – Wuhan\n"))
        // Issue 12: the SWOC as a list per quadrant, the plan at a glance in three columns.
        for quadrant in ["Strengths", "Weaknesses", "Opportunities", "Challenges"] {
            #expect(text.contains("\n### \(quadrant)\n\n- \(quadrant.prefix(1))1 "))
        }
        #expect(text.unpadded.contains("| Year | Stream | Activity |"))
        #expect(text.contains("```mermaid\ngantt\n"))
        #expect(text.contains("### 2018"))
        #expect(text.contains("; §1.3.2; "))
        #expect(text.contains("Sources refer to Kontinakis and Zhang (2018)"), "the report named once")
        #expect(!text.contains("raised by"), "short actor tags")
        #expect(!text.contains("(city council and public offices)"))
        #expect(try text == markdown(try example("manchester-wuhan")), "the same session gives the same document")
    }

    @Test func aSparseSessionLeavesOutEmptySections() throws {
        let text = try markdown(
            try session(
                "city-name: Ghent\ncity-country: Belgium\ncity-side: european\nhas-partner: no\nresource-level: lean"))
        #expect(!text.contains("## SWOC analysis"))
        #expect(!text.contains("## Strategies (TOWS)"))
        #expect(text.contains("## Agreement recommendation"))
        #expect(text.contains("Find a partner city, then start with a Memorandum of Understanding"))
        #expect(!text.contains("\n\n\n"), "no empty sections or stray gaps")
    }

    @Test func hostileTextCannotBreakTheStructure() throws {
        let text = try markdown(
            try session(
                """
                city-name: "Evil | City <script>alert(1)</script>"
                city-country: "# Country"
                city-side: european
                has-partner: yes
                partner-name: "Yan:tai; #1"
                partner-year: 2015
                resource-level: lean
                strengths:
                  - text: "- looks like a list | with a pipe"
                    areas: [sport]
                opportunities:
                  - text: "1. numbered **bold** `code` [link](http://x)"
                    areas: [sport]
                """))
        #expect(!text.replacingOccurrences(of: "\\<", with: "").contains("<"), "every < escaped")
        #expect(text.contains("Evil \\| City \\<script>alert(1)\\</script>"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.filter { $0.hasPrefix("# ") }.count == 1)
        #expect(!lines.contains { $0.hasPrefix("# Country") || $0.hasPrefix("- looks") || $0.hasPrefix("1. numbered") })
        // Every table row has as many cells as its header.
        var columns: Int?
        for line in lines {
            guard line.hasPrefix("|") else {
                columns = nil
                continue
            }
            let cells = Self.cellCount(line)
            if let columns { #expect(cells == columns, "\(line)") } else { columns = cells }
        }
        let gantt = lines.drop { $0 != "```mermaid" }.prefix { $0 != "```" }
        #expect(!gantt.contains { $0.contains("Yan:tai") })
    }

    /// Issue 14, item 10: a questionnaire label with "\r\n" (one Character)
    /// used to add lines to the Mermaid gantt; the chart keeps one line per
    /// activity and section whatever the labels hold.
    @Test func labelsWithLineBreaksCannotAddLinesToTheGantt() throws {
        var broken = questionnaire
        for (name, var vocabulary) in broken.vocabularies {
            for index in vocabulary.choices.indices {
                vocabulary.choices[index].label = LocalizedText(["en": "Ports\r\n    section Injected\u{2028}x"])
            }
            broken.vocabularies[name] = vocabulary
        }
        let session = try example("manchester-wuhan")
        let text = MarkdownPlanExporter(questionnaire: broken)
            .export(try PlanDocumentBuilder(questionnaire: broken, session: session).build())
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        let gantt = lines.drop { $0 != "```mermaid" }.prefix { $0 != "```" }
        #expect(gantt.count > 5)
        // Past the header, only sections (fixed stream titles) and one line per activity.
        for line in gantt.dropFirst(5) {
            let isSection = line.hasPrefix("    section ") && !line.contains("Injected")
            let isActivity = line.wholeMatch(of: #/    [^ ].* :[0-9]{4}-01-01, [0-9]{4}-12-31/#) != nil
            #expect(isSection || isActivity, "\(line)")
        }
        #expect(gantt.contains { $0.contains("Ports section Injected") }, "the label is kept, on one line")
        #expect(!text.unicodeScalars.contains { $0 == "\r" || $0 == "\u{2028}" })
    }

    /// Cells in a table row, not counting escaped pipes.
    static func cellCount(_ line: String) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                count += 1
            }
        }
        return count - 1
    }
}
