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
            let number = cities[Self.key(place.city)] ?? cities[Self.key(chinese)] ?? cities.count
            cities[Self.key(place.city)] = number
            cities[Self.key(chinese)] = number
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

    /// A name without its case, surrounding spaces or the "市" (city) a
    /// Chinese name often ends with.
    private static func key(_ name: String) -> String {
        var name = name.trimmingWhitespace().lowercased()
        if name.count > 1, name.hasSuffix("市") { name.removeLast() }
        return name
    }
}
