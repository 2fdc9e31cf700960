/// `ChartMessages` in Chinese, with the glossary's terms (协议阶梯, 工作板块, 五年行动计划).
struct ChineseChartMessages: ChartMessages {
    let timelineTitle = "五年行动计划（按工作板块和年份）"
    func timelineDescription(activities: Int, from first: Int, to last: Int) -> String {
        "\(first)—\(last)年五年行动计划共\(activities)项活动，每项活动一格，按工作板块分行、按年份分列。"
    }

    let ladderTitle = "协议阶梯"
    func ladderDescription(reached: String, next: String?, then: String?) -> String {
        var text = "协议阶梯从谅解备忘录到项目合同。目前已达到：\(reached)。"
        if let next { text += "下一步：\(next)。" }
        if let then { text += "再下一步：\(then)。" }
        return text
    }
    let reachedTag = "已达到"
    let nextTag = "下一步"
    let thenTag = "再下一步"
    let reachedLegend = "实心：目前已达到的协议"
    let nextLegend = "粗虚线框：下一步争取的协议"
    let thenLegend = "细虚线框：再下一步的协议"
    let notStartedTag = "尚未签署协议"

    let healthBarsTitle = "合作健康检查：五项特征"
    func healthBarsDescription(_ scores: [String]) -> String {
        "成功合作伙伴关系的五项特征，均根据答复评分：" + scores.joined(separator: "；") + "。"
    }
    let weakestTag = "最薄弱"

    let swocGridDescription = "SWOC分析四格图：上方为本市自身的优势和劣势，下方为外部的机遇和挑战。"
    let whatLabel = "内容"
    let answersLabel = "回应条目"
    let answersNoEntry = "不针对具体SWOC条目"
}
