import PlanModel

/// `ReportMessages` in English.
struct EnglishReportMessages: ReportMessages {
    // MARK: Shared pieces

    func cited(_ text: String, source: String) -> String { ReportCitation.cited(text, source: source, in: "en") }
    func quadrant(_ quadrant: SwocQuadrant) -> String { QuadrantNames.english(quadrant) }
    func quote(_ quote: MatchProposal.Quote) -> String { "\(quote.city) \(quote.entry) \"\(quote.text)\"" }
    func list(_ items: [String]) -> String { PlanFacts.humanList(items) }
    func labels(_ labels: [String]) -> String { labels.joined(separator: ", ") }

    // MARK: suggest

    let suggestionsHeading = "== Suggestions =="
    func nextAgreement(_ headline: String) -> String { "Next agreement: \(headline)" }
    func nextThen(next: String, then: String) -> String { "Next: \(next), then \(then)." }
    let beforeSigning = "Before signing:"
    let healthHeading = "Health check (the five characteristics, report §3):"
    let weakestMark = "  <- weakest"
    let allScoreTheSame = "All five score the same; strengthen human factors first, the report's most important one."
    func toStrengthen(_ characteristic: String, gap: String) -> String {
        "To strengthen \(characteristic.lowercased()): \(gap)"
    }
    func planHeading(firstYear: Int, lastYear: Int, activities: Int) -> String {
        "Five-year plan \(firstYear)–\(lastYear): \(activities) activities. Year 1:"
    }
    func respondsTo(_ references: [SwocReference]) -> String {
        " [responds to \(SwocReference.shortList(references))]"
    }
    func activitySource(_ source: String) -> String { " (\(source))" }
    let generalAdvice = " (general advice)"
    func strategiesHeading(count: Int) -> String { "Strategies from the SWOC: \(count), for example:" }
    func fullPlanHint(command: String) -> String { "The full plan, with every reason: \(command)" }

    // MARK: diff

    func round(_ number: Int) -> String { "round \(number)" }
    func dated(_ label: String, day: String) -> String { "\(label) (\(day))" }
    func diffHeading(from: String, to: String) -> String { "What changed from \(from) to \(to):" }
    let nothingChanged = "Nothing changed in the SWOC, the cooperation areas, the stage or the resources."
    func quadrantSummary(_ quadrant: SwocQuadrant, added: Int, changed: Int, dropped: Int, kept: Int) -> String {
        let counts = [
            added == 0 ? nil : "\(added) added",
            changed == 0 ? nil : "\(changed) changed",
            dropped == 0 ? nil : "\(dropped) dropped",
            kept == 0 ? nil : "\(kept) kept",
        ].compactMap { $0 }
        return "\(self.quadrant(quadrant)): " + (counts.isEmpty ? "none" : counts.joined(separator: ", "))
    }
    func now(_ text: String) -> String { "now: \(text)" }
    func before(_ text: String) -> String { "before: \(text)" }
    let noAnswer = "(no answer)"
    let areasHeading = "Cooperation areas:"
    func areasAdded(_ list: String) -> String { "new: \(list)" }
    func areasDropped(_ list: String) -> String { "no longer named: \(list)" }
    let stageAndResources = "Stage and resources:"
    func entryDetail(areas: [String], actor: String?, obstacles: [String]) -> String? {
        var parts: [String] = []
        if !areas.isEmpty { parts.append(labels(areas)) }
        if let actor { parts.append("raised by " + actor) }
        if !obstacles.isEmpty { parts.append("obstacle: " + labels(obstacles)) }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
    let differentCities =
        "Note: these are sessions of two different cities; the comparison shows how they differ, "
        + "not how one city changed."

    // MARK: match

    var match: any MatchWords { EnglishMatchWords() }
    let sharedAreasHeading = "Shared cooperation areas:"
    let noSharedAreas = "none recorded yet"
    let complementsHeading = "Where one fills the other's gap:"
    func complement(strength: String, need: String, areas: String) -> String { "\(strength) → \(need) (\(areas))" }
    let sharedChallengesHeading = "Challenges they share:"
    func sharedChallenge(first: String, second: String, about: String) -> String {
        "\(first) and \(second) (\(about))"
    }
    let existingLinksHeading = "Existing links:"
    func activity(title: String, description: String) -> String { "\(title): \(description)" }
    let howToStart = "How to start:"
    let precedentsHeading = "Precedents in the report:"
    let areasNotRecorded = "areas not recorded"
    func precedent(europe: String, china: String, areas: String, source: String) -> String {
        "\(europe) – \(china): \(areas) (\(source))"
    }
    func rankingHeading(city: String, folder: String, ranked: Int, skipped: Int) -> String {
        "Candidates for \(city) from \(folder): \(ranked) ranked" + (skipped == 0 ? "" : ", \(skipped) skipped")
    }
    func place(city: String, country: String?) -> String { country.map { "\(city), \($0)" } ?? city }
    func moreCandidates(_ count: Int) -> String {
        "... and \(count) more (--limit to show more, --format md for all)."
    }
    let skippedHeading = "Skipped (could not be read as sessions):"
}
