/// Orders citations the way the report does: sections (§1.1 before §1.2.1 before
/// §2), then tables, then case studies by number, then anything else.
enum ReportCitationOrder {
    static func areInIncreasingOrder(_ left: String, _ right: String) -> Bool {
        let a = key(left)
        let b = key(right)
        if a.group != b.group { return a.group < b.group }
        if a.numbers != b.numbers { return a.numbers.lexicographicallyPrecedes(b.numbers) }
        return left < right
    }

    private static func key(_ citation: String) -> (group: Int, numbers: [Int]) {
        let numbers = citation.split { !$0.isNumber }.compactMap { Int($0) }
        if citation.hasPrefix("§") { return (0, numbers) }
        if citation.hasPrefix("Table") { return (1, numbers) }
        if citation.hasPrefix("Case stud") { return (2, numbers) }
        return (3, numbers)
    }
}
