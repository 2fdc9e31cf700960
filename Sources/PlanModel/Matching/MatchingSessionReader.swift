import Foundation

/// Reads from a session file only what match-making uses (the city, its
/// partner and links, its cooperation interests and its SWOC), skipping every
/// other answer: a consultant's portfolio may hold thousands of files, and
/// decoding answers dominates the time to rank it. A file this reader cannot
/// use is read again by `SessionStore` for a precise message.
public struct MatchingSessionReader: Sendable {
    /// The questions a match profile reads, and those their conditions depend on.
    public static let answerIDs: Set<String> = [
        "city-name", "city-country", "city-side", "has-partner", "partner-name", "partner-country",
        "partner-stage", "partner-status", "signed-agreements", "existing-links", "shared-areas",
        "business-interest", "strengths", "weaknesses", "opportunities", "challenges",
        MatchCityFacts.bandQuestion, MatchCityFacts.coastalQuestion, MatchCityFacts.sectorsQuestion,
    ]

    private let questionnaire: Questionnaire
    private let wanted: [String]
    private let shapes: [String: AnswerValue.Shape]

    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        var ids = Self.answerIDs
        for question in questionnaire.questions where question.quadrant != nil { ids.insert(question.id) }
        for question in questionnaire.questions where ids.contains(question.id) {
            ids.formUnion(question.condition?.referencedQuestions ?? [])
        }
        wanted = ids.sorted()
        shapes = Dictionary(
            questionnaire.questions.filter { ids.contains($0.id) }.map { ($0.id, AnswerValue.Shape($0.kind)) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The session with only the answers match-making reads, or nil when the
    /// file is not a usable session of this questionnaire.
    public func read(_ data: Data) -> Session? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        decoder.userInfo[AnswerValue.shapeHintsKey] = shapes
        decoder.userInfo[Self.wantedKey] = wanted
        guard let file = try? decoder.decode(PartialSession.self, from: data),
            file.questionnaireID == questionnaire.id, (1...Session.currentSchemaVersion).contains(file.schemaVersion)
        else { return nil }
        var session = Session(questionnaire: questionnaire, language: file.language, now: file.updatedAt)
        session.createdAt = file.createdAt
        session.answers = file.answers
        guard SessionShapeCheck.firstProblem(in: session, for: questionnaire) == nil else { return nil }
        return session
    }

    static let wantedKey = CodingUserInfoKey(rawValue: "swoc-wizard.wanted-answers")!

    private struct PartialSession: Decodable {
        var schemaVersion: Int
        var questionnaireID: String
        var language: String
        var createdAt: Date
        var updatedAt: Date
        var answers: [String: AnswerValue]

        private enum CodingKeys: String, CodingKey {
            case schemaVersion, questionnaireID, language, createdAt, updatedAt, answers
        }

        private struct AnswerKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
            questionnaireID = try container.decode(String.self, forKey: .questionnaireID)
            language = try container.decode(String.self, forKey: .language)
            createdAt = try container.decodeTimestamp(forKey: .createdAt)
            updatedAt = try container.decodeTimestamp(forKey: .updatedAt)
            // Only the wanted answers are decoded; the decoder skips the rest unread.
            let all = try container.nestedContainer(keyedBy: AnswerKey.self, forKey: .answers)
            let wanted = decoder.userInfo[MatchingSessionReader.wantedKey] as? [String] ?? []
            var answers: [String: AnswerValue] = [:]
            for id in wanted {
                if let value = try all.decodeIfPresent(AnswerValue.self, forKey: AnswerKey(stringValue: id)) {
                    answers[id] = value
                }
            }
            self.answers = answers
        }
    }
}
