import PlanModel

/// `CommandMessages` in Simplified Chinese, with the terms of the glossary (GLOSSARY-zh).
struct ChineseCommandMessages: CommandMessages {
    func sideTakenFromCountry(_ side: CitySide, file: String, resume: String) -> String {
        let name = side == .chinese ? "中国城市" : "欧洲城市"
        return "提示：\(file) 未注明本市是欧洲城市还是中国城市（保存时向导尚未询问此项），"
            + "规划根据所填国家按\(name)处理。如需注明：\(resume)"
    }

    func note(_ text: String) -> String {
        "注意：\(text)"
    }

    func unreachableRules(_ ids: [String]) -> String {
        note("使用这份问卷时，计划中的以下规则永远不会生效，因为它们读取的问题问卷里没有：\(ids.joined(separator: "、"))。")
    }

    func languageFallback(requested: String, used: String, missing: Int, list: String) -> String {
        note("问题和计划尚未全部译成“\(requested)”（还缺 \(missing) 条文字），因此向导使用“\(used)”。如需列出这些文字：\(list)。")
    }

    func answersSaved(from path: String, to session: String) -> String {
        "\(path) 中的回答已保存到 \(session)。"
    }

    func documentWritten(_ document: DocumentKind, to path: String) -> String {
        let what =
            switch document {
            case .plan: "规划"
            case .changes: "变化对比"
            case .proposal: "城市对接建议"
            case .ranking: "候选城市排名"
            case .answersTemplate: "回答文件模板"
            case .agreement: "协议草案"
            }
        return "\(what)已写入 \(path)。"
    }

    func everythingDealtWith(_ file: String, resume: String) -> String {
        "\(file) 中的所有问题都已处理完毕。如要重新查看某一步：\(resume)"
    }

    func continuingReviewRound(_ round: Int) -> String {
        "继续第 \(round) 轮回顾。"
    }

    func roundNotFinished(_ round: Int, startedOn day: String) -> String {
        "第 \(round) 轮（\(MessageText.chineseDay(day)) 开始）尚未完成，现在继续这一轮。"
    }

    func newRound(_ round: Int, lastStartedOn day: String, participants: [String]) -> String {
        let who = participants.isEmpty ? "" : "，参与者：\(participants.joined(separator: "、"))"
        return "这是本会话的第 \(round) 轮。上一轮于 \(MessageText.chineseDay(day)) 开始\(who)；上一轮的内容原样保留。"
    }

    func reviveInstructions() -> String {
        "之前的每条优势、劣势、机遇、挑战会依次出现在输入行上：按回车连同标注一并保留，修改后回车即更新，"
            + "清空该行（Ctrl-U）后回车即删除；输入 :keep 可将该条及列表中其余各条原样保留。"
            + "之后可以添加新条目；输入空行进入下一题。"
    }

    func planStartMoved(to year: Int) -> String {
        "五年行动计划现改为从 \(year) 年开始；如有需要，可在第 4 步修改。"
    }

    func translationsComplete(_ code: String) -> String {
        "问卷和规则中的所有文字都已有“\(code)”版本，向导本身也支持这种语言。"
    }
}
