import Foundation

/// The limits every number and date read from a session file is checked
/// against before anything computes with it. A hand-edited or damaged file
/// could otherwise hold a year such as -9223372036854775808, which would stop
/// the program on the first `year - 1`, or an entry id "e9223372036854775807",
/// whose next id cannot be counted.
public enum SessionValueLimits {
    /// Years of answers, dates and timestamps: far wider than any partnership
    /// plan needs, narrow enough that no sum of years and plan years overflows.
    public static let years = 1900...2200

    /// The highest number of an entry id ("e1", "e2", ...): a billion entries
    /// is more than any session will hold, and counting on from it never overflows.
    public static let entryNumbers = 1...999_999_999

    /// File format, questionnaire and round numbers.
    public static let counters = 1...1_000_000

    /// 1900-01-01T00:00:00Z up to, not including, 2201-01-01T00:00:00Z.
    static let timestamps = Date(timeIntervalSince1970: -2_208_988_800)..<Date(timeIntervalSince1970: 7_289_654_400)

    /// The number of an entry id such as "e12", if it has the form the wizard gives ids.
    public static func entryNumber(_ id: String) -> Int? {
        guard id.hasPrefix("e"), id.count > 1, id.count <= 10 else { return nil }
        let digits = id.dropFirst()
        guard digits.first != "0", digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) else {
            return nil
        }
        return entryNumbers.contains(number) ? number : nil
    }

    /// A value from the file as a message quotes it: in quotes, with line
    /// breaks and control characters written as escapes (`\r\n`, `\u{1B}`)
    /// so they cannot break or drive the terminal, and cut short if long.
    public static func quoted(_ text: String) -> String {
        let limit = 60
        let shown =
            text.unicodeScalars.count > limit
            ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit))) : text
        return String(shown.debugDescription.dropLast()) + (shown == text ? "\"" : "…\"")
    }
}

/// A value a session file holds in the right shape but that cannot be used:
/// a date that is not a date, a year out of range, an id not in the
/// questionnaire. Thrown while decoding, with where it was found.
struct InvalidSessionValue: Error {
    var codingPath: [any CodingKey]
    var detail: String
}

extension KeyedDecodingContainer {
    /// A timestamp as the wizard writes it, `2026-11-29T07:56:48Z`, in a year it can compute with.
    func decodeTimestamp(forKey key: Key) throws -> Date {
        let text: String
        do {
            text = try decode(String.self, forKey: key)
        } catch DecodingError.typeMismatch {
            throw invalid(key, "expected a date and time as text, such as \"2026-11-29T07:56:48Z\"")
        }
        guard let date = try? Date(text, strategy: .iso8601) else {
            throw invalid(
                key, "\(SessionValueLimits.quoted(text)) is not a date and time such as \"2026-11-29T07:56:48Z\"")
        }
        guard SessionValueLimits.timestamps.contains(date) else {
            throw invalid(
                key,
                "the date \(SessionValueLimits.quoted(text)) is not between the years \(SessionValueLimits.years.lowerBound) and "
                    + "\(SessionValueLimits.years.upperBound)")
        }
        return date
    }

    func decodeTimestampIfPresent(forKey key: Key) throws -> Date? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try decodeTimestamp(forKey: key)
    }

    /// A whole number within `range`; a fraction, a huge number or text is
    /// refused with what was expected, not with "not valid JSON".
    func decodeWholeNumber(forKey key: Key, in range: ClosedRange<Int>) throws -> Int {
        let expected = "expected a whole number from \(range.lowerBound) to \(range.upperBound)"
        guard contains(key) else { return try decode(Int.self, forKey: key) }  // says the field is missing
        guard let number = try? decode(Double.self, forKey: key) else {
            if (try? decode(String.self, forKey: key)) != nil { throw invalid(key, expected + ", not text") }
            throw invalid(key, expected)
        }
        guard let whole = Int(exactly: number), range.contains(whole) else {
            throw invalid(key, expected + ", not \(AnswerFormatter.format(number))")
        }
        return whole
    }

    func invalid(_ key: Key, _ detail: String) -> InvalidSessionValue {
        InvalidSessionValue(codingPath: codingPath + [key], detail: detail)
    }
}
