import Exporters

/// The five-year timeline picture for the Word file, as SVG: the same
/// drawing as the HTML report's (`TimelineChart`), so the two cannot
/// disagree. Nil leaves the picture out (a plan with no activities).
enum WordTimeline {
    static func svg(_ editions: [PlanEdition]) -> String? {
        guard let first = editions.first, !first.document.suggestions.plan.isEmpty else { return nil }
        return TimelineChart(editions).svg
    }
}
