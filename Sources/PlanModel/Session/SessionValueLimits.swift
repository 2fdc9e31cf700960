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

    /// The number of an entry id of the form swoc-wizard gives ("e12"), or nil
    /// for any other id (ids are otherwise opaque, e.g. "ew1" from another tool).
    public static func entryNumber(_ id: String) -> Int? {
        guard let digits = countedDigits(id), let number = Int(digits), entryNumbers.contains(number) else {
            return nil
        }
        return number
    }

    /// What is wrong with an entry id, or nil when it can be used: a short word
    /// without spaces, and if it is "e" and a number, a number new ids can be counted on from.
    static func entryIDProblem(_ id: String) -> String? {
        // Printable ASCII (every id the wizard gives) is checked by byte; anything else by scalar.
        let bytes = id.utf8
        let printable = !bytes.isEmpty && bytes.count <= 64 && bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F }
        if !printable {
            let scalars = id.unicodeScalars
            if scalars.isEmpty || scalars.count > 64
                || scalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control })
            {
                return "an entry id is a short word without spaces, such as \"e12\", not \(quoted(id))"
            }
        }
        if countedDigits(id) != nil, entryNumber(id) == nil {
            return "swoc-wizard numbers entry ids from \"e1\" up to \"e\(entryNumbers.upperBound)\", so "
                + "\(quoted(id)) cannot be used"
        }
        return nil
    }

    /// The digits of an id that is "e" followed by ASCII digits only.
    private static func countedDigits(_ id: String) -> Substring? {
        let bytes = id.utf8
        guard bytes.count > 1, bytes.first == UInt8(ascii: "e"),
            bytes.dropFirst().allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        return id.dropFirst()
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
    /// A timestamp as the wizard writes it, `2026-11-29T07:56:48Z`, in a year
    /// it can compute with. Read by the decoder's own date strategy (fast, for
    /// thousands of files); only a date it refuses is read again as text, to
    /// say what is there instead of "not valid JSON".
    func decodeTimestamp(forKey key: Key) throws -> Date {
        let date: Date
        do {
            date = try decode(Date.self, forKey: key)
        } catch DecodingError.keyNotFound(let key, let context) {
            throw DecodingError.keyNotFound(key, context)
        } catch {
            guard let text = try? decode(String.self, forKey: key) else {
                throw invalid(key, "expected a date and time as text, such as \"2026-11-29T07:56:48Z\"")
            }
            throw invalid(
                key, "\(SessionValueLimits.quoted(text)) is not a date and time such as \"2026-11-29T07:56:48Z\"")
        }
        guard SessionValueLimits.timestamps.contains(date) else {
            throw invalid(
                key,
                "the date \(SessionValueLimits.quoted((try? decode(String.self, forKey: key)) ?? "")) is not between "
                    + "the years \(SessionValueLimits.years.lowerBound) and \(SessionValueLimits.years.upperBound)")
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
