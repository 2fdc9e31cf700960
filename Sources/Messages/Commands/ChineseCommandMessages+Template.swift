import PlanModel

/// The words of an answers template and of an imported file's language, in Chinese (issue 13).
extension ChineseCommandMessages {
    func answersTemplateWords(title: String, language: String, use: String) -> AnswersTemplate.Words {
        var words = AnswersTemplate.Words(
            header: [
                "swoc-wizard 回答文件：\(title)。",
                "请在每个问题编号和冒号之后填写回答；不适用于本市的问题可以留空。以 # 开头的行是说明，不会被读取。",
                "每个问题上方注明：题型、是否必答、在什么情况下提问、选项编号及名称、说明和示例。选项请填写编号。",
                "`language: \(language)` 表示回答所用的语言；会话和规划都将使用这种语言。",
                "填写完成后运行：\(use)",
            ],
            kind: "题型", required: "必答", optional: "选答", askedWhen: "提问条件", offeredWhen: "仅当",
            choices: "选项", example: "示例", colon: "：", yes: "是", sampleText: "在此填写回答", sampleEntry: "团队记录的要点")
        words.brackets = ("（", "）")
        words.kindName = { kind in
            switch kind {
            case .shortText: "简短文字"
            case .longText: "较长文字"
            case .singleChoice: "单选"
            case .multipleChoice: "多选"
            case .list: "列表，每行一条"
            case .yesNo: "是或否"
            case .number: "数字"
            case .year: "年份"
            case .date: "日期"
            case .swoc: "SWOC 条目列表"
            }
        }
        words.priorityNote = { limit in "priority: true 表示该条是研讨会选出的最重要条目之一（最多 \(limit) 条）" }
        return words
    }

    func answersLanguageFound(_ language: String, file: String) -> String {
        note(
            "\(file) 中的回答是用\(Self.languageName(language))填写的，因此会话使用\(Self.languageName(language))（\(language)）。"
                + "如要改用其他语言，请在文件开头加上 `language: 语言代码`，或使用 --language 语言代码。")
    }

    /// A language the program speaks by its name, else its code.
    static func languageName(_ code: String) -> String {
        ["zh": "中文", "en": "英文"][code] ?? "“\(code)”"
    }
}
