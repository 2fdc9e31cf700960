/// Pairs SWOC entries that share a cooperation area into SO, WO, ST and WT
/// strategies, each citing the two entries it combines. Pairs with the
/// entries the team marked as mattering most come first, then pairs sharing
/// more areas; each kind is capped so a long SWOC stays readable. The
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
            // (priorities in the pair, shared areas, inner position, outer position), in entry order.
            var found: [(Int, Int, Int, Int)] = []
            for (i, item) in inner.enumerated() {
                let innerBits = bits(item.entry)
                for (j, other) in outerBits.enumerated() {
                    let shared = innerBits.overlap(with: other)
                    guard shared > 0 else { continue }
                    let priorities = (item.entry.isPriority ? 1 : 0) + (outer[j].entry.isPriority ? 1 : 0)
                    found.append((priorities, shared, i, j))
                }
            }
            // Pairs of the team's priorities first (issue 13), then more shared
            // areas, then the order of the entries (a stable sort).
            let kept = found.enumerated().sorted {
                let (a, b) = ($0.element, $1.element)
                if a.0 != b.0 { return a.0 > b.0 }
                return a.1 != b.1 ? a.1 > b.1 : $0.offset < $1.offset
            }.prefix(Self.perKind)
            for (_, (_, _, i, j)) in kept {
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
