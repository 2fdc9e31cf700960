import Messages
import PlanModel

/// The facts about the city and its partner, label and value, as every
/// format that lists them shows them (Markdown's table, HTML's list): only
/// what the team answered, the helix groups by their short names.
enum CityAndPartnerRows {
    static func rows(_ plan: Voices<PlanEdition>) -> [(label: Said, value: Phrase)] {
        var rows: [(label: Said, value: Phrase)] = []
        func row(_ label: (any PlanMessages) -> String, _ value: Phrase) {
            rows.append((plan.say { label($0.plan) }, value))
        }
        let city = plan.first.document.city
        if let name = city.name { row(\.cityLabel, .typed(name)) }
        if city.region != nil || city.country != nil {
            row(
                city.region == nil ? \.countryLabel : \.regionAndCountryLabel,
                .typed(plan.first.plan.place(region: city.region?.bidiIsolated, country: city.country?.bidiIsolated)))
        }
        if let office = city.internationalOffice { row(\.internationalOfficeLabel, .typed(office)) }
        if let staff = city.internationalStaff { row(\.internationalStaffLabel, .typed(AnswerFormatter.format(staff))) }
        if !city.helixInvolved.isEmpty {
            row(
                \.helixInvolvedLabel,
                .said(
                    plan.say {
                        $0.document.city.helixInvolved.map(\.shortLabel).joined(separator: $0.plan.listSeparator)
                    }))
        }
        if let partner = plan.first.document.partner {
            if let name = partner.name {
                row(
                    \.partnerCityLabel,
                    .typed(plan.first.plan.place(region: name.bidiIsolated, country: partner.country?.bidiIsolated)))
            }
            if let year = partner.yearFormalised { row(\.formalisedLabel, .typed(String(year))) }
            if partner.stage != nil {
                row(\.agreementReachedLabel, .said(plan.say { $0.document.partner?.stage?.label ?? "" }))
            }
            if partner.status != nil {
                row(\.statusLabel, .said(plan.say { $0.document.partner?.status?.label ?? "" }))
            }
        }
        return rows
    }
}
