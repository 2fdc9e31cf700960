import Foundation
import PlanModel

/// Merges the JSON plans of one session in several languages into one:
/// texts that differ between the languages become objects keyed by language
/// (`{"zh": "…", "en": "…"}`), texts the same in all (the team's own words,
/// ids, citations) stay strings, and `languages` lists the languages, the
/// first leading, and `schemaVersion` is 2. The trees must have the same shape — the same fields, lists
/// of the same length, the same numbers — or the merge fails, so a sentence
/// can never be paired with another one's translation.
enum BilingualJSON {
    static func merge(_ editions: [PlanEdition]) throws(BilingualPlanError) -> JSONValue {
        guard let first = editions.first else { return .object([:]) }
        let languages = editions.map(\.language)
        var trees: [JSONValue] = []
        for edition in editions {
            var document = edition.document.citing(in: edition.language)
            document.questionnaire.language = first.language
            trees.append(tree(of: document))
        }
        let merged = try merge(trees, languages: languages, at: "the plan")
        guard case .object(var fields) = merged, editions.count > 1 else { return merged }
        fields["languages"] = .array(languages.map { .string($0) })
        fields["schemaVersion"] = .integer(PlanDocument.severalLanguagesSchemaVersion)
        return .object(fields)
    }

    private static func tree(of document: PlanDocument) -> JSONValue {
        // Encoding a PlanDocument and reading it back cannot fail: both are plain Codable values.
        let data = (try? JSONPlanExporter().export(document)) ?? Data()
        return (try? JSONDecoder().decode(JSONValue.self, from: data)) ?? .null
    }

    private static func merge(_ values: [JSONValue], languages: [String], at place: String)
        throws(BilingualPlanError) -> JSONValue
    {
        let first = values[0]
        func mismatch() -> BilingualPlanError {
            .differentShape(first: languages[0], second: languages[values.count > 1 ? 1 : 0], at: place)
        }
        switch first {
        case .string:
            let texts = try values.map { value throws(BilingualPlanError) -> String in
                guard case .string(let text) = value else { throw mismatch() }
                return text
            }
            if Set(texts).count == 1 { return first }
            return .object(Dictionary(uniqueKeysWithValues: zip(languages, texts.map { JSONValue.string($0) })))
        case .object(let fields):
            var merged: [String: JSONValue] = [:]
            for (key, _) in fields {
                var column: [JSONValue] = []
                for value in values {
                    guard case .object(let other) = value, other.count == fields.count, let field = other[key] else {
                        throw mismatch()
                    }
                    column.append(field)
                }
                merged[key] = try merge(column, languages: languages, at: "\(place) › \(key)")
            }
            return .object(merged)
        case .array(let items):
            var merged: [JSONValue] = []
            var columns = Array(repeating: [JSONValue](), count: items.count)
            for value in values {
                guard case .array(let other) = value, other.count == items.count else { throw mismatch() }
                for (index, item) in other.enumerated() { columns[index].append(item) }
            }
            for (index, column) in columns.enumerated() {
                merged.append(try merge(column, languages: languages, at: "\(place) › \(index + 1)"))
            }
            return .array(merged)
        case .null, .bool, .integer, .number:
            guard values.allSatisfy({ $0 == first }) else { throw mismatch() }
            return first
        }
    }

    /// The merged plan as pretty-printed JSON with sorted keys, like `JSONPlanExporter`.
    static func export(_ editions: [PlanEdition]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(try merge(editions))
        data.append(0x0A)
        return data
    }
}
