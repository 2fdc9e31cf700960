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

    func theme(_ theme: SwocTheme) -> String {
        switch theme {
        case .language: "语言和文化差异"
        case .staffTurnover: "人员流动"
        case .funding: "经费"
        case .experience: "缺乏经验"
        case .publicity: "知名度"
        }
    }

    func reason(_ kind: MatchScore.Kind, city: String, candidate: String, areas: String, themes: [String]) -> String {
        switch kind {
        case .sharedInterests: "双方都希望开展合作的领域：\(areas)"
        case .offersToCandidate: "\(city)的优势正是\(candidate)所需：\(areas)"
        case .offersFromCandidate: "\(candidate)的优势正是\(city)所需：\(areas)"
        case .sharedChallenges: "双方面临的共同挑战：" + list((areas.isEmpty ? [] : [areas]) + themes)
        case .existingLink: "双方已有往来"
        }
    }

    func link(_ link: MatchLink) -> String {
        switch link.kind {
        case .partner: "\(link.city)已将\(link.other)列为合作伙伴城市。"
        case .mention: "\(link.city)的现有联系中提到\(link.other)：“\(link.text ?? "")”。"
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

    func nextStep(first: String, second: String, headline: String) -> String {
        "\(first)与\(second)已是合作伙伴，下一步：\(headline)。"
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
}
