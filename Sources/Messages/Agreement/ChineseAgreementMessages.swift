import PlanModel

/// `AgreementMessages` in Chinese.
struct ChineseAgreementMessages: AgreementMessages {
    let draftLabel = "草案"
    func draftNotice(sources: [String]) -> String {
        let cited = sources.map { ReportCitation.text($0, in: "zh") }.joined(separator: "；")
        return "本文件为供两市讨论的草案，不构成法律意见。内容依据 URBAN-EU-CHINA 城市合作伙伴关系指南（报告 \(cited)）。"
    }
    let blanksNotice = "凡标有 [____ …] 之处，均为问卷回答中没有的内容，请双方在签署前共同填写。"
    let checklistNotice =
        "项目合同具有法律约束力，因此本文件不是供签署的文本，而是合同须商定事项的清单，已填入问卷回答中的相关内容。标有“由法律顾问确定”的事项，须由双方法律顾问商定。"
    let lawyersDecide = "由法律顾问确定"
    let notesHeading = "发出草案前请注意"
    func clauseNumber(_ number: Int) -> String { "第\(Self.numeral(number))条" }
    func source(_ source: String) -> String { "报告 \(ReportCitation.text(source, in: "zh"))" }
    let ownLanguageName = "中文"

    func sameSide(_ side: CitySide) -> String {
        let both = side == .chinese ? "两个中国城市" : "两个欧洲城市"
        return "两份会话文件都来自\(both)。本工具起草的是欧洲城市与中国城市之间的协议，请确认所给的合作城市会话文件是否正确。"
    }
    func partnerIsAnotherCity(named: String, session: String) -> String {
        "本市会话文件中的合作城市是\(named)，但合作城市的会话文件来自\(session)。草案按\(session)起草，请确认所给文件是否正确。"
    }
    func notTheNextRung(drafted: String, suggested: String?) -> String {
        guard let suggested else { return "本草案为\(drafted)；从回答看，协议阶梯的各级均已完成。" }
        return "本草案为\(drafted)；按协议阶梯，下一步建议签署的是\(suggested)（报告 §1.3；§3）。"
    }
    let noPartner = "尚未确定合作城市，因此合作城市一方的内容均留空。"

    func clausesMissing(directory: String) -> String {
        "\(directory) 中的规则没有协议条款：其 manifest.yaml 未列出 `agreementClauses` 文件。请将 rules/agreement-clauses.yaml 复制到该文件夹，并在 manifest 中加上 `agreementClauses: agreement-clauses.yaml`，或不使用 --rules。"
    }
    func clauseLanguageUnavailable(_ code: String, available: [String]) -> String {
        "协议条款没有 \(code) 文本。可选语言：\(available.joined(separator: "、"))。"
    }

    /// 1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五: the numbers of a Chinese agreement's articles.
    static func numeral(_ number: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard number > 0, number < 100 else { return String(number) }
        let tens = number / 10
        let ones = number % 10
        let tensText = tens == 0 ? "" : (tens == 1 ? "十" : digits[tens] + "十")
        return tensText + (ones == 0 ? "" : digits[ones])
    }
}
