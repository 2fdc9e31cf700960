import Foundation
import PlanModel

/// Writes the plan document as pretty-printed JSON with sorted keys, so that
/// two exports of the same session are identical and later changes diff
/// cleanly in git.
public struct JSONPlanExporter: Sendable {
    public init() {}

    public func export(_ document: PlanDocument) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = try encoder.encode(document)
        data.append(0x0A)
        return data
    }

    /// One plan in the editions' languages (see `BilingualJSON`); one edition
    /// gives the same file as `export(_ document:)`.
    public func export(_ editions: [PlanEdition]) throws -> Data {
        precondition(!editions.isEmpty, "a plan needs at least one language")
        if editions.count == 1 { return try export(editions[0].document.citing(in: editions[0].language)) }
        try PlanEditions.check(editions)
        return try BilingualJSON.export(editions)
    }
}
