import PlanModel

/// `PlanMessages` in Simplified Chinese, with the terms of the glossary (GLOSSARY-zh):
/// written as a city's Foreign Affairs Office would head a plan, with
/// full-width punctuation and no spaces between words.
struct ChinesePlanMessages: PlanMessages {
    let labelSeparator = "："
    let listSeparator = "、"
    let detailSeparator = "；"
    func cited(_ text: String, source: String) -> String { ReportCitation.cited(text, source: source, in: "zh") }
    func bracket(_ detail: String) -> String { "（\(detail)）" }
    func place(region: String?, country: String?) -> String {
        switch (region, country) {
        case (let region?, let country?): "\(region)（\(country)）"
        case (let region?, nil): region
        case (nil, let country?): country
        case (nil, nil): ""
        }
    }

    let planTitle = "城市合作伙伴关系规划"
    let ourCity = "本市"
    func preparedWith(updated: String) -> String {
        "本规划由 swoc-wizard 按照 URBAN-EU-CHINA 中欧城市合作伙伴关系指南的四个步骤编制。答复最后修改于\(MessageText.chineseDay(updated))。"
    }
    let summaryHeading = "概要"
    let nextAgreementLabel = "下一份协议"
    let healthCheckLabel = "合作健康检查"
    let allFiveScoreTheSame = "五项特征得分相同"
    let weakestCharacteristicLabel = "最薄弱的特征"
    func score(_ score: Int, of maximum: Int) -> String { "\(score)/\(maximum)分" }
    let fiveYearPlanLabel = "五年行动计划"
    func activities(_ count: Int, from first: Int, to last: Int) -> String {
        first == last ? "\(first)年共\(count)项活动" : "\(first)—\(last)年共\(count)项活动"
    }
    let warningLabel = "风险提示"

    let cityAndPartnerHeading = "本市及合作城市"
    let cityLabel = "城市"
    let countryLabel = "国家"
    let regionAndCountryLabel = "地区和国家"
    let internationalOfficeLabel = "国际交往主管部门"
    let internationalStaffLabel = "从事国际交往的工作人员"
    let helixInvolvedLabel = "参与的四螺旋各方"
    let partnerCityLabel = "合作城市"
    let formalisedLabel = "正式建立关系"
    let agreementReachedLabel = "已签署的协议"
    let statusLabel = "合作状态"
    func changedSince(_ day: String) -> String { "\(MessageText.chineseDay(day))以来的变化" }

    let swocHeading = "SWOC分析"
    let swocIntro = "优势和劣势着眼于城市自身，机遇和挑战着眼于城市以外的环境（报告 §1.1）。"
    let priorityMark = "★"
    let priorityLegend = "★ 表示团队选出的最重要条目；这些条目在各象限中排在前面，合作规划和战略也优先考虑它们。"
    let strengths = QuadrantNames.chinese(.strengths)
    let weaknesses = QuadrantNames.chinese(.weaknesses)
    let opportunities = QuadrantNames.chinese(.opportunities)
    let challenges = QuadrantNames.chinese(.challenges)
    func raisedBy(_ actor: String) -> String { "提出方：\(actor)" }
    func obstacle(_ kinds: String) -> String { "障碍：\(kinds)" }
    let strategiesHeading = "策略（TOWS）"
    let strategiesIntro = "每项策略将一条关于城市自身的条目与一条关于外部环境的条目结合起来，两者涉及同一合作领域。"
    let strategyTypeColumn = "类型"
    let strategyColumn = "策略"
    let combinesColumn = "结合条目"
    func combines(_ inner: String, _ outer: String) -> String { "\(inner)与\(outer)" }

    let healthHeading = "合作健康检查"
    func healthIntro(maximum: Int, weakest: String?) -> String {
        "报告总结了成功的城市合作伙伴关系的五项特征（§3），每项根据答复评为0至\(maximum)分。"
            + (weakest.map { "最薄弱的是\($0)。" } ?? "五项得分相同。")
    }
    let characteristicColumn = "特征"
    let scoreColumn = "得分"
    let evidenceColumn = "答复中的依据"
    let toImproveColumn = "改进方向"
    let answersThatCostPoints = "导致扣分的答复："
    func setback(_ characteristic: String, _ text: String) -> String { "\(characteristic)：\(text)" }

    let agreementHeading = "协议建议"
    func nextThen(_ next: String, _ then: String) -> String { "下一步签署\(next)，随后签署\(then)。" }
    let beforeSigning = "签署前须具备："
    let warningsIntro = "风险提示："

    func fiveYearPlanHeading(from first: Int, to last: Int) -> String { "五年行动计划（\(first)—\(last)年）" }
    func fiveYearPlanIntro(generalAdvice: Bool) -> String {
        "各项活动按诺丁汉与宁波五年行动计划的工作板块编排（报告 §2.3.4），并列明牵头方、大致费用、衡量指标、"
            + "所回应的SWOC条目以及列入计划的理由。"
            + (generalAdvice ? "标注“\(generalAdviceNote)”的活动尚未结合本市的答复。" : "")
    }
    let generalAdviceNote = "报告的一般性建议"
    func activity(title: String, description: String, generalAdvice: Bool) -> String {
        let text = "\(title)：\(description)"
        return generalAdvice ? "\(text)（\(generalAdviceNote)）" : text
    }
    let streamColumn = "工作板块"
    let activityColumn = "活动"
    let leadColumn = "牵头方"
    let costColumn = "费用"
    let indicatorColumn = "衡量指标"
    let respondsToColumn = "回应条目"
    let whyColumn = "理由"
    let sourceColumn = "出处"
    let yearColumn = "年份"
    let activitiesColumn = "活动"
    func activityNotes(why: String, answers: String?, source: String) -> String {
        let sentence = why.hasSuffix("。") || why.isEmpty ? why : why + "。"
        return "理由：\(sentence)" + (answers.map { "回应条目：\($0)。" } ?? "") + "出处：报告 \(source)。"
    }
    let chartHeading = "计划图表"
    let chartTitle = "五年行动计划"

    let indicatorsHeading = "监测指标"
    let chosenByTheTeam = "工作组选定的指标："
    let forEachActivity = "计划中各项活动的指标："
    func activityIndicator(year: Int, title: String, indicator: String) -> String {
        "\(year)年 · \(title)：\(indicator)"
    }
    let fundingHeading = "资金保障"
    let resourcesLabel = "资源状况"
    let fundingNote = "欧洲城市和中国城市可申请的资金来源见报告 §2.3.2。"
    let sourcesHeading = "引用的报告章节"
    let aboutCitations =
        "引用出处均指 Kontinakis 与 Zhang（2018）所著《合作规划与指南》，即 URBAN-EU-CHINA 关于中欧城市合作伙伴关系的报告。"
        + "§1.3.1 等标记指报告中编号的章节，其后的字母指该节中按字母编号的要点（如 §1.1 D 指SWOC分析中的挑战）；§I 指报告引言，其中阐述了成功合作伙伴关系的五项特征；"
        + "“案例7”“表2”指报告中编号的案例和表格。"

    let draftLabel = "草案"
    func draftNotice(unanswered: Int, stepReached: Int?) -> String {
        // 第0步是“城市基本情况”，在指南的四个步骤之前。
        let step = stepReached.map { $0 == 0 ? "（会话停在“城市基本情况”部分，尚未进入第1步）" : "（会话停在第\($0)步，共4步）" } ?? ""
        return "尚有\(unanswered)个问题未回答\(step)。以下评分和建议仅依据目前已有的答复；请先在向导中完成会话，再分发本计划。"
    }
    func assumedStartYear(_ year: Int) -> String {
        "尚未回答计划的起始年份：以下年份暂按\(year)年起算。"
    }
    let notAnsweredYet = "尚未回答。"
    let atAGlanceHeading = "五年行动计划一览"

    func round(_ number: Int) -> String { "第\(number)轮" }
    let whatChangedTitle = "变化情况"
    func compared(_ first: String, _ second: String) -> String { "比较对象：\(first)与\(second)。" }
    func round(_ label: String, startedOn day: String, participants: [String]) -> String {
        let who = participants.isEmpty ? "" : "，参与者：\(participants.joined(separator: "、"))"
        return "\(label)（始于\(MessageText.chineseDay(day))\(who)）"
    }
    let nothingChanged = "SWOC、合作领域、协议阶段和资源均无变化。"
    let addedLabel = "新增"
    let changedLabel = "修改"
    let droppedLabel = "删除"
    func kept(_ count: Int) -> String { "\(count)条保持不变" }
    let cooperationAreasHeading = "合作领域"
    let newAreasLabel = "新增领域"
    let noLongerNamedLabel = "不再列入"
    let stageAndResourcesHeading = "协议阶段与资源"
    let questionColumn = "问题"
    let beforeColumn = "此前"
    let nowColumn = "现在"

    var match: any MatchWords { ChineseMatchWords() }
    func proposalTitle(_ pair: String) -> String { "城市对接建议：\(pair)" }
    func pair(_ first: String, _ second: String) -> String { "\(first)与\(second)" }
    let proposalIntro =
        "本建议由 swoc-wizard 根据两市的SWOC答复，按照 URBAN-EU-CHINA 指南编制（§1.2 寻找合作伙伴，§1.3 协议）。"
    let sharedAreasHeading = "共同的合作领域"
    let noneRecorded = "尚无记录。"
    let complementsHeading = "优势互补"
    let strengthColumn = "优势"
    let meetsColumn = "对应需求"
    let areasColumn = "合作领域"
    let sharedChallengesHeading = "共同面临的挑战"
    let inCommonColumn = "共同点"
    let existingLinksHeading = "现有联系"
    let howToStartHeading = "如何起步"
    let firstAgreementLabel = "第一份协议"
    let precedentsHeading = "报告中的先例"
    let pairColumn = "城市对"
    let certaintyColumn = "可靠程度"
    func certainty(_ certainty: ReportPair.Certainty) -> String {
        switch certainty {
        case .certain: "确定"
        case .pairOnly: "城市对确定，细节缺失"
        case .uncertain: "不确定"
        }
    }
    func city(_ name: String, country: String?) -> String { country.map { "\(name)（\($0)）" } ?? name }
    let notRecorded = "未记录"
    func rankingTitle(_ city: String) -> String { "\(city)的候选合作城市" }
    func rankingIntro(count: Int, folder: String) -> String {
        "\(folder)中的\(count)份会话，按城市对接得分排序（满分100分，分七项：共同领域、双向优势互补、共同挑战、现有联系、双方团队选出的重点和城市基本情况；详见README）。"
    }
    let rankColumn = "排名"
    let cityColumn = "城市"
    let whyRankColumn = "理由"
    let fileColumn = "文件"
    let skippedFilesHeading = "跳过的文件"
}
