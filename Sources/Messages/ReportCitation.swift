/// A citation of the report ("§2.2.1; Case studies 13 and 14") as a reader of
/// a language writes it. The rule and questionnaire files cite in English,
/// once; the report's own words in a citation are few and fixed (case study,
/// table, the five characteristics of §I), so they are translated here rather
/// than written twice in every file.
public enum ReportCitation {
    /// `source` in `language`; unchanged for English and for languages without a table.
    public static func text(_ source: String, in language: String) -> String {
        language == "zh" ? chinese(source) : source
    }

    /// A text followed by its citation, as the plan and the screen both write it:
    /// "Text (report §1.3)", "文字（报告 §1.3）".
    static func cited(_ text: String, source: String, in language: String) -> String {
        language == "zh" ? "\(text)（报告 \(chinese(source))）" : "\(text) (report \(source))"
    }

    /// "§I (publicity); §3; Case studies 25 and 26" → "§I（宣传）；§3；案例25和26".
    static func chinese(_ source: String) -> String {
        var text = source
        for (english, chinese) in chinesePhrases { text = text.replacingOccurrences(of: english, with: chinese) }
        for (english, chinese) in chineseCharacteristics {
            for form in ["§I (\(english))", "§I \(english.capitalizedFirst)", "§I (\(english.capitalizedFirst))"] {
                text = text.replacingOccurrences(of: form, with: "§I（\(chinese)）")
            }
        }
        for (english, chinese) in [
            ("Case studies ", "案例"), ("Case study ", "案例"), ("Table ", "表"), (" and ", "和"), (", ", "、"),
            ("; ", "；"),
        ] {
            text = text.replacingOccurrences(of: english, with: chinese)
        }
        return text
    }

    /// The notes some citations carry, in brackets.
    static let chinesePhrases: [(String, String)] = [
        (" (the tool's addition: the report lists no such risk)", "（本工具补充，报告未列出此类风险）"),
        (" (Nottingham–Ningbo five-year plan)", "（诺丁汉—宁波五年行动计划）"),
        (" (Essen–Changzhou)", "（埃森—常州）"),
        (" (Nottingham office)", "（诺丁汉驻宁波办事处）"),
    ]

    /// The five characteristics of successful partnerships (§I), as the glossary names them.
    static let chineseCharacteristics: [(String, String)] = [
        ("human factors", "人的因素"), ("mutual interests", "共同利益"), ("support", "支持"),
        ("publicity", "宣传"), ("management", "管理"),
    ]
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
