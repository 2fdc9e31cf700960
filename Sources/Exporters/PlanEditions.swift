import Foundation
import Messages
import PlanModel

/// Builds a session's plan once per language and checks that the editions
/// can stand side by side: the session is copied with `language` set, so the
/// same answers (ids, numbers, the team's texts) give each edition; only
/// labels and generated sentences differ.
public enum PlanEditions {
    /// One edition per language, in order; `names` gives each language's
    /// names of streams, characteristics, costs and strategies (by default
    /// the catalogue's).
    public static func build(
        questionnaire: Questionnaire, session: Session, catalog: RuleCatalog, languages: [String],
        names: ((String) -> PlanNames)? = nil
    ) throws(BilingualPlanError) -> [PlanEdition] {
        let editions = languages.map { language in
            var copy = session
            copy.language = language
            let document = PlanDocumentBuilder(questionnaire: questionnaire, session: copy, catalog: catalog).build()
            return PlanEdition(
                messages: Messages.in(language) ?? .english, document: document,
                names: names?(language) ?? PlanNames(catalog.names, language: language))
        }
        try check(editions)
        return editions
    }

    /// Throws unless every edition used the same rules and has the same shape as the first.
    public static func check(_ editions: [PlanEdition]) throws(BilingualPlanError) {
        guard let first = editions.first else { return }
        let firstRules = ruleIDs(first.document.suggestions)
        for other in editions.dropFirst() {
            let otherRules = ruleIDs(other.document.suggestions)
            if firstRules != otherRules {
                throw .differentRules(
                    first: first.language, second: other.language,
                    onlyFirst: firstRules.filter { !otherRules.contains($0) },
                    onlySecond: otherRules.filter { !firstRules.contains($0) })
            }
        }
        _ = try BilingualJSON.merge(editions)
    }

    /// What fired, in order: activities with their years, warnings, health signs, the ladder's rungs.
    static func ruleIDs(_ suggestions: Suggestions) -> [String] {
        let agreement = suggestions.agreement
        let reasons =
            agreement.reasons + agreement.warnings + suggestions.health.scores.flatMap { $0.evidence + $0.setbacks }
        return suggestions.plan.map { "\($0.rule)@\($0.year)" } + reasons.compactMap(\.rule)
            + [agreement.currentStage, agreement.next, agreement.then].map { $0.map { "\($0)" } ?? "-" }
            + suggestions.strategies.map { "\($0.kind.rawValue):\($0.internalEntry.code)+\($0.externalEntry.code)" }
    }
}

extension PlanEditions {
    /// The languages a plan can be written in: those the questionnaire's
    /// questions, every text of the rule catalogue and the program's own
    /// words are all written in, sorted. A language some texts lack would
    /// give a plan in two languages at once, so it is not offered.
    public static func languages(questionnaire: Questionnaire, catalog: RuleCatalog) -> [String] {
        let sites = catalog.textSites
        let rules = sites.languages.union([catalog.defaultLanguage]).filter { sites.missing(in: $0).isEmpty }
        let program = Set(Messages.all.map(\.language))
        return questionnaire.languages.intersection(rules).intersection(program).sorted()
    }
}
