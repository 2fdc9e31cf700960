/// The example answer of each question in an answers template, as YAML lines
/// in the shape the file takes (`[a, b]` for several choices, an entry list
/// with `text:`, `areas:`, `actor:` and `obstacles:` for a SWOC quadrant), and
/// as the value it stands for, so that later examples follow the earlier ones
/// (partner questions after `has-partner: yes`, a European city's funding).
struct AnswersTemplateExamples {
    let questionnaire: Questionnaire
    let language: String
    let words: AnswersTemplate.Words

    struct Example {
        var yaml: [String]
        var value: AnswerValue?
    }

    /// The example for `question`, resolved with the examples before it (the choices offered).
    func example(for question: Question) -> Example {
        if let value = question.defaultValue { return Example(yaml: [Self.scalar(value)], value: value) }
        switch question.kind {
        case .shortText, .longText:
            let text = helpExample(for: question) ?? words.sampleText
            return Example(yaml: [Self.quoted(text)], value: .text(text))
        case .yesNo:
            return Example(yaml: [Self.quoted(words.yes)], value: .flag(true))
        case .number:
            let number = clamped(1, question)
            return Example(yaml: [AnswerFormatter.format(number)], value: .number(number))
        case .year:
            let year = clamped(2025, question)
            return Example(yaml: [AnswerFormatter.format(year)], value: .number(year))
        case .date:
            return Example(yaml: ["2026-03-01"], value: .text("2026-03-01"))
        case .singleChoice:
            guard let id = ids(question.choices, count: 1).first else { return text(question) }
            return Example(yaml: [id], value: .text(id))
        case .multipleChoice:
            let picked = ids(question.choices, count: 2)
            guard !picked.isEmpty else { return text(question) }
            return Example(yaml: [Self.flow(picked)], value: .texts(picked))
        case .list:
            let entry = helpExample(for: question) ?? words.sampleEntry
            return Example(yaml: ["- " + Self.quoted(entry)], value: .texts([entry]))
        case .swoc:
            return swocExample(for: question)
        }
    }

    private func text(_ question: Question) -> Example {
        Example(yaml: [Self.quoted(words.sampleText)], value: .text(words.sampleText))
    }

    private func swocExample(for question: Question) -> Example {
        let areas = ids(question.areas, count: 2)
        let actor = ids(question.actors, count: 1).first
        let obstacles = ids(question.obstacles, count: 1)
        let text = helpExample(for: question) ?? words.sampleEntry
        var yaml = ["- text: " + Self.quoted(text)]
        if question.areas != nil { yaml.append("  areas: " + Self.flow(areas)) }
        if let actor { yaml.append("  actor: " + actor) }
        if question.obstacles != nil { yaml.append("  obstacles: " + Self.flow(obstacles)) }
        if question.priorities != nil { yaml.append("  priority: true") }
        let entry = SwocEntry(
            text: text, areas: areas, actor: actor, obstacles: obstacles, isPriority: question.priorities != nil)
        return Example(yaml: yaml, value: .swocEntries([entry]))
    }

    /// The first `count` choices offered, leaving out "none of these".
    private func ids(_ vocabulary: Vocabulary?, count: Int) -> [String] {
        Array((vocabulary?.choices ?? []).map(\.id).filter { $0 != AnswerParser.noObstacleID }.prefix(count))
    }

    private func clamped(_ value: Double, _ question: Question) -> Double {
        var value = value
        if let minimum = question.validation?.minimum { value = max(value, minimum) }
        if let maximum = question.validation?.maximum { value = min(value, maximum) }
        return value
    }

    /// The first example the help text quotes ("for example \"Stavanger\"", "例如“宁波”"),
    /// when the question accepts it.
    private func helpExample(for question: Question) -> String? {
        let help = question.help.text(in: language, fallback: questionnaire.defaultLanguage)
        for marker in ["for example", "e.g.", "例如"] {
            guard let range = help.range(of: marker) else { continue }
            let rest = help[range.upperBound...].prefix(12)
            guard let open = rest.firstIndex(where: { $0 == "\"" || $0 == "“" }) else { continue }
            let close: Character = help[open] == "“" ? "”" : "\""
            let after = help[help.index(after: open)...]
            guard let end = after.firstIndex(of: close) else { continue }
            let example = String(after[..<end])
            let parser = AnswerParser(language: language, fallbackLanguage: questionnaire.defaultLanguage)
            if !example.isEmpty, case .success = parser.parse(example, for: question) { return example }
        }
        return nil
    }

    // MARK: YAML

    /// `[a, b]`.
    static func flow(_ ids: [String]) -> String {
        "[" + ids.joined(separator: ", ") + "]"
    }

    private static func scalar(_ value: AnswerValue) -> String {
        switch value {
        case .text(let text): return quoted(text)
        case .flag(let flag): return flag ? "yes" : "no"
        case .number(let number): return AnswerFormatter.format(number)
        case .texts(let items): return flow(items.map(quoted))
        case .swocEntries(let entries): return flow(entries.map { quoted($0.text) })
        }
    }

    /// A text as a YAML scalar: plain when it reads back as the same text, else double-quoted.
    static func quoted(_ text: String) -> String {
        let special = Set(":#{}[],&*!|>'\"%@`\\")
        let plain =
            !text.isEmpty && !text.contains(where: { special.contains($0) || $0.isNewline })
            && text.first.map { !$0.isWhitespace && $0 != "-" && $0 != "?" } ?? false
            && text.last.map { !$0.isWhitespace } ?? false
            && !["~", "null"].contains(text.lowercased())
        if plain { return text }
        var escaped = ""
        for character in text {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return "\"\(escaped)\""
    }
}
