/// A stored answer. The shapes are few on purpose: the question's kind says how
/// to read them, and session files stay plain JSON a person can read.
public enum AnswerValue: Sendable, Equatable, Hashable {
    /// Short or long text, a single choice id, or a date `YYYY-MM-DD`.
    case text(String)
    /// Multiple choice ids or list entries.
    case texts([String])
    case flag(Bool)
    /// A number or a year.
    case number(Double)
    case swocEntries([SwocEntry])
}

extension AnswerValue: Codable {
    /// The JSON shape an answer should have, from its question's kind.
    public enum Shape: Sendable {
        case text, texts, flag, number, entries

        public init(_ kind: QuestionKind) {
            switch kind {
            case .shortText, .longText, .singleChoice, .date: self = .text
            case .multipleChoice, .list: self = .texts
            case .yesNo: self = .flag
            case .number, .year: self = .number
            case .swoc: self = .entries
            }
        }
    }

    /// Decoder user-info key for `[question id: Shape]`: with it, each answer
    /// is decoded as the shape its question expects on the first try, instead
    /// of trying shapes in turn (each failed try costs a thrown error).
    public static let shapeHintsKey = CodingUserInfoKey(rawValue: "swoc-wizard.answer-shapes")!

    private static func decode(_ shape: Shape, _ container: any SingleValueDecodingContainer) throws -> AnswerValue? {
        switch shape {
        case .text: (try? container.decode(String.self)).map { .text($0) }
        case .texts: (try? container.decode([String].self)).map { .texts($0) }
        case .flag: (try? container.decode(Bool.self)).map { .flag($0) }
        case .number: (try? container.decode(Double.self)).map { .number($0) }
        case .entries: try entries(container).map { .swocEntries($0) }
        }
    }

    /// SWOC entries, or nil when the value has another shape. An entry of the
    /// right shape with an unusable value (an impossible id) is an error, with
    /// where it is, not a reason to try the value as another shape.
    private static func entries(_ container: any SingleValueDecodingContainer) throws -> [SwocEntry]? {
        do {
            return try container.decode([SwocEntry].self)
        } catch let error as InvalidSessionValue {
            throw error
        } catch {
            return nil
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let id = decoder.codingPath.last?.stringValue,
            let hints = decoder.userInfo[Self.shapeHintsKey] as? [String: Shape], let shape = hints[id],
            let value = try Self.decode(shape, container)
        {
            self = value
            return
        }
        // The commonest shapes first: each failed attempt costs a thrown error,
        // and loading a portfolio of sessions decodes thousands of answers.
        // JSONDecoder never reads `true` as a number nor a number as text, and
        // `[]` is read as an empty list of texts.
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let texts = try? container.decode([String].self) {
            self = .texts(texts)
        } else if let entries = try Self.entries(container) {
            self = .swocEntries(entries)
        } else if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription:
                    "an answer must be text, a number, true/false, a list of texts or a list of SWOC entries"
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .texts(let texts): try container.encode(texts)
        case .flag(let flag): try container.encode(flag)
        case .number(let number):
            // Whole numbers (years, head counts) are written without ".0".
            if let whole = Int(exactly: number) {
                try container.encode(whole)
            } else {
                try container.encode(number)
            }
        case .swocEntries(let entries): try container.encode(entries)
        }
    }
}
