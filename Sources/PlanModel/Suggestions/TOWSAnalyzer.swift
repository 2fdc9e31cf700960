/// Pairs SWOC entries that share a cooperation area into SO, WO, ST and WT
/// strategies, each citing the two entries it combines. Pairs sharing more
/// areas come first; each kind is capped so a long SWOC stays readable. The
/// sentences are the catalogue's phrases (`strategy-so` ... in `rules/phrases.yaml`).
public struct TOWSAnalyzer: Sendable {
    public static let perKind = 4

    public let catalog: RuleCatalog

    public init(catalog: RuleCatalog) {
        self.catalog = catalog
    }

    public func strategies(_ facts: PlanFacts) -> [TOWSStrategy] {
        strategies(RuleContext(facts: facts, catalog: catalog))
    }

    public func strategies(_ context: RuleContext) -> [TOWSStrategy] {
        let facts = context.facts
        let pairs: [(TOWSStrategy.Kind, SwocQuadrant, SwocQuadrant)] = [
            (.so, .strengths, .opportunities), (.wo, .weaknesses, .opportunities),
            (.st, .strengths, .challenges), (.wt, .weaknesses, .challenges),
        ]
        // Areas as bits, so a SWOC of hundreds of entries is compared pair by
        // pair with integer operations; sentences are written only for the
        // few strategies kept.
        let order = facts.questionnaire.vocabularies["cooperation-areas"]?.choices.map(\.id) ?? []
        let index = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset) })
        func bits(_ entry: SwocEntry) -> AreaSet { AreaSet(entry.areas.compactMap { index[$0] }) }
        var result: [TOWSStrategy] = []
        for (kind, internalQuadrant, externalQuadrant) in pairs {
            let inner = facts.entries(internalQuadrant).filter { !$0.entry.areas.isEmpty }
            let outer = facts.entries(externalQuadrant).filter { !$0.entry.areas.isEmpty }
            let outerBits = outer.map { bits($0.entry) }
            // (shared areas, inner position, outer position), in entry order.
            var found: [(Int, Int, Int)] = []
            for (i, item) in inner.enumerated() {
                let innerBits = bits(item.entry)
                for (j, other) in outerBits.enumerated() {
                    let shared = innerBits.overlap(with: other)
                    if shared > 0 { found.append((shared, i, j)) }
                }
            }
            // More shared areas first, then the order of the entries (a stable sort).
            let kept = found.enumerated().sorted {
                $0.element.0 != $1.element.0 ? $0.element.0 > $1.element.0 : $0.offset < $1.offset
            }.prefix(Self.perKind)
            for (_, (_, i, j)) in kept {
                let innerEntry = inner[i]
                let outerEntry = outer[j]
                let shared = outerEntry.entry.areas.filter(innerEntry.entry.areas.contains)
                var pair = context
                pair.pair = (innerEntry.entry.text, outerEntry.entry.text, shared)
                let text = catalog.phrases[kind.phraseName]?.render(in: pair, fallback: catalog.defaultLanguage).text
                result.append(
                    TOWSStrategy(
                        kind: kind, internalEntry: innerEntry.reference, externalEntry: outerEntry.reference,
                        areas: shared, text: text ?? ""))
            }
        }
        return result
    }
}
