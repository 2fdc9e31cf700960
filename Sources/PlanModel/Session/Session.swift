import Foundation

/// Everything a city team has answered, as saved after every answer. It is the
/// file a team resumes from, so it holds no derived state: the questionnaire
/// and the answers decide where to continue.
public struct Session: Codable, Sendable, Equatable {
    /// Written into every file so that later versions of the tool can migrate it.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var questionnaireID: String
    public var questionnaireVersion: Int
    public var language: String
    public var createdAt: Date
    public var updatedAt: Date
    /// Set when the team reached the end of the questionnaire.
    public var completedAt: Date?
    /// Answers keyed by question id.
    public var answers: [String: AnswerValue]
    /// Questions the team has moved past (answered or skipped), so that `resume`
    /// continues at the first question not yet dealt with.
    public var finished: [String]

    public init(questionnaire: Questionnaire, language: String, now: Date) {
        schemaVersion = Self.currentSchemaVersion
        questionnaireID = questionnaire.id
        questionnaireVersion = questionnaire.version
        self.language = language
        createdAt = now
        updatedAt = now
        completedAt = nil
        answers = [:]
        finished = []
    }

    public func isFinished(_ questionID: String) -> Bool {
        finished.contains(questionID)
    }

    public mutating func markFinished(_ questionID: String) {
        if !finished.contains(questionID) { finished.append(questionID) }
    }
}
