import Foundation

/// Everything a city team has answered, as saved after every answer. It is the
/// file a team resumes from, so it holds no derived state: the questionnaire
/// and the answers decide where to continue.
///
/// `answers` and `finished` belong to the current round; a revival
/// (`revive(at:)`) freezes them into `previousRounds` and starts a new round
/// from a copy, so nothing from an earlier round is ever overwritten.
///
/// File versions: 1 had a single round; 2 added `previousRounds`,
/// `roundStartedAt` and entry ids. Version 1 files are migrated on load.
public struct Session: Codable, Sendable, Equatable {
    /// Written into every file so that later versions of the tool can migrate it.
    public static let currentSchemaVersion = 2

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
    /// When the current round began (the session's creation for the first round).
    public var roundStartedAt: Date
    /// Earlier rounds, oldest first, exactly as they were when each ended.
    public var previousRounds: [SessionRound]

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
        roundStartedAt = now
        previousRounds = []
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, questionnaireID, questionnaireVersion, language, createdAt, updatedAt, completedAt
        case answers, finished, roundStartedAt, previousRounds
    }

    /// Reads version 1 and 2 files; a version 1 file becomes a session with one
    /// round that started when the session was created.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .schemaVersion)
        if version > Self.currentSchemaVersion { throw NewerSchemaVersion(found: version) }
        guard version >= 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: container, debugDescription: "the format number must be 1 or more")
        }
        schemaVersion = Self.currentSchemaVersion
        questionnaireID = try container.decode(String.self, forKey: .questionnaireID)
        questionnaireVersion = try container.decode(Int.self, forKey: .questionnaireVersion)
        language = try container.decode(String.self, forKey: .language)
        createdAt = try container.decode(Date.self, forKey: .createdAt)
        updatedAt = try container.decode(Date.self, forKey: .updatedAt)
        completedAt = try container.decodeIfPresent(Date.self, forKey: .completedAt)
        answers = try container.decode([String: AnswerValue].self, forKey: .answers)
        finished = try container.decode([String].self, forKey: .finished)
        roundStartedAt = try container.decodeIfPresent(Date.self, forKey: .roundStartedAt) ?? createdAt
        previousRounds = try container.decodeIfPresent([SessionRound].self, forKey: .previousRounds) ?? []
    }

    /// Thrown while decoding a file written by a newer version of the tool.
    struct NewerSchemaVersion: Error {
        var found: Int
    }

    /// The number of the current round.
    public var roundNumber: Int { previousRounds.count + 1 }

    /// The current round as a round, for comparisons with earlier ones.
    public var currentRound: SessionRound {
        SessionRound(
            number: roundNumber, startedAt: roundStartedAt, completedAt: completedAt, answers: answers,
            finished: finished)
    }

    /// Every round, oldest first, the current one last.
    public var rounds: [SessionRound] { previousRounds + [currentRound] }

    /// Starts a new round: the current answers are kept as they are in
    /// `previousRounds`, and the new round starts from a copy of them with no
    /// question finished, so every answer is offered again to keep or change.
    public mutating func revive(at now: Date) {
        assignEntryIDs()
        previousRounds.append(currentRound)
        roundStartedAt = now
        finished = []
        completedAt = nil
        updatedAt = now
    }

    /// Gives every SWOC entry without an id one ("e1", "e2", ...), numbered
    /// after the highest id used in any round, so ids never repeat.
    mutating func assignEntryIDs() {
        var highest = 0
        for round in rounds {
            for value in round.answers.values {
                guard case .swocEntries(let entries) = value else { continue }
                for id in entries.compactMap(\.id) where id.hasPrefix("e") {
                    highest = max(highest, Int(id.dropFirst()) ?? 0)
                }
            }
        }
        for key in answers.keys.sorted() {
            guard case .swocEntries(var entries) = answers[key] else { continue }
            for index in entries.indices where entries[index].id == nil {
                highest += 1
                entries[index].id = "e\(highest)"
            }
            answers[key] = .swocEntries(entries)
        }
    }

    public func isFinished(_ questionID: String) -> Bool {
        finished.contains(questionID)
    }

    public mutating func markFinished(_ questionID: String) {
        if !finished.contains(questionID) { finished.append(questionID) }
    }
}
