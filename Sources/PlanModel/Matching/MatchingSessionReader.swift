import Foundation

/// Reads from a session file only what match-making uses (the city, its side
/// and facts, its partner and links, its cooperation interests and its
/// SWOC), in one scan of the bytes that steps over every other answer
/// without building it: a consultant's portfolio may hold ten thousand
/// files, and decoding them dominates the time to rank it. Each answer it
/// builds is checked as it is read, against its own question (`WantedAnswer`):
/// ids against that question's lists, texts not blank, numbers in range. A
/// file this reader cannot use is read again by `SessionStore` for a precise
/// message; a test checks that both readers give the same profile for every
/// fixture, and refuse the same damage.
public struct MatchingSessionReader: Sendable {
    /// The questions a match profile reads, and those their conditions depend on.
    public static let answerIDs: Set<String> = [
        "city-name", "city-country", "city-side", "has-partner", "partner-name", "partner-country",
        "partner-stage", "partner-status", "signed-agreements", "existing-links", "shared-areas",
        "business-interest", "strengths", "weaknesses", "opportunities", "challenges",
        MatchCityFacts.bandQuestion, MatchCityFacts.coastalQuestion, MatchCityFacts.sectorsQuestion,
    ]

    private let questionnaire: Questionnaire
    /// The questionnaire with only the wanted questions (and those their
    /// conditions read), in order: checking a session's answers and working
    /// out which were asked then looks at a dozen questions, not all of them.
    public let matchQuestions: Questionnaire
    /// The wanted answers by the bytes of their ids.
    private let wanted: ByteKeyTable<WantedAnswer>
    private let wantedCount: Int

    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        var ids = Self.answerIDs
        for question in questionnaire.questions where question.quadrant != nil { ids.insert(question.id) }
        for question in questionnaire.questions where ids.contains(question.id) {
            ids.formUnion(question.condition?.referencedQuestions ?? [])
        }
        var reduced = questionnaire
        reduced.steps = questionnaire.steps.map { step in
            var step = step
            step.questions = step.questions.filter { ids.contains($0.id) }
            return step
        }
        matchQuestions = reduced
        let wantedQuestions = reduced.questions
        wanted = ByteKeyTable(
            wantedQuestions.enumerated().map { ($0.element.id, WantedAnswer($0.element, position: $0.offset)) })
        wantedCount = wantedQuestions.count
    }

    /// The session with only the answers match-making reads, or nil when the
    /// file is not a usable session of this questionnaire, or holds anything
    /// the byte scan does not expect (the full reader then says what).
    public func read(_ data: Data) -> Session? {
        let file = data.withUnsafeBytes { bytes in try? scan(bytes) }
        guard let file, file.questionnaireID == questionnaire.id,
            (1...Session.currentSchemaVersion).contains(file.schemaVersion)
        else { return nil }
        var session = Session(questionnaire: questionnaire, language: file.language, now: file.updatedAt)
        session.createdAt = file.createdAt
        session.answers = file.answers
        return session
    }

    /// The match profile of a session this reader read: the same as
    /// `MatchMaker.profile`, worked out on the wanted questions only.
    public func profile(_ session: Session, index: MatchIndex) -> MatchProfile {
        MatchProfile(facts: PlanFacts(questionnaire: matchQuestions, session: session), index: index)
    }

    private struct PartialSession {
        var schemaVersion: Int
        var questionnaireID: String
        var language: String
        var createdAt: Date
        var updatedAt: Date
        var answers: [String: AnswerValue]
    }

    /// One pass over the bytes: the five fields of the file it needs, and of
    /// the answers only the wanted ones; everything else is stepped over.
    private func scan(_ bytes: UnsafeRawBufferPointer) throws(JSONByteScanner.Refused) -> PartialSession {
        var scanner = JSONByteScanner(bytes)
        var version: Int?
        var questionnaireID: String?
        var language: String?
        var created: Date?
        var updated: Date?
        var answers: [String: AnswerValue]?
        var members = try scanner.object()
        while let key = try scanner.nextKey(in: &members) {
            if JSONByteScanner.equals(key, "schemaVersion") {
                version = try Self.once(version, try scanner.integer())
            } else if JSONByteScanner.equals(key, "questionnaireID") {
                questionnaireID = try Self.once(questionnaireID, try scanner.string())
            } else if JSONByteScanner.equals(key, "language") {
                language = try Self.once(language, try scanner.string())
            } else if JSONByteScanner.equals(key, "createdAt") {
                created = try Self.once(created, try Self.timestamp(try scanner.string()))
            } else if JSONByteScanner.equals(key, "updatedAt") {
                updated = try Self.once(updated, try Self.timestamp(try scanner.string()))
            } else if JSONByteScanner.equals(key, "answers") {
                answers = try Self.once(answers, try self.answers(&scanner))
            } else {
                try scanner.skipValue()
            }
        }
        guard scanner.isAtEnd(), let version, let questionnaireID, let language, let created, let updated,
            let answers, Session.isLanguageCode(language)
        else { throw .init() }
        return PartialSession(
            schemaVersion: version, questionnaireID: questionnaireID, language: language, createdAt: created,
            updatedAt: updated, answers: answers)
    }

    /// A field given twice is left to the full reader.
    private static func once<Value>(_ existing: Value?, _ value: Value) throws(JSONByteScanner.Refused) -> Value {
        guard existing == nil else { throw .init() }
        return value
    }

    /// The wanted answers, each checked as its question's content check does
    /// (ids against its vocabularies as they are read): any answer the full
    /// reader would refuse is refused here, and the full reader then says why.
    private func answers(_ scanner: inout JSONByteScanner) throws(JSONByteScanner.Refused) -> [String: AnswerValue] {
        var answers: [String: AnswerValue] = Dictionary(minimumCapacity: wantedCount)
        var seen = [Bool](repeating: false, count: wantedCount)
        var members = try scanner.object()
        while let key = try scanner.nextKey(in: &members) {
            guard let wanted = wanted.value(for: key) else {
                try scanner.skipValue()
                continue
            }
            guard !seen[wanted.position] else { throw .init() }
            seen[wanted.position] = true
            // The full reader refuses a null answer; so does the scan.
            if try scanner.null() { throw .init() }
            let value: AnswerValue
            switch wanted.shape {
            case .text: value = .text(try scanner.string(in: wanted.choices))
            case .texts: value = .texts(try scanner.strings(in: wanted.choices))
            case .flag: value = .flag(try scanner.bool())
            case .number: value = .number(try scanner.number())
            case .entries:
                var entries: [SwocEntry] = []
                var items = try scanner.array()
                while try scanner.nextItem(in: &items) { entries.append(try entry(&scanner, of: wanted)) }
                value = .swocEntries(entries)
            }
            guard wanted.check.problem(value) == nil else { throw .init() }
            answers[wanted.id] = value
        }
        return answers
    }

    /// The number `entry` gives a field of a SWOC entry it reads, by the key's bytes.
    private static func entryField(_ key: UnsafeRawBufferPointer) -> Int? {
        typealias Scanner = JSONByteScanner
        if Scanner.equals(key, "text") { return 0 }
        if Scanner.equals(key, "areas") { return 1 }
        if Scanner.equals(key, "actor") { return 2 }
        if Scanner.equals(key, "obstacles") { return 3 }
        if Scanner.equals(key, "id") { return 4 }
        if Scanner.equals(key, "priority") { return 5 }
        return nil
    }

    /// A SWOC entry's fields as `SwocEntry` decodes them; fields it does not know are stepped over.
    private func entry(_ scanner: inout JSONByteScanner, of question: WantedAnswer) throws(JSONByteScanner.Refused)
        -> SwocEntry
    {
        var id: String?
        var text: String?
        var areas: [String] = []
        var actor: String?
        var obstacles: [String] = []
        var priority = false
        // Each field once, and none null: the full reader keeps the first of
        // two keys and refuses a null text, so such an entry is left to it.
        var seen: UInt8 = 0
        var members = try scanner.object()
        while let key = try scanner.nextKey(in: &members) {
            let field = Self.entryField(key)
            if let field {
                guard seen & (1 << field) == 0, try !scanner.null() else { throw .init() }
                seen |= 1 << field
            }
            switch field {
            case 0: text = try scanner.string()
            case 1: areas = try scanner.strings(in: question.areas)
            case 2: actor = try scanner.string(in: question.actors)
            case 3: obstacles = try scanner.strings(in: question.obstacles)
            case 4: id = try scanner.string()
            case 5: priority = try scanner.bool()
            default: try scanner.skipValue()
            }
        }
        guard let text else { throw .init() }
        if let id, SessionValueLimits.entryIDProblem(id) != nil { throw .init() }
        return SwocEntry(id: id, text: text, areas: areas, actor: actor, obstacles: obstacles, isPriority: priority)
    }

    /// A timestamp exactly as the wizard writes it, `2026-11-29T07:56:48Z`;
    /// any other form is left to the full reader.
    static func timestamp(_ text: String) throws(JSONByteScanner.Refused) -> Date {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A,
            bytes[16] == 0x3A, bytes[19] == 0x5A
        else { throw .init() }
        func number(_ range: Range<Int>) throws(JSONByteScanner.Refused) -> Int {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 0x30
                guard (0...9).contains(digit) else { throw .init() }
                value = value * 10 + digit
            }
            return value
        }
        let year = try number(0..<4)
        let month = try number(5..<7)
        let day = try number(8..<10)
        let hour = try number(11..<13)
        let minute = try number(14..<16)
        let second = try number(17..<19)
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60 else {
            throw .init()
        }
        // Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        // A day the month does not have (31 April) is left to the full reader.
        let monthLengths = [
            31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
        ]
        guard day <= monthLengths[month - 1] else { throw .init() }
        let date = Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
        guard SessionValueLimits.timestamps.contains(date) else { throw .init() }
        return date
    }
}
