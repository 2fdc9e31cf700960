/// A partnership a city's session records (its partner answers, step 0 and
/// step 3): whom, in which country, the highest rung of the agreement ladder
/// signed, and how it stands. "Partner" in these answers includes a city the
/// team only intends to approach: `signed` says whether anything is signed,
/// and only then are the two called partners (report §1.3).
public struct MatchPartnership: Sendable, Equatable {
    public var name: String
    public var country: String?
    /// The highest rung signed; `.noAgreement` when nothing is.
    public var signed: AgreementStage
    /// A `partnership-status` id: intended, active, dormant.
    public var status: String?
    public init(name: String, country: String? = nil, signed: AgreementStage = .noAgreement, status: String? = nil) {
        self.name = name
        self.country = country
        self.signed = signed
        self.status = status
    }

    /// Nil when the session names no partner city.
    init?(facts: PlanFacts) {
        guard facts.hasPartner, let name = facts.text("partner-name") else { return nil }
        self.name = name
        country = facts.text("partner-country")
        signed = facts.stage
        status = facts.status
    }

    /// Whether an agreement is signed: only then are the two cities partners.
    public var isSigned: Bool { signed > .noAgreement }

    /// Whether `country` is the partner's country, written the same way or
    /// as one of the usual names of China.
    public func isIn(_ country: String?) -> Bool {
        guard let own = Self.normalised(self.country), let other = Self.normalised(country) else { return false }
        return own == other
    }

    static func normalised(_ country: String?) -> String? {
        guard let country = country?.trimmingWhitespace().lowercased(), !country.isEmpty else { return nil }
        return otherNames[country] ?? country
    }

    /// Other usual names of the countries of the report's pairs, English and
    /// Chinese, each to the English name the sessions usually give: a
    /// Chinese session names Duisburg's country "德国", the German one "Germany".
    private static let otherNames: [String: String] = {
        let names: [String: [String]] = [
            "china": ["中国", "prc", "people's republic of china", "中华人民共和国"],
            "united kingdom": ["uk", "great britain", "britain", "england", "scotland", "wales", "英国", "英格兰", "苏格兰"],
            "germany": ["德国"], "france": ["法国"], "italy": ["意大利"], "spain": ["西班牙"],
            "netherlands": ["荷兰", "the netherlands"], "belgium": ["比利时"], "denmark": ["丹麦"],
            "sweden": ["瑞典"], "norway": ["挪威"], "finland": ["芬兰"], "estonia": ["爱沙尼亚"],
            "latvia": ["拉脱维亚"], "lithuania": ["立陶宛"], "croatia": ["克罗地亚"], "bulgaria": ["保加利亚"],
            "greece": ["希腊"], "portugal": ["葡萄牙"], "austria": ["奥地利"], "poland": ["波兰"],
            "czechia": ["捷克", "czech republic"], "ireland": ["爱尔兰"], "hungary": ["匈牙利"],
            "romania": ["罗马尼亚"], "slovenia": ["斯洛文尼亚"], "slovakia": ["斯洛伐克"], "luxembourg": ["卢森堡"],
            "malta": ["马耳他"], "cyprus": ["塞浦路斯"],
        ]
        return Dictionary(
            names.flatMap { english, others in others.map { ($0, english) } }, uniquingKeysWith: { a, _ in a })
    }()
}
