import Messages
import PlanModel

extension PlanDocument {
    /// The document with every report citation (`source`) written as a reader
    /// of `language` writes it (`ReportCitation`: "案例13" for "Case study 13"),
    /// for the JSON plan, which a Chinese city reads and circulates like the
    /// Markdown one. In two languages the citations then differ and become
    /// objects keyed by language, like every other text.
    func citing(in language: String) -> PlanDocument {
        func cite(_ reasons: [Reason]) -> [Reason] {
            reasons.map { reason in
                var reason = reason
                reason.source = ReportCitation.text(reason.source, in: language)
                return reason
            }
        }
        var document = self
        document.suggestions.agreement.reasons = cite(suggestions.agreement.reasons)
        document.suggestions.agreement.warnings = cite(suggestions.agreement.warnings)
        for index in document.suggestions.plan.indices {
            document.suggestions.plan[index].source = ReportCitation.text(
                suggestions.plan[index].source, in: language)
        }
        for index in document.suggestions.health.scores.indices {
            document.suggestions.health.scores[index].evidence = cite(suggestions.health.scores[index].evidence)
            document.suggestions.health.scores[index].setbacks = cite(suggestions.health.scores[index].setbacks)
        }
        return document
    }
}
