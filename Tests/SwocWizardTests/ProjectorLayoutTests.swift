import Messages
import PlanModel
import Testing

@testable import SwocWizard

/// Issue 13, "On the projector": choice lists compact enough for an 80×24
/// window, the same numbers in every layout, and every printed line inside
/// the width without a word cut.
@Suite struct ProjectorLayoutTests {
    static let areas = [
        "Smart cities", "Low carbon and sustainable development", "Renewable and clean energy", "Circular economy",
        "Mobility and transport", "Port logistics", "Marine industry", "Digital transition", "Internet of Things",
        "Manufacturing and Industry 4.0", "Innovation and SME incubation", "Industrial design", "Creative economy",
        "Vocational and early education", "Higher education and research", "Culture and tourism", "Sport",
        "Healthcare and biotechnology", "Agriculture and food security", "Urban renewal",
        "Climate adaptation and environment", "Trade and investment",
    ]

    /// The numbered cells of a layout, read from its lines: number → label shown.
    private func cells(_ layout: String) -> [Int: String] {
        var found: [Int: String] = [:]
        for line in layout.split(separator: "\n") {
            for match in line.matches(of: /(\d+)\. (.+?)(?=\s{3,}\d+\. |$)/) {
                found[Int(match.output.1)!] = String(match.output.2).trimmingWhitespace()
            }
        }
        return found
    }

    /// The 22 areas, whose labels (up to 38 columns) fit no two columns at
    /// 80, go into two columns of at most 11 rows with the long ones shortened.
    @Test func longLabelsAreShortenedToFitColumns() {
        let layout = TextLayout.numbered(Self.areas, indent: "    ", width: 80, maxRows: 12)
        let lines = layout.split(separator: "\n")
        #expect(lines.count <= 12)
        for line in lines { #expect(line.displayWidth <= 80, "\(line)") }
        let shown = cells(layout)
        #expect(shown.keys.sorted() == Array(1...22), "every number once")
        for (number, label) in shown {
            let full = Self.areas[number - 1]
            if label.hasSuffix("…") {
                #expect(full.hasPrefix(label.dropLast()), "\(label) is the start of \(full)")
            } else {
                #expect(label == full)
            }
        }
        #expect(shown[2] == "Low carbon and sustainable…", "cut at a space")
        #expect(shown[1] == "Smart cities")
    }

    /// Numbers are what people type: the same number names the same label
    /// in one column, in shortened columns and in whole-label columns.
    @Test func numberingIsTheSameInEveryLayout() {
        let layouts = [
            TextLayout.numbered(Self.areas, width: 80),
            TextLayout.numbered(Self.areas, width: 80, maxRows: 12),
            TextLayout.numbered(Self.areas, width: 80, maxRows: 6),
            TextLayout.numbered(Self.areas, width: 140),
        ]
        for layout in layouts {
            let shown = cells(layout)
            #expect(shown.keys.sorted() == Array(1...22))
            for (number, label) in shown {
                #expect(Self.areas[number - 1].hasPrefix(label.hasSuffix("…") ? String(label.dropLast()) : label))
            }
        }
        // Down each column: row 1 of a 2-column layout of 22 holds 1 and 12.
        let firstRow = TextLayout.numbered(Self.areas, width: 80, maxRows: 12).split(separator: "\n")[0]
        #expect(firstRow.contains(" 1. ") && firstRow.contains("12. "))
    }

    /// When the one column leaves room (a tall window), or without a limit
    /// (:help), labels stay whole, one per line.
    @Test func aListThatFitsTheHeightKeepsWholeLabels() {
        let layout = TextLayout.numbered(Self.areas, width: 80, maxRows: 28)
        #expect(layout.split(separator: "\n").count == 22)
        #expect(layout.contains("Low carbon and sustainable development"))
        #expect(!layout.contains("…"))
        #expect(TextLayout.numbered(Self.areas, width: 80) == layout)
    }

    /// Still too many rows in two columns: three, narrower.
    @Test func aVeryShortWindowGetsThreeColumns() {
        let layout = TextLayout.numbered(Self.areas, width: 80, maxRows: 8)
        let lines = layout.split(separator: "\n")
        #expect(lines.count == 8)
        for line in lines { #expect(line.displayWidth <= 80) }
        #expect(cells(layout).count == 22)
    }

    /// Chinese labels are shortened by terminal columns (two per character),
    /// never half a character, and the columns still line up.
    @Test func chineseLabelsAreShortenedByDisplayWidth() {
        let labels = [
            "低碳与可持续发展（含绿色建筑和节能改造）", "可再生能源与清洁能源（风电、光伏和氢能）", "港口物流", "海洋产业",
            "制造业与工业 4.0（智能工厂）", "创新与中小企业孵化（科技园区）", "职业教育与早期教育", "高等教育与科研合作",
            "文化与旅游", "体育", "医疗卫生与生物技术（含中医药）", "农业与粮食安全",
        ]
        let layout = TextLayout.numbered(labels, indent: "    ", width: 60, maxRows: 6)
        let lines = layout.split(separator: "\n")
        #expect(lines.count <= 6)
        for line in lines { #expect(line.displayWidth <= 60, "\(line) is \(line.displayWidth) columns") }
        let shown = cells(layout)
        #expect(shown.keys.sorted() == Array(1...12))
        for (number, label) in shown where label.hasSuffix("…") {
            #expect(labels[number - 1].hasPrefix(label.dropLast()))
            #expect(label.dropLast().last.map { !"（、，".contains($0) } ?? true, "no bracket or comma before …")
        }
        let secondColumn = lines.compactMap { line -> Int? in
            guard let range = line.range(of: #"\s{3}\s*\d+\. "#, options: .regularExpression) else { return nil }
            return line[..<range.upperBound].displayWidth
        }
        #expect(Set(secondColumn).count == 1, "the second column starts at one position: \(lines)")
    }

    @Test func shorteningCutsAtASpaceOrBetweenCharacters() {
        #expect(
            TextLayout.shortened("Low carbon and sustainable development", toWidth: 32) == "Low carbon and sustainable…"
        )
        #expect(TextLayout.shortened("Smart cities", toWidth: 32) == "Smart cities")
        #expect(TextLayout.shortened("Internationalisation", toWidth: 10) == "Internati…")
        let chinese = TextLayout.shortened("可再生能源与清洁能源", toWidth: 10)
        #expect(chinese == "可再生能…")
        #expect(chinese.displayWidth <= 10)
        #expect(TextLayout.shortened("政府（市政府及公共部门）", toWidth: 8) == "政府…", "not 政府（…")
    }

    /// `:help`'s two columns: a description too long for the window wraps
    /// under its own column, not under the command (":drop works⏎ too").
    @Test func twoColumnTextWrapsUnderItsDescription() {
        let summary = Messages.english.flow.commandSummary
        let fitted = TextLayout.fitted(summary, width: 60)
        let lines = fitted.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines { #expect(line.displayWidth <= 60, "\(line)") }
        let clear = try! #require(lines.firstIndex { $0.hasPrefix("  :clear") })
        let descriptionColumn = lines[clear].range(of: "remove")!.lowerBound.utf16Offset(in: lines[clear])
        let continuation = lines[clear + 1]
        #expect(continuation.prefix { $0 == " " }.count == descriptionColumn, "\(continuation)")
        // Nothing lost, no word cut: the same words in the same order.
        #expect(fitted.split(whereSeparator: { $0.isWhitespace }) == summary.split(whereSeparator: { $0.isWhitespace }))
        // Lines that fit keep their spacing.
        #expect(lines.contains("  :review       list the answers given so far"))
    }

    /// Lines the wizard says: bullets and numbers continue under their text.
    @Test func longLinesGetAHangingIndentByTheirLayout() {
        let bullet = TextLayout.fitted("    - Strong university with a China institute [Smart cities]", width: 40)
        #expect(bullet == "    - Strong university with a China\n      institute [Smart cities]")
        let plain = TextLayout.fitted("Type another file path to save to, or press Enter", width: 30)
        #expect(plain == "Type another file path to save\nto, or press Enter")
    }

    /// A path with spaces, to be copied, is never broken; the words around it are.
    @Test func pathsAreKeptWhole() {
        let path = "/Users/Anne Martin/Workshop files/lyon.json"
        let wrapped = TextLayout.wrap(
            "Your answers are saved after every question to: \(path)", width: 40, keepingWhole: [path])
        #expect(wrapped.split(separator: "\n").contains { $0 == path })
        #expect(!wrapped.contains("\u{E000}"))
        let long = String(repeating: "x", count: 50)
        #expect(TextLayout.wrap("see \(long) now", width: 20) == "see\n\(long)\nnow", "a long word stays whole")
    }

    /// The commands at the end go under their labels when a row does not fit.
    @Test func commandsGoUnderTheirLabelsWhenTheyDoNotFit() {
        let rows = [("The full plan:", "swoc-wizard export lyon.json --format html --output plan.html")]
        #expect(InteractiveRun.aligned(rows, width: 100) == "The full plan:  " + rows[0].1)
        #expect(InteractiveRun.aligned(rows, width: 60) == "The full plan:\n  " + rows[0].1)
    }

    /// "?" (or "？") asks for the choices again, also typed after the text on the line.
    @Test func aQuestionMarkAsksForTheChoices() {
        #expect(FlowContext.asksForChoices("?", after: nil))
        #expect(FlowContext.asksForChoices(" ？ ", after: nil))
        #expect(FlowContext.asksForChoices("Sport?", after: "Sport"))
        #expect(!FlowContext.asksForChoices("Sport?", after: nil))
        #expect(!FlowContext.asksForChoices("Is it?", after: "Is"))
        #expect(!FlowContext.asksForChoices("", after: nil))
    }
}
