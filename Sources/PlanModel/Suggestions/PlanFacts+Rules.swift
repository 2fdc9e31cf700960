/// Facts about the city that several rules use, worked out from the answers.
extension PlanFacts {
    /// Staff or a liaison office of the city already work in the partner city.
    public var hasPresenceInPartnerCity: Bool {
        let presence: Set<String> = ["dedicated-staff-in-partner-city", "liaison-office-in-partner-city"]
        return text("management-entity").map(presence.contains) == true
            || texts("bridging-organisations").contains("office-in-partner-city")
    }

    /// People already go back and forth between the cities: schools, cultural
    /// groups or earlier visits among the links, or an active partnership
    /// formalised two or more years before the plan.
    public var exchangesRunning: Bool {
        guard hasPartner else { return false }
        let exchanging: Set<String> = ["schools", "cultural-groups", "earlier-visits"]
        if texts("existing-link-types").contains(where: exchanging.contains) { return true }
        guard status == "active", let formalised = agreementYear else { return false }
        return referenceYear - formalised >= 2
    }

    /// The kinds of obstacle the rules know, for questionnaires without the vocabulary.
    static let builtInObstacleKinds = [
        "language-culture", "funding", "staff-turnover", "experience", "publicity", "missing-helix", "political-risk",
    ]
}

extension PlanFacts {
    /// The entry a reference points at.
    public func entry(_ reference: SwocReference) -> SwocEntry? {
        let list = entries(reference.quadrant)
        guard reference.number >= 1, reference.number <= list.count else { return nil }
        return list[reference.number - 1].entry
    }
}
