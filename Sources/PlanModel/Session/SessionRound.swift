import Foundation

/// One round of answers, e.g. the first SWOC in 2017 and the review in 2024.
/// Earlier rounds are kept exactly as they were when the next one started.
public struct SessionRound: Codable, Sendable, Equatable {
    /// 1 for the first round.
    public var number: Int
    public var startedAt: Date
    public var completedAt: Date?
    public var answers: [String: AnswerValue]
    public var finished: [String]
    /// Fields of a stored round this version does not know, written back unchanged.
    public var otherFields: [String: JSONValue] = [:]

    public init(number: Int, startedAt: Date, completedAt: Date?, answers: [String: AnswerValue], finished: [String]) {
        self.number = number
        self.startedAt = startedAt
        self.completedAt = completedAt
        self.answers = answers
        self.finished = finished
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case number, startedAt, completedAt, answers, finished
    }

    private static let knownFields = Set(CodingKeys.allCases.map(\.stringValue))

    /// Reads a stored round with the same checks as the current one: a
    /// damaged earlier round is refused, not compared as if it were empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decodeWholeNumber(forKey: .number, in: SessionValueLimits.counters)
        startedAt = try container.decodeTimestamp(forKey: .startedAt)
        completedAt = try container.decodeTimestampIfPresent(forKey: .completedAt)
        answers = try container.decode([String: AnswerValue].self, forKey: .answers)
        finished = try container.decode([String].self, forKey: .finished)
        otherFields = try decoder.container(keyedBy: JSONKey.self).otherFields(besides: Self.knownFields)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number, forKey: .number)
        try container.encode(startedAt, forKey: .startedAt)
        try container.encodeIfPresent(completedAt, forKey: .completedAt)
        try container.encode(answers, forKey: .answers)
        try container.encode(finished, forKey: .finished)
        try encoder.encode(otherFields: otherFields, besides: Self.knownFields)
    }

    /// Who took part, from the SWOC participants question.
    public var participants: [String] {
        if case .texts(let names) = answers["swoc-participants"] { return names }
        return []
    }
}
