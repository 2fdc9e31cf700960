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

    public init(number: Int, startedAt: Date, completedAt: Date?, answers: [String: AnswerValue], finished: [String]) {
        self.number = number
        self.startedAt = startedAt
        self.completedAt = completedAt
        self.answers = answers
        self.finished = finished
    }

    /// Who took part, from the SWOC participants question.
    public var participants: [String] {
        if case .texts(let names) = answers["swoc-participants"] { return names }
        return []
    }
}
