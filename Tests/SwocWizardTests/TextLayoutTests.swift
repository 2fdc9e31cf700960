import PlanModel
import Testing

@testable import SwocWizard

/// Issue 11, "Chinese text on screen and on paper": wrapping and columns are
/// measured in terminal columns, and Chinese, written without spaces, still
/// wraps inside the window.
@Suite struct TextLayoutTests {
    @Test func chineseWrapsBetweenCharactersInsideTheWidth() {
        let text = "合作伙伴关系需要双方城市的长期投入，包括外事办公室的人员、经费和领导的支持（报告 §2.1.2；表3）。"
        let wrapped = TextLayout.wrap(text, indent: "  ", width: 30)
        let lines = wrapped.split(separator: "\n")
        #expect(lines.count > 2)
        for line in lines { #expect(line.displayWidth <= 30, "\(line) is \(line.displayWidth) columns") }
        // Nothing lost or added but the indents.
        #expect(
            lines.map { $0.dropFirst(2) }.joined().filter { $0 != " " } == text.filter { $0 != " " })
    }

    /// Chinese typesetting: a line never starts with "，" or "。", nor ends with "（".
    @Test func punctuationStaysWithItsText() {
        let text = String(repeating: "城市合作，", count: 12) + "（报告）。"
        for width in 9...31 {
            for line in TextLayout.wrap(text, width: width).split(separator: "\n") {
                #expect(!["，", "。", "）"].contains(line.first), "width \(width): \(line)")
                #expect(line.last != "（", "width \(width): \(line)")
            }
        }
    }

    @Test func englishStillBreaksAtSpaces() {
        let wrapped = TextLayout.wrap("the report's most important one", width: 20)
        #expect(wrapped == "the report's most\nimportant one")
    }

    /// Columns of Chinese choice labels line up and stay inside 80 columns.
    @Test func chineseChoiceColumnsAlignByDisplayWidth() {
        let labels = ["智慧城市", "低碳与可持续发展", "可再生能源和清洁能源", "循环经济", "交通出行", "港口物流", "海洋产业"]
        let lines = TextLayout.numbered(labels, width: 80).split(separator: "\n")
        #expect(lines.count < labels.count, "laid out in columns")
        for line in lines { #expect(line.displayWidth <= 80) }
        let secondColumn = lines.compactMap { line -> Int? in
            guard let range = line.range(of: #"\s{3}\s*\d+\. "#, options: .regularExpression) else { return nil }
            return line[..<range.upperBound].displayWidth
        }
        #expect(Set(secondColumn).count == 1, "the second column starts at one position: \(lines)")
    }
}

/// Issue 11: Tab completes a Chinese choice name after "，" or "、", which
/// readline does not treat as word breaks (it only breaks at single bytes).
@Suite struct ChineseCompletionTests {
    @Test func aNameAfterAFullWidthCommaIsCompleted() {
        ReadlineState.candidates = ["政府（市政府及公共部门）", "企业（公司及商会行业协会）", "Government"]
        ReadlineState.prepareMatches(for: "政府，企")
        #expect(ReadlineState.matches == ["政府，企业（公司及商会行业协会）"])
        ReadlineState.prepareMatches(for: "政府、 企")
        #expect(ReadlineState.matches == ["政府、 企业（公司及商会行业协会）"])
        ReadlineState.prepareMatches(for: " gov")
        #expect(ReadlineState.matches == [" Government"])
    }
}
