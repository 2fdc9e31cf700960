import PlanModel

/// `ReportMessages` in Simplified Chinese, with the terms of the glossary (GLOSSARY-zh).
struct ChineseReportMessages: ReportMessages {
    // MARK: Shared pieces

    func cited(_ text: String, source: String) -> String { ReportCitation.cited(text, source: source, in: "zh") }

    func quadrant(_ quadrant: SwocQuadrant) -> String { QuadrantNames.chinese(quadrant) }

    func quote(_ quote: MatchProposal.Quote) -> String { "\(quote.city) \(quote.entry)“\(quote.text)”" }

    /// "甲、乙和丙".
    func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: "、") + "和" + last
    }

    func labels(_ labels: [String]) -> String { labels.joined(separator: "、") }

    // MARK: suggest

    let suggestionsHeading = "== 建议 =="
    func nextAgreement(_ headline: String) -> String { "下一份协议：\(headline)" }
    func nextThen(next: String, then: String) -> String { "下一步：\(next)，然后是\(then)。" }
    let beforeSigning = "签署之前："
    let healthHeading = "合作健康检查（成功合作的五个特征，报告 §3）："
    let weakestMark = "  ← 最弱"
    let allScoreTheSame = "五项得分相同；请先加强人的因素，报告认为这是最重要的一项。"
    func toStrengthen(_ characteristic: String, gap: String) -> String { "加强\(characteristic)：\(gap)" }
    func planHeading(firstYear: Int, lastYear: Int, activities: Int) -> String {
        "五年行动计划 \(firstYear)–\(lastYear)：共 \(activities) 项活动。第 1 年："
    }
    /// At most five codes on a projector, then how many in all.
    func respondsTo(_ references: [SwocReference]) -> String {
        let shown = references.prefix(5).map(\.code).joined(separator: "、")
        return references.count > 5 ? "（针对 \(shown) 等 \(references.count) 条）" : "（针对 \(shown)）"
    }
    func activitySource(_ source: String) -> String { "（\(ReportCitation.chinese(source))）" }
    let generalAdvice = "（通用建议）"
    func strategiesHeading(count: Int) -> String { "来自 SWOC 分析的策略：共 \(count) 条，例如：" }
    func fullPlanHint(command: String) -> String { "完整计划及全部理由：\(command)" }

    // MARK: diff

    func round(_ number: Int) -> String { "第 \(number) 轮" }
    func dated(_ label: String, day: String) -> String { "\(label)（\(MessageText.chineseDay(day))）" }
    func diffHeading(from: String, to: String) -> String { "\(from) → \(to) 的变化：" }
    let nothingChanged = "SWOC、合作领域、协议阶段和资源均无变化。"
    func quadrantSummary(_ quadrant: SwocQuadrant, added: Int, changed: Int, dropped: Int, kept: Int) -> String {
        let counts = [
            added == 0 ? nil : "新增 \(added) 条",
            changed == 0 ? nil : "修改 \(changed) 条",
            dropped == 0 ? nil : "删除 \(dropped) 条",
            kept == 0 ? nil : "保留 \(kept) 条",
        ].compactMap { $0 }
        return "\(self.quadrant(quadrant))：" + (counts.isEmpty ? "无" : counts.joined(separator: "，"))
    }
    func now(_ text: String) -> String { "现在：\(text)" }
    func before(_ text: String) -> String { "此前：\(text)" }
    let noAnswer = "（未回答）"
    let areasHeading = "合作领域："
    func areasAdded(_ list: String) -> String { "新增：\(list)" }
    func areasDropped(_ list: String) -> String { "不再提及：\(list)" }
    let stageAndResources = "协议阶段与资源："
    func entryDetail(areas: [String], actor: String?, obstacles: [String]) -> String? {
        var parts: [String] = []
        if !areas.isEmpty { parts.append(labels(areas)) }
        if let actor { parts.append("提出方：" + actor) }
        if !obstacles.isEmpty { parts.append("障碍：" + labels(obstacles)) }
        return parts.isEmpty ? nil : parts.joined(separator: "；")
    }
    let differentCities = "注意：这是两个不同城市的会话，比较显示的是两者的差异，而不是一个城市的变化。"

    // MARK: match

    var match: any MatchWords { ChineseMatchWords() }
    let sharedAreasHeading = "共同的合作领域："
    let noSharedAreas = "尚无记录"
    let complementsHeading = "一方可弥补另一方不足之处："
    func complement(strength: String, need: String, areas: String) -> String { "\(strength) → \(need)（\(areas)）" }
    let sharedChallengesHeading = "双方共同面临的挑战："
    func sharedChallenge(first: String, second: String, about: String) -> String {
        "\(first) 与 \(second)（\(about)）"
    }
    let existingLinksHeading = "现有联系："
    func activity(title: String, description: String) -> String { "\(title)：\(description)" }
    let howToStart = "如何起步："
    let precedentsHeading = "报告中的先例："
    let areasNotRecorded = "合作领域未记录"
    func precedent(europe: String, china: String, areas: String, source: String) -> String {
        "\(europe)–\(china)：\(areas)（\(ReportCitation.chinese(source))）"
    }
    func rankingHeading(city: String, folder: String, ranked: Int, skipped: Int) -> String {
        "\(city) 的候选城市（来自 \(folder)）：已排名 \(ranked) 个" + (skipped == 0 ? "" : "，跳过 \(skipped) 个")
    }
    func place(city: String, country: String?) -> String { country.map { "\(city)（\($0)）" } ?? city }
    func moreCandidates(_ count: Int) -> String {
        "……另有 \(count) 个（用 --limit 显示更多，用 --format md 列出全部）。"
    }
    let skippedHeading = "已跳过（无法作为会话读取）："
}
