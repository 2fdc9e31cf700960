import CSV
import Exporters
import Foundation
import Messages
import PlanModel
import Testing

/// Issue 12, `export --format csv`: the five-year plan's action table for a
/// spreadsheet, read back with CSV.swift's own reader.
@Suite struct CSVPlanExporterTests {
    let plans = ExamplePlans.shared

    /// The rows of a CSV export, read by `CSVReader` after its byte-order mark.
    static func rows(_ text: String) throws -> [[String]] {
        #expect(text.hasPrefix(CSVPlanExporter.byteOrderMark))
        let reader = try CSVReader(string: String(text.unicodeScalars.dropFirst()), hasHeaderRow: false)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    static let englishHeader = [
        "Year", "Stream", "Activity", "What is done", "Lead", "Cost", "Indicator", "SWOC entries answered", "Why",
        "Source in the report", "Rule", "Plan status",
    ]

    /// Issue 12: one row per activity, the expected columns, every row as wide as the header.
    @Test func oneRowPerActivityWithTheExpectedColumns() throws {
        let session = try plans.session(example: "nottingham-ningbo")
        let plan = try plans.editions(session)[0].document.suggestions.plan
        let rows = try Self.rows(try plans.csv(session))
        #expect(rows.first == Self.englishHeader)
        #expect(rows.count == plan.count + 1)
        #expect(rows.allSatisfy { $0.count == Self.englishHeader.count })
        #expect(rows.dropFirst().map { $0[0] } == plan.map { String($0.year) })
        #expect(rows.dropFirst().map { $0[10] } == plan.map(\.rule))
        #expect(rows.dropFirst().allSatisfy { $0[11] == "Complete: every question answered" })
        let entries = try #require(rows.first { $0[10] == "build-experience" })
        #expect(entries[7].hasPrefix("W3: Many local firms have no experience"), "the code and the team's text")
    }

    /// Issue 12: UTF-8 with a byte-order mark (Excel's sign of UTF-8), CR LF after every record.
    @Test func startsWithAByteOrderMarkAndEndsRecordsWithCRLF() throws {
        let text = try plans.csv(try plans.session(example: "stavanger-yantai"))
        #expect(Array(Data(text.utf8).prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text.hasSuffix("\r\n"))
        let scalars = Array(text.unicodeScalars)
        let bareLineFeeds = scalars.indices.filter { scalars[$0] == "\n" && (($0 == 0) || scalars[$0 - 1] != "\r") }
        #expect(bareLineFeeds.isEmpty, "no cell of this plan holds a line break, so every LF ends a record")
    }

    /// Issue 12, hostile text: CR LF, quotes, commas, `</svg>`, `]]>` and
    /// U+202E come back from CSVReader exactly, a typed CR LF as LF (the line
    /// break a spreadsheet keeps inside a cell).
    @Test func hostileTextsSurviveARoundTrip() throws {
        let session = try plans.session(file: ExamplePlans.hostile)
        let document = try plans.editions(session)[0].document
        let rows = try Self.rows(try plans.csv(session))
        #expect(rows.count == document.suggestions.plan.count + 1)
        #expect(rows.allSatisfy { $0.count == Self.englishHeader.count })
        func lf(_ text: String) -> String {
            text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        for (row, activity) in zip(rows.dropFirst(), document.suggestions.plan) {
            let expected = activity.answers.map { reference in
                "\(reference.code): " + lf(quadrant(reference.quadrant, of: document)[reference.number - 1].text)
            }
            #expect(row[7] == expected.joined(separator: "; "))
        }
        let swocCells = rows.dropFirst().map { $0[7] }.joined(separator: "; ")
        #expect(swocCells.contains("]]>") && swocCells.contains("</svg>") && swocCells.contains("\u{202E}"))
        #expect(swocCells.contains("Line one\nline two"), "CR LF inside a cell as LF")
        for (row, activity) in zip(rows.dropFirst(), document.suggestions.plan) {
            #expect(row[2] == lf(activity.title))
            #expect(row[3] == lf(activity.description))
            #expect(row[6] == lf(activity.indicator))
        }
        #expect(document.suggestions.plan.contains { $0.description.contains("\r\n") }, "the fixture reaches a cell")
    }

    private func quadrant(_ quadrant: SwocQuadrant, of document: PlanDocument) -> [PlanDocument.Entry] {
        switch quadrant {
        case .strengths: document.swoc.strengths
        case .weaknesses: document.swoc.weaknesses
        case .opportunities: document.swoc.opportunities
        case .challenges: document.swoc.challenges
        }
    }

    /// Issue 12, hostile text: a cell that would start with `=` gets an
    /// apostrophe, so a spreadsheet shows it instead of running a formula.
    @Test func aCellStartingAFormulaIsShownAsText() throws {
        var session = try plans.session(example: "nottingham-ningbo")
        session.answers["business-delegation-plan"] = .text("=HYPERLINK(\"http://x.invalid\";\"click\")")
        let rows = try Self.rows(try plans.csv(session))
        let delegation = try #require(rows.first { $0[10] == "business-delegation" })
        #expect(delegation[3].hasPrefix("'=HYPERLINK(\"http://x.invalid\";\"click\")"))
        #expect(!rows.joined().contains { $0.hasPrefix("=") || $0.hasPrefix("+") || $0.hasPrefix("@") })
    }

    /// Issue 12 with issue 11: a Chinese plan's header and program words are in Chinese.
    @Test func aChinesePlanHasChineseHeaders() throws {
        let session = try plans.session(example: "ningbo-nottingham.zh", language: "zh")
        let rows = try Self.rows(try plans.csv(session))
        #expect(
            rows.first == [
                "年份", "工作板块", "活动", "具体内容", "牵头方", "费用", "衡量指标", "回应的SWOC条目", "理由", "报告出处", "规则", "规划状态",
            ])
        let body = rows.dropFirst()
        #expect(body.allSatisfy { $0[11] == "已完成：所有问题均已回答" })
        #expect(body.contains { $0[1] == "政府间交流" })
        #expect(body.contains { $0[7].hasPrefix("W1：") })
        #expect(!body.contains { $0[9].contains("Case stud") }, "citations in Chinese words")
    }

    /// Issue 12: with two languages each column of program words comes once
    /// per language, tagged, side by side; the year, the team's entries and
    /// the rule once.
    @Test func twoLanguagesGiveTaggedColumnsAndTheTeamsTextOnce() throws {
        let session = try plans.session(example: "ningbo-nottingham.zh", language: "zh")
        let rows = try Self.rows(try plans.csv(session, languages: ["zh", "en"]))
        let header = try #require(rows.first)
        #expect(header.count == 3 + 2 * 9)
        #expect(Array(header.prefix(5)) == ["年份 / Year", "工作板块 (zh)", "Stream (en)", "活动 (zh)", "Activity (en)"])
        #expect(header.contains("回应的SWOC条目 / SWOC entries answered") && header.contains("规则 / Rule"))
        #expect(Array(header.suffix(2)) == ["规划状态 (zh)", "Plan status (en)"])
        #expect(rows.allSatisfy { $0.count == header.count })
        let stream = try #require(header.firstIndex(of: "Stream (en)"))
        #expect(rows.dropFirst().contains { $0[stream] == "Inter-government exchanges" })
        let single = try Self.rows(try plans.csv(session))
        #expect(rows.count == single.count)
    }

    /// Issue 12, "Draft": an unfinished session says so on every row, with how many questions are left.
    @Test func anUnfinishedSessionSaysDraftOnEveryRow() throws {
        let session = try plans.session(file: ExamplePlans.unfinished)
        let draft = try #require(try plans.editions(session)[0].document.draft)
        let rows = try Self.rows(try plans.csv(session))
        #expect(rows.count > 1)
        #expect(
            rows.dropFirst().allSatisfy {
                $0[11]
                    == "Draft: \(draft.unansweredQuestions) questions unanswered (from step \(draft.stepReached ?? 0))"
            })
        #expect(draft.unansweredQuestions == 21)
    }
}
