import Foundation

/// The report's cities under their English and their Chinese names
/// (`zh:` in data/report-pairs.yaml): Nottingham's English session names
/// its partner "Ningbo" and Ningbo's Chinese session calls itself "宁波",
/// and only a table of names can tell that they are one city. A city not in
/// the table is never taken for another by its name in the other script.
public struct CityNames: Sendable, Equatable {
    /// Each known name, as `key` writes it, with the number of its city.
    private var cities: [String: Int] = [:]

    public init(pairs: [ReportPair] = []) {
        for place in pairs.flatMap({ [$0.europe, $0.china] }) {
            guard let chinese = place.zh else { continue }
            let names = [place.city, chinese] + (place.aka ?? [])
            var number = cities.count
            for name in names {
                if let known = cities[Self.key(name)] {
                    number = known
                    break
                }
            }
            for name in names { cities[Self.key(name)] = number }
        }
    }

    /// Whether two names, as typed, are the same city of the table in two
    /// scripts or spellings ("Ningbo" and "宁波市"); false for a name the
    /// table does not know.
    public func same(_ first: String, _ second: String) -> Bool {
        guard let city = cities[Self.key(first)] else { return false }
        return cities[Self.key(second)] == city
    }

    /// Whether the table knows this name (in either script).
    public func knows(_ name: String) -> Bool {
        cities[Self.key(name)] != nil
    }

    /// A name without its case, accents (Malmö, Aragón), surrounding spaces,
    /// or the "市" or " City" a city's name often ends with.
    private static func key(_ name: String) -> String {
        var name = name.trimmingWhitespace().folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        if name.count > 1, name.hasSuffix("市") { name.removeLast() }
        if name.count > 5, name.hasSuffix(" city") { name.removeLast(5) }
        return name
    }
}
