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
    /// The year the partnership was formalised (`partner-year`), if given:
    /// two sessions that name each other in different scripts are told to be
    /// one pair by it (`MatchProfile.namesAcrossScripts`).
    public var year: Int?

    public init(
        name: String, country: String? = nil, signed: AgreementStage = .noAgreement, status: String? = nil,
        year: Int? = nil
    ) {
        self.name = name
        self.country = country
        self.signed = signed
        self.status = status
        self.year = year
    }

    /// Nil when the session names no partner city.
    init?(facts: PlanFacts) {
        guard facts.hasPartner, let name = facts.text("partner-name") else { return nil }
        self.name = name
        country = facts.text("partner-country")
        signed = facts.stage
        status = facts.status
        year = facts.year("partner-year")
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
        if ["china", "中国", "prc", "people's republic of china", "中华人民共和国"].contains(country) { return "china" }
        if ["uk", "united kingdom", "great britain", "britain", "英国"].contains(country) { return "united kingdom" }
        return country
    }
}
