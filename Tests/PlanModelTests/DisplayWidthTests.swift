import PlanModel
import Testing

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
