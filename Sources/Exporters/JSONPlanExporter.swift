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
}
