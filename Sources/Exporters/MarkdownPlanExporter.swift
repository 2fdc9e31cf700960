import Foundation
import PlanModel

/// Writes the plan as a Markdown document a city can circulate, or convert
/// with pandoc to HTML or Word: a summary, the city and partner, the SWOC as a
/// 2×2 table, TOWS strategies, the health check, the agreement advice, the
/// five-year plan per year and as a Mermaid gantt chart, indicators, funding
/// and the report sections cited. Sections with nothing to say are left out.
public struct MarkdownPlanExporter: Sendable {
    public let questionnaire: Questionnaire
    /// The session's language, for choice labels.
    private var language: String

    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        language = questionnaire.defaultLanguage
    }

    public func export(_ plan: PlanDocument) -> String {
        var exporter = self
        exporter.language = plan.questionnaire.language
        return exporter.render(plan)
    }

    private func render(_ plan: PlanDocument) -> String {
        var document = MarkdownDocument()
        let names = title(plan)
        document.raw("# Partnership plan: " + MarkdownText.escape(names))
        document.paragraph(
            "Prepared with swoc-wizard, following the four steps of the URBAN-EU-CHINA guidelines on EU–China "
                + "city partnerships. Answers last changed on \(plan.timestamps.updated.day).")
        summary(plan, into: &document)
        cityAndPartner(plan, into: &document)
        changes(plan, into: &document)
        swoc(plan, into: &document)
        strategies(plan, into: &document)
        health(plan, into: &document)
        agreement(plan, into: &document)
        fiveYearPlan(plan, into: &document)
        indicators(plan, into: &document)
        funding(plan, into: &document)
        sources(plan, into: &document)
        return document.text
    }

    // MARK: Helpers

    func label(_ id: String, vocabulary: String) -> String {
        questionnaire.label(id, in: vocabulary, language: language)
    }

    func areaList(_ ids: [String]) -> String {
        questionnaire.areaList(ids, language: language)
    }

    private func title(_ plan: PlanDocument) -> String {
        let city = plan.city.name ?? "Our city"
        guard let partner = plan.partner?.name else { return city }
        return "\(city) – \(partner)"
    }

    // MARK: Sections

    private func summary(_ plan: PlanDocument, into document: inout MarkdownDocument) {
        let suggestions = plan.suggestions
        document.heading(2, "Summary")
        document.bullet(label: "Next agreement", suggestions.agreement.headline)
        if suggestions.health.isLevel {
            document.bullet(label: "Health check", "all five characteristics score the same")
        } else if let weakest = suggestions.health.score(of: suggestions.health.weakest) {
            document.bullet(
                label: "Weakest characteristic",
                "\(weakest.characteristic.title) (\(weakest.score) of \(HealthCheck.maximumScore))")
        }
        if let first = suggestions.plan.first, let last = suggestions.plan.last {
            document.bullet(
                label: "Five-year plan",
                "\(suggestions.plan.count) activities from \(first.year) to \(last.year)")
        }
        for warning in suggestions.agreement.warnings {
            document.bullet(label: "Warning", "\(warning.text) (report \(warning.source))")
        }
    }

    private func cityAndPartner(_ plan: PlanDocument, into document: inout MarkdownDocument) {
        var rows: [[String]] = []
        let city = plan.city
        if let name = city.name { rows.append(["City", name]) }
        let place = [city.region, city.country].compactMap { $0 }.joined(separator: ", ")
        if !place.isEmpty { rows.append([city.region == nil ? "Country" : "Region and country", place]) }
        if let office = city.internationalOffice { rows.append(["International office", office]) }
        if let staff = city.internationalStaff {
            rows.append(["Staff on international relations", AnswerFormatter.format(staff)])
        }
        if !city.helixInvolved.isEmpty {
            rows.append(["Quadruple-helix groups involved", city.helixInvolved.map(\.label).joined(separator: ", ")])
        }
        if let partner = plan.partner {
            if let name = partner.name {
                rows.append(["Partner city", [name, partner.country].compactMap { $0 }.joined(separator: ", ")])
            }
            if let year = partner.yearFormalised { rows.append(["Formalised", String(year)]) }
            if let stage = partner.stage { rows.append(["Agreement reached", stage.label]) }
            if let status = partner.status { rows.append(["Status", status.label]) }
        }
        guard !rows.isEmpty else { return }
        document.heading(2, "The city and its partner")
        document.table(["", ""], rows)
    }

    private func changes(_ plan: PlanDocument, into document: inout MarkdownDocument) {
        guard let changes = plan.changes else { return }
        document.heading(2, "What changed since \(changes.from.startedAt.day)")
        MarkdownDiffExporter(questionnaire: questionnaire).write(changes, into: &document, level: 3)
    }

    private func entryText(_ entry: PlanDocument.Entry, code: String) -> String {
        var detail: [String] = []
        if !entry.areas.isEmpty { detail.append(entry.areas.map(\.label).joined(separator: ", ")) }
        if let actor = entry.actor { detail.append("raised by \(actor.label)") }
        return "\(code) \(entry.text)" + (detail.isEmpty ? "" : " (\(detail.joined(separator: "; ")))")
    }

    private func swoc(_ plan: PlanDocument, into document: inout MarkdownDocument) {
        let swoc = plan.swoc
        guard !(swoc.strengths + swoc.weaknesses + swoc.opportunities + swoc.challenges).isEmpty else { return }
        document.heading(2, "SWOC analysis")
        document.paragraph(
            "Strengths and weaknesses look at the city itself; opportunities and challenges at what lies outside it (report §1.1)."
        )
        func cells(_ entries: [PlanDocument.Entry], _ letter: String) -> [String] {
            entries.enumerated().map { entryText($0.element, code: "\(letter)\($0.offset + 1)") }
        }
        func pairRows(_ left: [String], _ right: [String]) -> [[String]] {
            (0..<max(left.count, right.count, 1)).map { index in
                [index < left.count ? left[index] : "", index < right.count ? right[index] : ""]
            }
        }
        var rows = pairRows(cells(swoc.strengths, "S"), cells(swoc.weaknesses, "W"))
        document.blank()
        document.raw("| Strengths | Weaknesses |")
        document.raw("| --- | --- |")
        for row in rows { document.row(row) }
        document.raw("| **Opportunities** | **Challenges** |")
        rows = pairRows(cells(swoc.opportunities, "O"), cells(swoc.challenges, "C"))
        for row in rows { document.row(row) }
        document.raw("")
    }

    private func strategies(_ plan: PlanDocument, into document: inout MarkdownDocument) {
        let strategies = plan.suggestions.strategies
        guard !strategies.isEmpty else { return }
        document.heading(2, "Strategies (TOWS)")
        document.paragraph(
            "Each strategy pairs an entry about the city with one about its surroundings that share a cooperation area."
        )
        document.table(
            ["Type", "Strategy", "Combines"],
            strategies.map {
                ["\($0.kind.rawValue): \($0.kind.title)", $0.text, "\($0.internalEntry) and \($0.externalEntry)"]
            })
    }

    private func health(_ plan: PlanDocument, into document: inout MarkdownDocument) {
        let health = plan.suggestions.health
        document.heading(2, "Health check")
        document.paragraph(
            "The report names five characteristics of successful partnerships (§3); each is scored from 0 to "
                + "\(HealthCheck.maximumScore) from the answers. "
                + (health.isLevel
                    ? "All five score the same."
                    : "The weakest is \(health.weakest.title.lowercased())."))
        document.table(
            ["Characteristic", "Score", "From the answers", "To improve"],
            health.scores.map { score in
                [
                    score.characteristic.title, "\(score.score) of \(HealthCheck.maximumScore)",
                    score.evidence.map(\.text).joined(separator: " "), score.gaps.joined(separator: "; "),
                ]
            })
        setbacks(health, into: &document)
    }

    /// The answers that cost points, below the table rather than in a fifth
    /// column: a reader sees why a characteristic scores low (a dormant
    /// partnership, staff changes named as a threat) and the table stays narrow.
    private func setbacks(_ health: HealthCheck, into document: inout MarkdownDocument) {
        let scores = health.scores.filter { !$0.setbacks.isEmpty }
        guard !scores.isEmpty else { return }
        document.raw("Answers that cost points:")
        document.raw("")
        for score in scores {
            for setback in score.setbacks {
                document.bullet("\(score.characteristic.title) − \(setback.text) (report \(setback.source))")
            }
        }
    }

    private func agreement(_ plan: PlanDocument, into document: inout MarkdownDocument) {
        let advice = plan.suggestions.agreement
        document.heading(2, "Agreement recommendation")
        document.raw("**" + MarkdownText.escape(advice.headline) + "**")
        document.raw("")
        if let next = advice.next, let then = advice.then {
            // When two rungs apply at once, both by name and in order, so the
            // ladder reads at a glance even when the headline is long (issue 10).
            document.raw(MarkdownText.escape("Next: \(next.name), then \(then.name)."))
            document.raw("")
        }
        for reason in advice.reasons { document.bullet("\(reason.text) (report \(reason.source))") }
        if !advice.prerequisites.isEmpty {
            document.blank()
            document.raw("Before signing:")
            document.raw("")
            for item in advice.prerequisites { document.bullet(item) }
        }
        if !advice.warnings.isEmpty {
            document.blank()
            document.raw("Warnings:")
            document.raw("")
            for warning in advice.warnings { document.bullet("\(warning.text) (report \(warning.source))") }
        }
    }

    private func indicators(_ plan: PlanDocument, into document: inout MarkdownDocument) {
        let chosen = plan.answers.first { $0.id == "monitoring-indicators" }
        var items: [String] = []
        if case .texts(let texts)? = chosen?.value { items = texts }
        let fromPlan = plan.suggestions.plan.map { "\($0.year) · \($0.title): \($0.indicator)" }
        guard !items.isEmpty || !fromPlan.isEmpty else { return }
        document.heading(2, "Indicators for monitoring")
        if !items.isEmpty {
            document.raw("Chosen by the team:")
            document.raw("")
            for item in items { document.bullet(item) }
            document.blank()
        }
        document.raw("For each activity of the plan:")
        document.raw("")
        for item in fromPlan { document.bullet(item) }
    }

    private func funding(_ plan: PlanDocument, into document: inout MarkdownDocument) {
        let sources = plan.answers.first { $0.id == "funding-sources" }?.labels ?? []
        let level = plan.answers.first { $0.id == "resource-level" }?.labels?.first
        guard !sources.isEmpty || level != nil else { return }
        document.heading(2, "Funding")
        if let level { document.bullet(label: "Resources", level) }
        for source in sources { document.bullet(source) }
        document.blank()
        document.paragraph("Funding sources open to European and Chinese cities are listed in report §2.3.2.")
    }

    private func sources(_ plan: PlanDocument, into document: inout MarkdownDocument) {
        let suggestions = plan.suggestions
        var cited = Set<String>()
        let reasons =
            suggestions.agreement.reasons + suggestions.agreement.warnings
            + suggestions.health.scores.flatMap(\.evidence) + suggestions.health.scores.flatMap(\.setbacks)
        for source in reasons.map(\.source) + suggestions.plan.map(\.source) {
            for part in source.split(separator: ";") { cited.insert(String(part).trimmingWhitespace()) }
        }
        // Sections named inside texts, e.g. "(§1.2)" in a prerequisite or a gap.
        let texts = suggestions.agreement.prerequisites + suggestions.health.scores.flatMap(\.gaps)
        for text in texts {
            for match in text.matches(of: /§[0-9I]+(\.[0-9]+)*/) { cited.insert(String(match.output.0)) }
        }
        cited.insert("§1.1")  // The SWOC itself.
        guard !cited.isEmpty else { return }
        document.heading(2, "Report sections cited")
        for source in cited.sorted(by: ReportCitationOrder.areInIncreasingOrder) { document.bullet(source) }
    }
}
