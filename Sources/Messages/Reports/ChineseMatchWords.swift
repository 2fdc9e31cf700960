import PlanModel

/// `MatchWords` in Simplified Chinese, with the terms of the glossary
/// (GLOSSARY-zh: 城市对接, 谅解备忘录, 友好城市关系协议书, 人文交流, 经贸代表团).
struct ChineseMatchWords: MatchWords {
    func areas(_ labels: [String]) -> String { labels.joined(separator: "、") }

    /// "甲、乙和丙".
    func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: "、") + "和" + last
    }

    func screenHeading(_ heading: String) -> String { heading + "：" }
    func labelled(_ label: String, _ text: String) -> String { "\(label)：\(text)" }
    func sideBySide(_ first: String, _ second: String) -> String { "\(first)；\(second)" }

    func proposalHeading(first: String, second: String, score: Int) -> String {
        "城市对接建议：\(first) 与 \(second)（得分 \(score)/\(MatchScore.scale)）"
    }
    func rankedCandidate(place: String, score: Int, source: String) -> String {
        "\(place)  得分 \(score)/\(MatchScore.scale)  （\(source)）"
    }
    func score(_ points: Int) -> String { "\(points)分（满分\(MatchScore.scale)分）" }
    func points(_ points: Int, of maximum: Int) -> String { "\(points)/\(maximum)分" }

    func part(_ kind: MatchScore.Kind) -> String {
        switch kind {
        case .sharedInterests: "共同合作领域"
        case .offersToCandidate, .offersFromCandidate: "优势互补"
        case .sharedChallenges: "共同挑战"
        case .existingLink: "现有联系"
        case .priorities: "双方确定的重点"
        case .cityFacts: "城市基本情况"
        }
    }

    func reason(_ kind: MatchScore.Kind, city: String, candidate: String, areas: String, obstacles: [String]) -> String
    {
        switch kind {
        case .sharedInterests: "双方都希望开展合作的领域：\(areas)"
        case .offersToCandidate: "\(city)的优势正是\(candidate)所需：\(areas)"
        case .offersFromCandidate: "\(candidate)的优势正是\(city)所需：\(areas)"
        case .sharedChallenges:
            "双方面临的共同挑战：" + [self.areas(obstacles), areas].filter { !$0.isEmpty }.joined(separator: "；涉及领域：")
        case .existingLink: "双方已有往来"
        case .priorities: "一方列为重点的事项正是另一方能够回应的：\(areas)"
        case .cityFacts: "城市基本情况相近"
        }
    }

    func breakdownLine(part: String, points: String, reason: String) -> String {
        "\(part)（\(points)）：\(reason)"
    }

    func nothing(_ kind: MatchScore.Kind, city: String, candidate: String) -> String {
        switch kind {
        case .sharedInterests: "暂无双方都希望开展合作的领域"
        case .offersToCandidate: "\(city)暂无正合\(candidate)所需的优势"
        case .offersFromCandidate: "\(candidate)暂无正合\(city)所需的优势"
        case .sharedChallenges: "暂无共同挑战"
        case .existingLink: "双方尚未提及对方"
        case .priorities: "列为重点的事项暂无对方能够回应"
        case .cityFacts: "基本情况暂无相近之处（或未填写）"
        }
    }

    func cityFacts(bands: [String], coastal: Bool?, sectors: String) -> String {
        var parts: [String] = []
        switch bands.count {
        case 1: parts.append("人口规模同为\(bands[0])")
        case 2: parts.append("人口规模相邻（\(bands[0])；\(bands[1])）")
        default: break
        }
        if let coastal { parts.append(coastal ? "都是沿海或港口城市" : "都是内陆城市") }
        if !sectors.isEmpty { parts.append("共同的主导产业：\(sectors)") }
        return "城市基本情况相近：" + parts.joined(separator: "；")
    }

    func link(_ link: MatchLink) -> String {
        switch link.kind {
        case .partner:
            guard let signed = link.signed, signed > .noAgreement else {
                return "\(link.city)已将\(link.other)列为意向合作城市，但双方尚未签署任何协议。"
            }
            return "\(link.city)已将\(link.other)列为合作伙伴城市，目前已签署：\(stage(signed))。"
        case .mention: return "\(link.city)的现有联系中提到\(link.other)：“\(link.text ?? "")”。"
        }
    }

    /// The names of `rules/names.yaml` (a test keeps them equal).
    func stage(_ stage: AgreementStage) -> String {
        switch stage {
        case .noAgreement: "尚未签署协议"
        case .memorandum: "谅解备忘录（或友好城市关系协议书）"
        case .letterOfIntent: "合作意向书"
        case .projectAgreement: "项目协议"
        case .projectContract: "项目合同"
        }
    }

    func rungs(_ next: String, then: String) -> String { "\(next)，然后是\(then)" }

    func firstAgreement(areas: String) -> String {
        "先签署谅解备忘录或友好城市关系协议书"
            + (areas.isEmpty ? "" : "，明确\(areas)等合作领域")
            + "，并在一年内落实第一个具体项目；仅有谅解备忘录，合作不会自行开展。"
    }

    func nothingSignedYet(recordedBy: String, other: String) -> String {
        "\(recordedBy)已将\(other)列为意向合作城市，但双方尚未签署任何协议。"
    }

    func nextStep(first: String, second: String, signed: String, headline: String) -> String {
        "\(first)与\(second)已签署：\(signed)；下一步：\(headline)。"
    }

    func sameSide(first: String, second: String, side: CitySide?) -> String {
        let both: String
        switch side {
        case .european?: both = "同为欧洲城市"
        case .chinese?: both = "同为中国城市"
        case nil: both = "位于同一方"
        }
        return "\(first)与\(second)\(both)。本流程用于欧洲城市与中国城市之间的城市对接，因此不提出协议或首批活动建议；"
            + "请分别与另一方的城市进行比较。"
    }

    func activityTitle(_ kind: MatchProposal.Activity.Kind, area: String?) -> String {
        switch kind {
        case .peopleToPeople: "人文交流"
        case .businessDelegation: "\(area ?? "")领域经贸代表团"
        }
    }

    func activityDescription(_ kind: MatchProposal.Activity.Kind, area: String?, first: String, second: String)
        -> String
    {
        switch kind {
        case .peopleToPeople:
            "组织\(first)和\(second)的学校、文化团体、学生或青年专业人士互访，建立其他各项合作赖以开展的个人信任。"
        case .businessDelegation:
            "组织企业和商协会代表团互访，聚焦\(area ?? "")——两市共同最看重的合作领域。"
        }
    }

    func partnership(_ partnership: MatchProposal.Partnership, status: String?) -> String {
        let place = partnership.country.map { "\(partnership.partner)（\($0)）" } ?? partnership.partner
        let signed = partnership.signed > .noAgreement ? "目前已签署：\(stage(partnership.signed))" : "尚未签署协议"
        return ([place, signed] + [status].compactMap { $0 }).joined(separator: "，")
    }

    func alreadyPairedIn(_ country: String) -> String { "已与\(country)的城市结对" }

    var ownPartnership: String { "即两市之间的伙伴关系" }

    func partnershipOf(_ city: String, _ text: String?) -> String { "\(city)：\(text ?? "暂无记录")" }

    let sameSideMark = "（同一方）"

    func sameSideLeftOut(_ count: Int, city: String) -> String {
        "另有\(count)个与\(city)同属一方的候选城市未参与排名（本流程用于欧洲城市与中国城市之间的城市对接；加上 --any-side 可一并排名）。"
    }

    let summaryHeading = "概要"
    let breakdownHeading = "各项得分"
    let strongestReasonsHeading = "最主要的理由"
    let firstAgreementHeading = "第一份协议"
    let nextAgreementHeading = "下一份协议"
    let firstActivitiesHeading = "首批活动"
    let partnershipsHeading = "双方现有的合作关系"
    let partnershipLabel = "现有合作关系"
    let factsHeading = "城市基本情况对照"
    let bandRow = "人口规模"
    let coastalRow = "沿海或港口城市"
    let sectorsRow = "主导产业"
    func coastal(_ coastal: Bool) -> String { coastal ? "是" : "否" }
    let notGiven = "未填写"
    let precedentDidColumn = "双方做了什么"
    func precedentDid(_ did: String) -> String { did }
    func scoreLine(_ points: Int) -> String {
        "得分：\(score(points))（由以下各项相加而得；计分方法见 README）"
    }
}
