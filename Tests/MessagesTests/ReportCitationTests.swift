import Foundation
import Messages
import Testing

/// Issue 11: a Chinese plan cites the report in Chinese words (案例, 表, the
/// characteristics of §I), not with English fragments inside Chinese text.
@Suite struct ReportCitationTests {
    @Test(arguments: [
        ("§I (publicity); §3; Case study 14", "§I（宣传）；§3；案例14"),
        ("§1.1 D; §2.3.1; Case studies 25 and 26", "§1.1 D；§2.3.1；案例25和26"),
        ("§2.1.2; Table 3", "§2.1.2；表3"),
        ("§I Mutual interests; §I Support; §2.2", "§I（共同利益）；§I（支持）；§2.2"),
        ("§2.2.2; Case studies 15, 16 and 19", "§2.2.2；案例15、16和19"),
        ("§1.1 D (the tool's addition: the report lists no such risk)", "§1.1 D（本工具补充，报告未列出此类风险）"),
        ("§1.3.3; §3; Case studies 24, 27 (Essen–Changzhou)", "§1.3.3；§3；案例24、27（埃森—常州）"),
    ])
    func chineseCitations(english: String, chinese: String) {
        #expect(ReportCitation.text(english, in: "zh") == chinese)
        #expect(ReportCitation.text(english, in: "en") == english)
    }

    /// Every source cited by the built-in rules and questions reads without English words in Chinese.
    @Test func noBuiltInSourceKeepsEnglishWordsInChinese() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let pattern = try Regex(#"source: "([^"]*)""#)
        for folder in ["rules", "questionnaires", "data"] {
            let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            for file in files where file.hasSuffix(".yaml") {
                let text = try String(contentsOf: root.appendingPathComponent("\(folder)/\(file)"), encoding: .utf8)
                for match in text.matches(of: pattern) {
                    let source = String(match.output[1].substring ?? "")
                    guard !source.hasPrefix("DOMAIN") else { continue }  // vocabularies' provenance, never shown
                    let chinese = ReportCitation.text(source, in: "zh")
                    #expect(chinese.firstMatch(of: /[A-Za-z]{3,}/) == nil, "\(folder)/\(file): \(source) → \(chinese)")
                }
            }
        }
    }
}

/// Review of issue 11: a Chinese plan writes its dates as Chinese texts do.
@Suite struct ChineseDayTests {
    @Test func daysAreWrittenWithYearMonthAndDay() {
        #expect(Messages.chinese.plan.preparedWith(updated: "2026-12-01").hasSuffix("答复最后修改于2026年12月1日。"))
        #expect(Messages.chinese.plan.changedSince("2019-11-07") == "2019年11月7日以来的变化")
        #expect(Messages.english.plan.changedSince("2019-11-07").contains("2019-11-07"))
    }
}
