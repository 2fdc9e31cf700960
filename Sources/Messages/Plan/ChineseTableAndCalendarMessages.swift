import PlanModel

/// `TableAndCalendarMessages` in Chinese, with the glossary's terms.
struct ChineseTableAndCalendarMessages: TableAndCalendarMessages {
    let yearColumn = "年份"
    let streamColumn = "工作板块"
    let activityColumn = "活动"
    let descriptionColumn = "具体内容"
    let leadColumn = "牵头方"
    let costColumn = "费用"
    let indicatorColumn = "衡量指标"
    let swocEntriesColumn = "回应的SWOC条目"
    let reasonColumn = "理由"
    let sourceColumn = "报告出处"
    let ruleColumn = "规则"
    let statusColumn = "规划状态"
    func swocEntry(code: String, text: String) -> String { "\(code)：\(text)" }
    let entrySeparator = "；"
    func draftStatus(unanswered: Int, step: Int?) -> String {
        step.map { "草案：尚有\(unanswered)个问题未回答（自第\($0)步起）" } ?? "草案：尚有\(unanswered)个问题未回答"
    }
    let finishedStatus = "已完成：所有问题均已回答"

    func calendarName(cities: String) -> String { "城市合作伙伴关系规划：\(cities)" }
    func draftCalendarName(cities: String, unanswered: Int) -> String {
        "草案（尚有\(unanswered)个问题未回答）— 城市合作伙伴关系规划：\(cities)"
    }
    func calendarDescription(from first: Int, to last: Int) -> String {
        "\(first)—\(last)年五年行动计划的重要节点，由 swoc-wizard 编制。计划只确定年份，各节点日期均为暂定，具体日期请与合作伙伴城市商定。"
    }
    func milestoneKind(_ kind: MilestoneKind) -> String {
        switch kind {
        case .signing: "协议签署"
        case .delegation: "代表团互访"
        case .anniversary: "周年纪念"
        case .evaluation: "评估"
        }
    }
    func anniversarySummary(age: Int, partner: String?) -> String {
        "与\(partner ?? "合作伙伴城市")建立合作关系\(age)周年纪念"
    }
    func anniversaryDescription(age: Int, formalised: Int, year: Int) -> String {
        "两市合作关系于\(formalised)年正式建立，\(year)年迎来\(age)周年，是回顾和更新合作、与市民共同庆祝的时机（报告 §2.2.1）。"
    }
    let anniversaryActivityLabel = "计划安排"
    let whatLabel = "内容"
    let leadLabel = "牵头方"
    let indicatorLabel = "衡量指标"
    let sourceLabel = "出处"
    let labelSeparator = "："
    func report(_ source: String) -> String { "报告 \(source)" }
    func placeholderDay(month: Int, day: Int, partner: String?) -> String {
        "计划只确定年份：\(month)月\(day)日为暂定日期，具体日期请与\(partner ?? "合作伙伴城市")商定。"
    }
    func draftNote(unanswered: Int) -> String {
        "草案：尚有\(unanswered)个问题未回答，此节点可能调整。"
    }
}
