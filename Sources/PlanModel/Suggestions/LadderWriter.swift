/// Writes the agreement ladder's texts for one city from the catalogue
/// (`rules/agreements.yaml`): each text in the plan's language, with the
/// areas it names shown by `{agreement-areas}`.
struct LadderWriter {
    let catalog: RuleCatalog
    let base: RuleContext
    let steps: AgreementLadder
    /// The areas the next text names (the agreement's areas unless set otherwise).
    var naming: [String]

    init(catalog: RuleCatalog, base: RuleContext, steps: AgreementLadder) {
        self.catalog = catalog
        self.base = base
        self.steps = steps
        naming = steps.areas
    }

    /// The text, rendered in a context whose agreement names `naming`.
    func say(_ name: LadderText) -> String {
        var context = base
        context.agreement = AgreementRecommendation(
            currentStage: base.facts.stage, next: steps.next, then: steps.then, headline: "", areas: naming,
            prerequisites: [], reasons: [], warnings: [])
        return catalog.ladder[name]?.text.render(in: context, fallback: catalog.defaultLanguage).text ?? ""
    }

    /// A reason with the report section the catalogue gives it.
    func reason(_ name: LadderText, answers: [String]) -> Reason {
        Reason(say(name), source: catalog.ladder[name]?.source ?? "", answers: answers)
    }
}
