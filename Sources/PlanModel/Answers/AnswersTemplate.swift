import Foundation

/// A commented answers file for a consultant to fill in (`swoc-wizard template`,
/// issue 13): every question id in the order asked, grouped by step, each with
/// its kind, whether it is required, when it is asked, the choice ids accepted
/// with their names, the help text and an example in the right YAML shape.
///
/// Every value line is left empty, so the file as written loads: unfilled it
/// reports the required questions, filled in it loads cleanly. The words
/// around the questionnaire's own texts come from `Words` (the Messages
/// target's, in the file's language); this type writes no terminal codes.
public struct AnswersTemplate: Sendable {
    /// The template's own words, in the file's language.
    public struct Words: Sendable {
        /// Comment lines at the top of the file (how to fill it in, how to use it).
        public var header: [String]
        public var kind: String
        public var required: String
        public var optional: String
        public var askedWhen: String
        /// Before a choice offered only under a condition: "only when".
        public var offeredWhen: String
        public var choices: String
        public var example: String
        /// What follows a word before its value: ": ", or "：" in Chinese.
        public var colon: String
        /// "yes" as the file's language writes it.
        public var yes: String
        /// An example of a free text when the help gives none.
        public var sampleText: String
        /// An example entry of a list or SWOC question.
        public var sampleEntry: String
        /// For a SWOC quadrant with `priorities:`: how to mark the entries that matter most.
        public var priorityNote: @Sendable (_ limit: Int) -> String = { _ in "" }
        /// A question's kind as the file's reader understands it; the id the
        /// files use ("short-text") is shown with it.
        public var kindName: @Sendable (QuestionKind) -> String? = { _ in nil }
        /// Brackets around the field a list of choices is for: "(actor)", or "（actor）" in Chinese.
        public var brackets: (open: String, close: String) = (" (", ")")

        public init(
            header: [String], kind: String, required: String, optional: String, askedWhen: String,
            offeredWhen: String, choices: String, example: String, colon: String, yes: String, sampleText: String,
            sampleEntry: String
        ) {
            self.header = header
            self.kind = kind
            self.required = required
            self.optional = optional
            self.askedWhen = askedWhen
            self.offeredWhen = offeredWhen
            self.choices = choices
            self.example = example
            self.colon = colon
            self.yes = yes
            self.sampleText = sampleText
            self.sampleEntry = sampleEntry
        }
    }

    public let questionnaire: Questionnaire
    public let language: String
    public let words: Words
    /// The widest comment line, in terminal columns.
    public var width = 80

    public init(questionnaire: Questionnaire, language: String, words: Words) {
        self.questionnaire = questionnaire
        self.language = language
        self.words = words
    }

    /// The file. With `filled`, each question asked given the examples before
    /// it gets its example as its value: the file a test loads to prove the
    /// examples are answers the wizard accepts.
    public func text(filled: Bool = false) -> String {
        var lines = words.header.flatMap { wrapped($0) }
        lines += ["\(AnswersImport.languageKey): \(language)"]
        let examples = AnswersTemplateExamples(questionnaire: questionnaire, language: language, words: words)
        var engine = WizardEngine(
            questionnaire: questionnaire,
            session: Session(questionnaire: questionnaire, language: language, now: Date(timeIntervalSince1970: 0)))
        for step in questionnaire.steps {
            let rule = "# " + String(repeating: "=", count: width - 2)
            lines += ["", rule, "# " + text(step.title), rule]
            for question in step.questions {
                let offered = engine.resolved(question)
                let example = examples.example(for: offered)
                lines += [""] + comments(for: question, example: example.yaml)
                let asked = engine.isAsked(question)
                if filled && asked {
                    lines += Self.valueLines(question.id, example.yaml)
                } else {
                    lines.append("\(question.id):")
                }
                if asked, let value = example.value {
                    engine.record(value, for: question.id, at: Date(timeIntervalSince1970: 0))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The comment block above a question's value line.
    private func comments(for question: Question, example: [String]) -> [String] {
        var lines = wrapped("\(question.id): \(text(question.prompt))", indent: "    ", first: "")
        let need = question.required ? words.required : words.optional
        let kind =
            words.kindName(question.kind).map {
                "\(question.kind.rawValue)\(words.brackets.open)\($0)\(words.brackets.close)"
            } ?? question.kind.rawValue
        lines.append("#   \(words.kind)\(words.colon)\(kind) · \(need)")
        if let condition = question.condition {
            lines += wrapped("\(words.askedWhen)\(words.colon)\(condition.summary)", indent: "      ", first: "  ")
        }
        if let limit = question.priorities {
            lines += wrapped(words.priorityNote(limit), indent: "  ", first: "  ")
        }
        for (field, vocabulary) in vocabularies(of: question) {
            let title =
                field.map { "\(words.choices)\(words.brackets.open)\($0)\(words.brackets.close)" } ?? words.choices
            lines.append("#   \(title)\(words.colon.trimmingWhitespace())")
            for choice in vocabulary.choices {
                let only = choice.condition.map { " (\(words.offeredWhen) \($0.summary))" } ?? ""
                lines += wrapped("\(choice.id): \(text(choice.label))\(only)", indent: "        ", first: "    ")
            }
        }
        let help = text(question.help)
        if !help.isEmpty { lines += wrapped(help, indent: "  ", first: "  ") }
        lines.append("#   \(words.example)\(words.colon.trimmingWhitespace())")
        lines += Self.valueLines(question.id, example).map { "#     " + $0 }
        return lines
    }

    /// The vocabularies a question's answers are chosen from, by the field that names them.
    private func vocabularies(of question: Question) -> [(String?, Vocabulary)] {
        if question.kind == .swoc {
            return [("areas", question.areas), ("actor", question.actors), ("obstacles", question.obstacles)]
                .compactMap { field, vocabulary in vocabulary.map { (field, $0) } }
        }
        return question.choices.map { [(nil, $0)] } ?? []
    }

    /// `id: value`, or `id:` followed by the indented lines of a list.
    static func valueLines(_ id: String, _ yaml: [String]) -> [String] {
        guard let first = yaml.first else { return ["\(id):"] }
        if yaml.count == 1 && !first.hasPrefix("- ") { return ["\(id): \(first)"] }
        return ["\(id):"] + yaml.map { "  " + $0 }
    }

    private func text(_ localized: LocalizedText) -> String {
        localized.text(in: language, fallback: questionnaire.defaultLanguage)
    }

    /// `text` as comment lines no wider than `width`.
    private func wrapped(_ text: String, indent: String = "", first: String? = nil) -> [String] {
        CommentWrapper.lines(text, width: width - 2, firstIndent: first ?? "", indent: indent)
            .map { "# " + $0 }
    }
}
