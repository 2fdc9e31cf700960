import PlanModel
import Testing

@testable import SwocWizard

/// Issue 11, "Chinese text on screen": choice lists and aligned labels with
/// Chinese text are measured in terminal columns and stay inside 80 columns.
@Suite struct ChineseLayoutTests {
    /// Columns are chosen by display width: six labels of 8 Chinese characters
    /// (16 columns, but 8 characters) fit two columns in 60, not three.
    @Test func columnsAreChosenByDisplayWidthNotCharacters() {
        let labels = ["可再生能源清洁能", "低碳与可持续发展", "创新和中小企业孵", "高等教育与科学研", "农业和粮食安全保", "气候适应与环境保"]
        let lines = TextLayout.numbered(labels, width: 60).split(separator: "\n")
        #expect(lines.count == 3, "two columns: \(lines)")
        for line in lines { #expect(line.displayWidth <= 60, "\(line) is \(line.displayWidth) columns") }
    }

    /// A Chinese label too long for one line is wrapped under its own text,
    /// not left running past the edge.
    @Test func aLongChineseLabelWrapsUnderItsText() {
        let long = String(repeating: "城市合作伙伴关系的管理机构", count: 5)
        let lines = TextLayout.numbered(["智慧城市", long], width: 40).split(separator: "\n")
        #expect(lines.first == "   1. 智慧城市")
        #expect(lines.count > 3)
        for line in lines { #expect(line.displayWidth <= 40, "\(line) is \(line.displayWidth) columns") }
        #expect(lines[2].hasPrefix("      ") && !lines[2].hasPrefix("       "), "continued under the text")
    }

    /// The commands at the end of a run start in one column after Chinese labels.
    @Test func nextCommandsAlignAfterChineseLabels() {
        let text = InteractiveRun.aligned([("完整计划：", "swoc-wizard export a"), ("数据：", "swoc-wizard export b")])
        let starts = text.split(separator: "\n").map { $0[..<$0.range(of: "swoc")!.lowerBound].displayWidth }
        #expect(starts == [12, 12])
        #expect(
            InteractiveRun.aligned([("The full plan:", "x"), ("As data:", "y")])
                == "The full plan:  x\nAs data:        y")
    }

    /// A progress line longer than the window is wrapped; a short one keeps its spacing.
    @Test func progressLinesFitTheWindow() {
        let short = "== 第 1 步（共 4 步）：SWOC 分析 ==  （报告 §1.1）"
        #expect(TextLayout.fit(short, width: 80) == short)
        let long = "[第 2 步（共 4 步）· " + String(repeating: "确定合作城市并建立关系", count: 4) + " · 第 3 题（共 12 题）]"
        for line in TextLayout.fit(long, width: 80).split(separator: "\n") { #expect(line.displayWidth <= 80) }
    }
}
