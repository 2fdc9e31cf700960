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
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Order matters: JSON `true` must not be read as a number, nor `[]` as entries.
        if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let texts = try? container.decode([String].self) {
            self = .texts(texts)
        } else if let entries = try? container.decode([SwocEntry].self) {
            self = .swocEntries(entries)
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
