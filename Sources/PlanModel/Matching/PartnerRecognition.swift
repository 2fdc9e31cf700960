/// Decides whether the partner a city's session records is another city of
/// match-making. By name in one script, as typed ("Yantai" in a partner's
/// name "Yantai 烟台"); across scripts only through the report's table of
/// names (`CityNames`), since "诺丁汉" cannot be compared with "Nottingham"
/// any other way (review of issue 15: the real pair of Case study 25 was
/// advised to start with an MoU; a first fix took any two cities with
/// partners in each other's countries and the same year for a pair, and so
/// called Leeds Ningbo's partner).
public struct PartnerRecognition: Sendable {
    public let names: CityNames

    public init(names: CityNames = CityNames()) {
        self.names = names
    }

    /// Whether `profile`'s recorded partner is `other`: named so, or, when
    /// `other` records this city as its partner, a partner in `other`'s
    /// country whose name is in another script than `other`'s own and that
    /// the table does not know (the same partnership seen from both sides:
    /// a name the table knows is that city, so "诺丁汉" is never Leeds, even
    /// when Leeds's own session names Ningbo as its partner).
    public func partner(of profile: MatchProfile, is other: MatchProfile) -> Bool {
        guard let partner = profile.partner else { return false }
        if names(of: profile, other) { return true }
        guard profile.partnerIsHan != other.nameIsHan, !names.knows(partner.name), other.partner != nil,
            names(of: other, profile)
        else { return false }
        return partner.isIn(other.country)
    }

    /// Whether `owner`'s partner's name names `other`: by its words, or by
    /// the table when either is written in Chinese characters (another
    /// script, or "宁波市" for "宁波", which have no words to compare).
    private func names(of owner: MatchProfile, _ other: MatchProfile) -> Bool {
        guard let partner = owner.partner else { return false }
        if owner.isPartner(of: other) { return true }
        return (owner.partnerIsHan || other.nameIsHan) && names.same(partner.name, other.cityName)
    }
}
