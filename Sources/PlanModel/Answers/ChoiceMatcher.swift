/// Finds the choice a person meant: by its number in the list, by its name or
/// id, or by the first letters of its name, ignoring upper and lower case.
public struct ChoiceMatcher: Sendable {
    public let vocabulary: Vocabulary
    public let language: String
    public let fallbackLanguage: String

    public init(vocabulary: Vocabulary, language: String, fallbackLanguage: String) {
        self.vocabulary = vocabulary
        self.language = language
        self.fallbackLanguage = fallbackLanguage
    }

    public func label(of choice: Choice) -> String {
        choice.label.text(in: language, fallback: fallbackLanguage)
    }

    /// The labels in list order, as offered for Tab completion.
    public var labels: [String] {
        vocabulary.choices.map(label(of:))
    }

    public func match(_ input: String) -> Result<Choice, AnswerProblem> {
        let typed = Self.asciiDigits(input.trimmingWhitespace())
        let choices = vocabulary.choices
        if let number = Int(typed) {
            if (1...choices.count).contains(number) { return .success(choices[number - 1]) }
            return .failure(.notAChoice(input: typed, choiceCount: choices.count, suggestions: []))
        }
        let key = typed.lowercased()
        if let exact = choices.first(where: { label(of: $0).lowercased() == key || $0.id == key }) {
            return .success(exact)
        }
        // A label in another language the file has (智慧城市 typed in an English session, or the
        // English name in a Chinese one) is just as clear.
        if let exact = choices.first(where: { $0.label.texts.values.contains { $0.lowercased() == key } }) {
            return .success(exact)
        }
        var prefixed = choices.filter {
            !key.isEmpty && (label(of: $0).lowercased().hasPrefix(key) || $0.id.hasPrefix(key))
        }
        if prefixed.isEmpty && !key.isEmpty {
            prefixed = choices.filter { $0.label.texts.values.contains { $0.lowercased().hasPrefix(key) } }
        }
        if prefixed.count == 1 { return .success(prefixed[0]) }
        if prefixed.count > 1 {
            return .failure(.ambiguousChoice(input: typed, candidates: prefixed.map(label(of:))))
        }
        return .failure(.notAChoice(input: typed, choiceCount: choices.count, suggestions: closest(to: key)))
    }

    /// Several choices separated by commas, each matched as above, without repeats.
    public func matchAll(_ input: String) -> Result<[Choice], AnswerProblem> {
        var picked: [Choice] = []
        for part in input.split(whereSeparator: AnswerParser.isChoiceSeparator) {
            let token = String(part).trimmingWhitespace()
            if token.isEmpty { continue }
            switch match(token) {
            case .success(let choice):
                if picked.contains(choice) { return .failure(.repeatedChoice(label: label(of: choice))) }
                picked.append(choice)
            case .failure(let problem):
                return .failure(problem)
            }
        }
        return .success(picked)
    }

    /// Full-width digits (from Chinese and Japanese input methods) as ASCII digits.
    static func asciiDigits(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map {
                    (0xFF10...0xFF19).contains($0.value) ? Unicode.Scalar($0.value - 0xFF10 + 0x30)! : $0
                }
            ))
    }

    /// The labels nearest to a mistyped answer, for a "did you mean" hint.
    private func closest(to key: String) -> [String] {
        guard !key.isEmpty else { return [] }
        // Compare with the start of each name, one letter longer too, so a
        // missing letter ("smrt") costs one edit, like a wrong one.
        let scored = vocabulary.choices.map { choice -> (String, Int) in
            let name = label(of: choice)
            let lowered = name.lowercased()
            let distance = min(
                EditDistance.between(key, String(lowered.prefix(key.count))),
                EditDistance.between(key, String(lowered.prefix(key.count + 1))))
            return (name, distance)
        }
        let limit = max(1, key.count / 3)
        return scored.filter { $0.1 <= limit }.sorted { $0.1 < $1.1 }.prefix(3).map(\.0)
    }
}

/// Levenshtein distance, used only to suggest the nearest choices.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.prefix(64))
        let b = Array(b.prefix(64))
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
