/// Pairs SWOC entries that share a cooperation area into SO, WO, ST and WT
/// strategies, each citing the two entries it combines. Pairs sharing more
/// areas come first; each kind is capped so a long SWOC stays readable.
public struct TOWSAnalyzer: Sendable {
    public static let perKind = 4

    public init() {}

    public func strategies(_ facts: PlanFacts) -> [TOWSStrategy] {
        let pairs: [(TOWSStrategy.Kind, SwocQuadrant, SwocQuadrant)] = [
            (.so, .strengths, .opportunities), (.wo, .weaknesses, .opportunities),
            (.st, .strengths, .challenges), (.wt, .weaknesses, .challenges),
        ]
        var result: [TOWSStrategy] = []
        for (kind, internalQuadrant, externalQuadrant) in pairs {
            let externals = facts.entries(externalQuadrant).filter { !$0.entry.areas.isEmpty }
            var found: [TOWSStrategy] = []
            for inner in facts.entries(internalQuadrant) where !inner.entry.areas.isEmpty {
                let innerAreas = Set(inner.entry.areas)
                for outer in externals {
                    let shared = outer.entry.areas.filter(innerAreas.contains)
                    guard !shared.isEmpty else { continue }
                    found.append(
                        TOWSStrategy(
                            kind: kind, internalEntry: inner.reference, externalEntry: outer.reference, areas: shared,
                            text: sentence(kind, inner.entry.text, outer.entry.text, facts.areaList(shared))))
                }
            }
            // Stable: more shared areas first, then the order of the entries.
            let ranked = found.enumerated().sorted {
                $0.element.areas.count != $1.element.areas.count
                    ? $0.element.areas.count > $1.element.areas.count : $0.offset < $1.offset
            }
            result += ranked.prefix(Self.perKind).map(\.element)
        }
        return result
    }

    private func sentence(_ kind: TOWSStrategy.Kind, _ inner: String, _ outer: String, _ areas: String) -> String {
        switch kind {
        case .so: "In \(areas), build on \"\(inner)\" to take up \"\(outer)\"."
        case .wo: "In \(areas), use \"\(outer)\" to work on \"\(inner)\"."
        case .st: "In \(areas), rely on \"\(inner)\" to meet \"\(outer)\"."
        case .wt: "In \(areas), reduce \"\(inner)\" so that \"\(outer)\" does less harm."
        }
    }
}
