import Foundation
import Yams

/// The report's city pairs (data/report-pairs.yaml), with their provenance.
public struct ReportPairCatalog: Sendable {
    public var pairs: [ReportPair] {
        didSet { names = CityNames(pairs: pairs) }
    }
    /// The report's cities in English and Chinese.
    public private(set) var names: CityNames

    public init(pairs: [ReportPair]) {
        self.pairs = pairs
        names = CityNames(pairs: pairs)
    }

    private struct File: Decodable {
        var pairs: [ReportPair]
    }

    /// Loads the catalog; the message of a failure names the file and the problem.
    public static func load(from url: URL) throws(QuestionnaireError) -> ReportPairCatalog {
        let name = url.displayPath
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw QuestionnaireError(problems: [
                .init(file: name, line: nil, message: "the file is missing or cannot be read")
            ])
        }
        do {
            return ReportPairCatalog(pairs: try YAMLDecoder().decode(File.self, from: data).pairs)
        } catch let error as YamlError {
            throw QuestionnaireError(problems: [YAMLFile.problem(from: error, file: name)])
        } catch {
            throw QuestionnaireError(problems: [.init(file: name, line: nil, message: "not a list of pairs: \(error)")])
        }
    }

    /// Pairs that cooperate on any of `areas`, most areas in common first;
    /// the report's own record of the two cities themselves comes first of all.
    public func precedents(for areas: Set<String>, between first: String, and second: String, limit: Int = 6)
        -> [ReportPair]
    {
        let scored = Self.merged(pairs).enumerated().compactMap { offset, pair -> (ReportPair, Int, Int)? in
            let overlap = pair.areas.filter(areas.contains).count
            let isThisPair = pair.joins(first, second)
            guard overlap > 0 || isThisPair else { return nil }
            return (pair, (isThisPair ? 1000 : 0) + overlap, offset)
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }.prefix(limit).map(\.0)
    }

    /// One entry per pair: the same two cities recorded in a table and in case
    /// studies become one precedent with all its sources and areas.
    static func merged(_ pairs: [ReportPair]) -> [ReportPair] {
        var order: [String] = []
        var byPair: [String: ReportPair] = [:]
        for pair in pairs {
            let key = pair.europe.city.lowercased() + "|" + pair.china.city.lowercased()
            guard var existing = byPair[key] else {
                byPair[key] = pair
                order.append(key)
                continue
            }
            existing.source += "; " + pair.source
            existing.areas += pair.areas.filter { !existing.areas.contains($0) }
            existing.formalised = existing.formalised ?? pair.formalised
            if pair.certainty == .certain { existing.certainty = .certain }
            existing.note = nil
            // What the pair did, source after source (Chinese sentences follow each other without a space).
            for (language, line) in pair.did ?? [:] {
                let before = existing.did?[language]
                existing.did = existing.did ?? [:]
                existing.did?[language] = before.map { $0 + (language == "zh" ? "" : " ") + line } ?? line
            }
            byPair[key] = existing
        }
        return order.compactMap { byPair[$0] }
    }
}
