import PlanModel

/// The report sections and case studies a plan rests on, in the report's
/// order: every format lists the same ones under "Report sections cited".
enum CitedSources {
    /// The sources of every reason, warning, piece of evidence, setback and
    /// activity in any of the editions, the sections named inside texts
    /// ("(§1.2)" in a prerequisite or a gap), and §1.1 for the SWOC itself.
    static func sorted(in editions: [PlanEdition]) -> [String] {
        var cited: Set<String> = ["§1.1"]
        for edition in editions { cited.formUnion(citations(in: edition.document.suggestions)) }
        return cited.sorted(by: ReportCitationOrder.areInIncreasingOrder)
    }

    private static func citations(in suggestions: Suggestions) -> Set<String> {
        var cited = Set<String>()
        let reasons =
            suggestions.agreement.reasons + suggestions.agreement.warnings
            + suggestions.health.scores.flatMap(\.evidence) + suggestions.health.scores.flatMap(\.setbacks)
        for source in reasons.map(\.source) + suggestions.plan.map(\.source) {
            for part in source.split(separator: ";") { cited.insert(String(part).trimmingWhitespace()) }
        }
        let texts = suggestions.agreement.prerequisites + suggestions.health.scores.flatMap(\.gaps)
        for text in texts {
            for match in text.matches(of: /§[0-9I]+(\.[0-9]+)*/) { cited.insert(String(match.output.0)) }
        }
        return cited
    }
}
