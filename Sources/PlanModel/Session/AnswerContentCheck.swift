/// Checks that an answer of the right shape holds only what could have been
/// typed for its question: choice ids from the question's vocabulary, years
/// and numbers within range, real dates, no empty texts. A session file is
/// plain JSON that anyone can edit; without this an area id "Not An Id" is
/// exported as if it were one, and a year of -9223372036854775808 stops the
/// program on the first sum.
///
/// A reader that checks the ids itself as it reads them leaves them out
/// (`checkingIDs: false`).
struct AnswerContentCheck: Sendable {
    let kind: QuestionKind
    let validation: Validation?
    let choices: Vocabulary?
    let areas: Vocabulary?
    let actors: Vocabulary?
    let obstacles: Vocabulary?

    /// - Parameter checkingIDs: false for a reader that has already checked
    ///   every id against the question's vocabularies as it read them
    ///   (`MatchingSessionReader`), so that only the rest is checked here.
    init(_ question: Question, checkingIDs: Bool = true) {
        kind = question.kind
        validation = question.validation
        choices = checkingIDs ? question.choices : nil
        areas = checkingIDs ? question.areas : nil
        actors = checkingIDs ? question.actors : nil
        obstacles = checkingIDs ? question.obstacles : nil
    }

    /// Where within the answer the first unusable value is (e.g. `[2].areas[0]`,
    /// empty for the answer itself) and what is wrong with it.
    func problem(_ value: AnswerValue) -> (place: String, detail: String)? {
        switch (kind, value) {
        case (.shortText, .text(let text)), (.longText, .text(let text)):
            return Self.blank(text).map { ("", $0) }
        case (.singleChoice, .text(let id)):
            return Self.unknown(id, in: choices).map { ("", $0) }
        case (.multipleChoice, .texts(let ids)):
            return Self.first(ids) { Self.unknown($0, in: choices) }
        case (.list, .texts(let items)):
            return Self.first(items, Self.blank)
        case (.date, .text(let text)):
            return Self.date(text).map { ("", $0) }
        case (.year, .number(let number)):
            return Self.year(number, validation).map { ("", $0) }
        case (.number, .number(let number)):
            return Self.number(number, validation).map { ("", $0) }
        case (.swoc, .swocEntries(let entries)):
            for (index, entry) in entries.enumerated() {
                if let detail = Self.blank(entry.text) { return ("[\(index)].text", detail) }
                if let (place, detail) = Self.first(entry.areas, { Self.unknown($0, in: areas) }) {
                    return ("[\(index)].areas\(place)", detail)
                }
                if let actor = entry.actor, let detail = Self.unknown(actor, in: actors) {
                    return ("[\(index)].actor", detail)
                }
                if let (place, detail) = Self.first(entry.obstacles, { Self.unknown($0, in: obstacles) }) {
                    return ("[\(index)].obstacles\(place)", detail)
                }
            }
            return nil
        default:
            return nil
        }
    }

    private static func first(_ items: [String], _ check: (String) -> String?) -> (place: String, detail: String)? {
        for (index, item) in items.enumerated() {
            if let detail = check(item) { return ("[\(index)]", detail) }
        }
        return nil
    }

    private static func blank(_ text: String) -> String? {
        // A printable ASCII character is never white space: most texts are
        // settled by their first byte, without looking up Unicode properties.
        if text.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return nil }
        return text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
            ? "a text answer cannot be empty; to leave a question unanswered, remove its answer" : nil
    }

    private static func unknown(_ id: String, in vocabulary: Vocabulary?) -> String? {
        guard let vocabulary, !vocabulary.choices.contains(where: { $0.id == id }) else { return nil }
        return
            "\(SessionValueLimits.quoted(id)) is not one of the choices in the questionnaire's list \"\(vocabulary.name)\""
    }

    private static func date(_ text: String) -> String? {
        guard AnswerParser.isDate(text), let year = Int(text.prefix(4)), SessionValueLimits.years.contains(year)
        else {
            return "expected a date written YYYY-MM-DD between the years \(SessionValueLimits.years.lowerBound) "
                + "and \(SessionValueLimits.years.upperBound), not \(SessionValueLimits.quoted(text))"
        }
        return nil
    }

    /// A whole year within 1900–2200, and within the question's own limits.
    private static func year(_ number: Double, _ validation: Validation?) -> String? {
        let lowest = max(Double(SessionValueLimits.years.lowerBound), validation?.minimum ?? -.infinity)
        let highest = min(Double(SessionValueLimits.years.upperBound), validation?.maximum ?? .infinity)
        guard Int(exactly: number) == nil || number < lowest || number > highest else { return nil }
        return "expected a year from \(AnswerFormatter.format(lowest)) to \(AnswerFormatter.format(highest)), "
            + "not \(AnswerFormatter.format(number))"
    }

    /// A number within the question's limits, as the wizard accepts it when typed.
    private static func number(_ number: Double, _ validation: Validation?) -> String? {
        let lowest = validation?.minimum ?? -.greatestFiniteMagnitude
        let highest = validation?.maximum ?? .greatestFiniteMagnitude
        guard !number.isFinite || number < lowest || number > highest else { return nil }
        let range =
            switch (validation?.minimum, validation?.maximum) {
            case (let minimum?, let maximum?):
                " from \(AnswerFormatter.format(minimum)) to \(AnswerFormatter.format(maximum))"
            case (let minimum?, nil): " of at least \(AnswerFormatter.format(minimum))"
            case (nil, let maximum?): " of at most \(AnswerFormatter.format(maximum))"
            case (nil, nil): ""
            }
        return "expected a number\(range), not \(AnswerFormatter.format(number))"
    }
}
