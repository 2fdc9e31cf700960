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

    /// Fields of the file that this version does not know, kept as read and
    /// written back on every save, so nothing a newer version (or a person)
    /// put in the file is lost by saving it here.
    public var otherFields: [String: JSONValue] = [:]

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, questionnaireID, questionnaireVersion, language, createdAt, updatedAt, completedAt
        case answers, finished, roundStartedAt, previousRounds
    }

    private static let knownFields = Set(CodingKeys.allCases.map(\.stringValue))

    /// Reads version 1 and 2 files; a version 1 file becomes a session with one
    /// round that started when the session was created. Every number and date
    /// is checked here, so nothing later computes with an impossible one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decodeWholeNumber(forKey: .schemaVersion, in: SessionValueLimits.counters)
        if version > Self.currentSchemaVersion { throw NewerSchemaVersion(found: version) }
        schemaVersion = Self.currentSchemaVersion
        questionnaireID = try container.decode(String.self, forKey: .questionnaireID)
        questionnaireVersion = try container.decodeWholeNumber(
            forKey: .questionnaireVersion, in: SessionValueLimits.counters)
        language = try container.decode(String.self, forKey: .language)
        guard Self.isLanguageCode(language) else {
            throw container.invalid(
                .language, "expected a language code such as \"en\", not \(SessionValueLimits.quoted(language))")
        }
        createdAt = try container.decodeTimestamp(forKey: .createdAt)
        updatedAt = try container.decodeTimestamp(forKey: .updatedAt)
        completedAt = try container.decodeTimestampIfPresent(forKey: .completedAt)
        answers = try container.decode([String: AnswerValue].self, forKey: .answers)
        finished = try container.decode([String].self, forKey: .finished)
        roundStartedAt = try container.decodeTimestampIfPresent(forKey: .roundStartedAt) ?? createdAt
        previousRounds = try container.decodeIfPresent([SessionRound].self, forKey: .previousRounds) ?? []
        for (index, round) in previousRounds.enumerated() where round.number != index + 1 {
            throw InvalidSessionValue(
                codingPath: container.codingPath + [CodingKeys.previousRounds, JSONIndex(index), JSONKey("number")],
                detail: "earlier rounds are numbered 1, 2, 3 and so on in order, so this one should be "
                    + "\(index + 1), not \(round.number)")
        }
        otherFields = try decoder.container(keyedBy: JSONKey.self).otherFields(besides: Self.knownFields)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(questionnaireID, forKey: .questionnaireID)
        try container.encode(questionnaireVersion, forKey: .questionnaireVersion)
        try container.encode(language, forKey: .language)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encodeIfPresent(completedAt, forKey: .completedAt)
        try container.encode(answers, forKey: .answers)
        try container.encode(finished, forKey: .finished)
        try container.encode(roundStartedAt, forKey: .roundStartedAt)
        try container.encode(previousRounds, forKey: .previousRounds)
        try encoder.encode(otherFields: otherFields, besides: Self.knownFields)
    }

    /// "en", "zh-Hans", "pt_BR": letters, digits, hyphens and underscores. The
    /// code goes into exported plans, so it may hold nothing else.
    static func isLanguageCode(_ code: String) -> Bool {
        (1...35).contains(code.unicodeScalars.count)
            && code.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
            }
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
    /// after the highest id used in any round, so ids never repeat. Ids are
    /// checked on load (`SessionValueLimits.entryNumbers`), and should the
    /// highest be reached, the lowest unused numbers are taken instead of
    /// counting past it.
    mutating func assignEntryIDs() {
        var used = Set<Int>()
        for round in rounds {
            for value in round.answers.values {
                guard case .swocEntries(let entries) = value else { continue }
                for id in entries.compactMap(\.id) {
                    if let number = SessionValueLimits.entryNumber(id) { used.insert(number) }
                }
            }
        }
        var next = (used.max() ?? 0) + 1
        func take() -> Int {
            if !SessionValueLimits.entryNumbers.contains(next) { next = SessionValueLimits.entryNumbers.lowerBound }
            while used.contains(next) { next += 1 }
            used.insert(next)
            defer { next += 1 }
            return next
        }
        for key in answers.keys.sorted() {
            guard case .swocEntries(var entries) = answers[key] else { continue }
            for index in entries.indices where entries[index].id == nil {
                entries[index].id = "e\(take())"
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
