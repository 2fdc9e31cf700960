import Testing

@testable import PlanModel

/// Issue 11, "Chinese text on screen": Chinese characters take two terminal
/// columns, and layouts that count characters overflow an 80-column window.
@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("Ningbo", 6), ("宁波", 4), ("国际合作经费有限", 16), ("：back", 6), ("（报告 §2.1）", 13),
        ("e\u{301}", 1), ("a\u{200B}b", 2), ("👍", 2), ("❤️", 2), ("한국", 4), ("", 0), ("ＡＢ", 4),
    ])
    func columnsOfText(text: String, columns: Int) {
        #expect(text.displayWidth == columns)
    }

    /// The table must stay sorted and without overlaps, or the binary search misses ranges.
    @Test func wideRangesAreSortedAndDisjoint() {
        let ranges = DisplayWidth.wideRangesForTesting
        for (earlier, later) in zip(ranges, ranges.dropFirst()) {
            #expect(earlier.upperBound < later.lowerBound, "\(earlier) overlaps or precedes \(later)")
        }
    }
}

/// Issue 11: a Chinese project's description reads as a title in a sentence:
/// its name up to the first "，" or "：", never the whole description.
@Suite struct ProjectTitleTests {
    @Test(arguments: [
        ("宁波诺丁汉大学，2004年成立，是中国第一所中外合作大学", "宁波诺丁汉大学"),
        ("中德（常州）创新设计中心有限公司：由德国KZA建筑事务所与中国设计集团合资成立", "中德（常州）创新设计中心有限公司"),
        (
            "The University of Nottingham Ningbo China, opened in 2004 as the first",
            "The University of Nottingham Ningbo China"
        ),
        // English as before: the first sentence, cut at a word.
        (
            "Co-organising the 2020 Nordic Edge China Smart City Expo in Yantai. More later.",
            "Co-organising the 2020 Nordic Edge China Smart City Expo in…"
        ),
    ])
    func titles(description: String, title: String) {
        #expect(PlanSlot.title(description) == title)
    }

    /// A long Chinese name is cut by terminal columns (two per character), not by characters.
    @Test func aLongChineseNameIsCutByColumns() {
        let title = PlanSlot.title(String(repeating: "港", count: 60))
        #expect(title.displayWidth <= PlanSlot.projectTitleLength + 1)
        #expect(title.hasSuffix("…"))
    }
}
