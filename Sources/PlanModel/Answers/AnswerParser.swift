import Foundation

/// Turns one typed line into a stored answer for a question, or says what is
/// wrong with it. Used by the interactive wizard and by `--answers` files alike,
/// so both accept exactly the same answers.
public struct AnswerParser: Sendable {
    /// The longest answer accepted; a pasted page is refused with a message
    /// instead of bloating the session file and the exported plan.
    public static let maximumLength = 5_000

    public let language: String
    public let fallbackLanguage: String

    public init(language: String, fallbackLanguage: String) {
        self.language = language
        self.fallbackLanguage = fallbackLanguage
    }

    /// Parses a single-line answer (every kind except list and swoc entries,
    /// which are read one entry at a time with `parseEntry`).
    /// - Returns: nil for an empty line on an optional question.
    public func parse(_ input: String, for question: Question) -> Result<AnswerValue?, AnswerProblem> {
        let text = InputSanitizer.clean(input)
        if text.isEmpty { return question.required ? .failure(.required) : .success(nil) }
        if text.count > Self.maximumLength {
            return .failure(.tooLong(length: text.count, limit: Self.maximumLength))
        }
        switch question.kind {
        case .shortText, .longText:
            return checkText(text, for: question).map { .text($0) }
        case .singleChoice:
            guard let vocabulary = question.choices else { return .success(.text(text)) }
            return matcher(vocabulary).match(text).map { .text($0.id) }
        case .multipleChoice:
            guard let vocabulary = question.choices else { return .success(.texts([text])) }
            return matcher(vocabulary).matchAll(text).map { $0.isEmpty ? nil : .texts($0.map(\.id)) }
        case .yesNo:
            return parseYesNo(text).map { .flag($0) }
        case .number:
            guard let number = Self.number(from: text) else { return .failure(.notANumber(input: text)) }
            return checkRange(number, for: question).map { .number($0) }
        case .year:
            // "2005年", as a year is written in Chinese, is the year 2005.
            let digits = ChoiceMatcher.asciiDigits(text.hasSuffix("年") ? String(text.dropLast()) : text)
            guard digits.count == 4, let year = Int(digits) else { return .failure(.notAYear(input: text)) }
            let checked = checkRange(Double(year), for: question, defaultRange: 1900...2100)
            return checked.map { .number($0) }
        case .date:
            guard Self.isDate(text) else { return .failure(.notADate(input: text)) }
            return .success(.text(text))
        case .list, .swoc:
            return parseEntry(text, for: question).map { .texts([$0]) }
        }
    }

    /// One entry of a list or SWOC question. The caller treats an empty line as "done".
    public func parseEntry(_ input: String, for question: Question) -> Result<String, AnswerProblem> {
        let text = InputSanitizer.clean(input)
        if text.count > Self.maximumLength {
            return .failure(.tooLong(length: text.count, limit: Self.maximumLength))
        }
        return checkText(text, for: question)
    }

    /// The cooperation areas of a SWOC entry, comma-separated; empty means none.
    public func parseAreas(_ input: String, for question: Question) -> Result<[String], AnswerProblem> {
        let text = InputSanitizer.clean(input)
        guard let vocabulary = question.areas, !text.isEmpty else { return .success([]) }
        return matcher(vocabulary).matchAll(text).map { $0.map(\.id) }
    }

    /// Who raised a SWOC entry; empty means not recorded.
    public func parseActor(_ input: String, for question: Question) -> Result<String?, AnswerProblem> {
        let text = InputSanitizer.clean(input)
        guard let vocabulary = question.actors, !text.isEmpty else { return .success(nil) }
        return matcher(vocabulary).match(text).map { $0.id }
    }

    /// The obstacle kinds of a SWOC entry, comma-separated; empty means not tagged.
    /// "None of these" is a choice of its own and cannot go with another kind.
    public func parseObstacles(_ input: String, for question: Question) -> Result<[String], AnswerProblem> {
        let text = InputSanitizer.clean(input)
        guard let vocabulary = question.obstacles, !text.isEmpty else { return .success([]) }
        return matcher(vocabulary).matchAll(text).flatMap { choices in
            let ids = choices.map(\.id)
            if ids.count > 1, let none = choices.first(where: { $0.id == Self.noObstacleID }) {
                let label = matcher(vocabulary).label(of: none)
                return .failure(.noneWithOtherObstacles(label: label))
            }
            return .success(ids)
        }
    }

    /// What separates several choices typed on one line: the comma, and the
    /// full-width comma "，" and enumeration comma "、" that Chinese input
    /// methods type. Choice labels may not contain them.
    public static func isChoiceSeparator(_ character: Character) -> Bool {
        character == "," || character == "，" || character == "、"
    }

    /// The obstacle kind that says the entry is none of the others.
    public static let noObstacleID = "none"

    public func matcher(_ vocabulary: Vocabulary) -> ChoiceMatcher {
        ChoiceMatcher(vocabulary: vocabulary, language: language, fallbackLanguage: fallbackLanguage)
    }

    // MARK: Checks

    private func checkText(_ text: String, for question: Question) -> Result<String, AnswerProblem> {
        guard let validation = question.validation else { return .success(text) }
        let custom = validation.message.map { AnswerProblem.custom($0.text(in: language, fallback: fallbackLanguage)) }
        if let minimum = validation.minLength, text.count < minimum {
            return .failure(custom ?? .tooShort(minimum: minimum))
        }
        if let maximum = validation.maxLength, text.count > maximum {
            return .failure(custom ?? .tooManyCharacters(maximum: maximum))
        }
        if let pattern = validation.pattern {
            // The loader only accepts patterns whose work is bounded for answers this long (SafePattern).
            if text.unicodeScalars.count > SafePattern.maximumAnswerLength {
                return .failure(custom ?? .tooManyCharacters(maximum: SafePattern.maximumAnswerLength))
            }
            if let regex = try? Regex(pattern), (try? regex.wholeMatch(in: text)) == nil {
                return .failure(custom ?? .patternMismatch)
            }
        }
        return .success(text)
    }

    private func checkRange(
        _ value: Double, for question: Question, defaultRange: ClosedRange<Double>? = nil
    ) -> Result<Double, AnswerProblem> {
        let minimum = question.validation?.minimum ?? defaultRange?.lowerBound
        let maximum = question.validation?.maximum ?? defaultRange?.upperBound
        if let minimum, value < minimum { return .failure(rangeProblem(question, minimum, maximum)) }
        if let maximum, value > maximum { return .failure(rangeProblem(question, minimum, maximum)) }
        return .success(value)
    }

    private func rangeProblem(_ question: Question, _ minimum: Double?, _ maximum: Double?) -> AnswerProblem {
        if let message = question.validation?.message {
            return .custom(message.text(in: language, fallback: fallbackLanguage))
        }
        return .outOfRange(minimum: minimum, maximum: maximum)
    }

    private func parseYesNo(_ text: String) -> Result<Bool, AnswerProblem> {
        switch text.lowercased() {
        case "y", "yes", "true", "ja", "oui", "si", "sí", "是", "是的", "对", "有": return .success(true)
        case "n", "no", "false", "nein", "non", "否", "不", "不是", "没有", "无": return .success(false)
        default: return .failure(.notYesNo(input: text))
        }
    }

    /// Digits with an optional decimal point; a lone comma is read as a decimal
    /// comma, as many European participants will type it.
    static func number(from text: String) -> Double? {
        var normalized = ChoiceMatcher.asciiDigits(text).replacingOccurrences(of: " ", with: "")
        if !normalized.contains("."), normalized.filter({ $0 == "," }).count == 1 {
            normalized = normalized.replacingOccurrences(of: ",", with: ".")
        }
        guard normalized.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
            let value = Double(normalized), value.isFinite
        else { return nil }
        return value
    }

    /// A real calendar date written `YYYY-MM-DD`.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }
}
