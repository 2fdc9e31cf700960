import Foundation
import Yams

/// Reads a questionnaire folder (manifest, vocabularies, step files) and checks
/// it as a whole. Either the full questionnaire comes back or every problem does:
/// the wizard never starts on a half-loaded set of questions.
public struct QuestionnaireLoader: Sendable {
    public init() {}

    /// Loads `directory/manifest.yaml` and the files it names.
    public func load(directory: URL) throws(QuestionnaireError) -> Questionnaire {
        var builder = Builder(directory: directory)
        var questionnaire = builder.build()
        questionnaire?.textSites = builder.textSites
        if let questionnaire, builder.problems.isEmpty { return questionnaire }
        throw QuestionnaireError(problems: builder.problems)
    }
}

/// Question ids are lowercase letters, digits and hyphens, so they are safe as
/// YAML keys, JSON keys and command arguments.
private func isValidID(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, first != "-" else { return false }
    return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
}

extension QuestionnaireLoader {
    /// Does the reading; one per load, collecting problems from every file.
    fileprivate struct Builder {
        let directory: URL
        var problems: [QuestionnaireProblem] = []
        /// Every text read, from every file, for the translation check.
        var textSites: [TextSite] = []
        var defaultLanguage = "en"

        init(directory: URL) {
            self.directory = directory
        }

        mutating func build() -> Questionnaire? {
            let manifestFile = YAMLFile(name: displayName("manifest.yaml"))
            defer {
                problems.insert(contentsOf: manifestFile.problems, at: 0)
                textSites.insert(contentsOf: manifestFile.textSites, at: 0)
            }
            guard let root = read("manifest.yaml", into: manifestFile),
                let manifest = manifestFile.mapping(
                    root, context: "the manifest",
                    allowed: ["id", "version", "defaultLanguage", "title", "vocabularies", "steps"])
            else { return nil }

            let id = manifestFile.string(manifest["id"], context: "id")
            if manifest["id"] == nil { manifestFile.report(root, "the manifest needs an `id`") }
            let version = manifestFile.integer(manifest["version"], context: "version") ?? 1
            defaultLanguage =
                manifestFile.string(manifest["defaultLanguage"], context: "defaultLanguage") ?? "en"
            let title =
                manifestFile.localized(manifest["title"], context: "title", defaultLanguage: defaultLanguage)
                ?? LocalizedText([defaultLanguage: id ?? "Questionnaire"])

            var vocabularies: [String: Vocabulary] = [:]
            if let vocabularyFile = manifestFile.string(manifest["vocabularies"], context: "vocabularies") {
                vocabularies = loadVocabularies(vocabularyFile)
            }

            guard let stepNodes = manifestFile.sequence(manifest["steps"], context: "steps") else {
                if manifest["steps"] == nil { manifestFile.report(root, "the manifest needs a `steps` list") }
                return nil
            }
            // Without questions the wizard would start and export an empty plan marked complete.
            if stepNodes.isEmpty {
                manifestFile.report(
                    manifest["steps"], "the `steps` list is empty; name at least one step file, e.g. - step-1-swoc.yaml"
                )
            }
            var steps: [Step] = []
            for node in stepNodes {
                guard let fileName = manifestFile.string(node, context: "a step file name") else { continue }
                if let step = loadStep(fileName, vocabularies: vocabularies) { steps.append(step) }
            }
            checkQuestionsAcrossSteps(steps)
            guard let id else { return nil }
            return Questionnaire(
                id: id, version: version, defaultLanguage: defaultLanguage, title: title,
                vocabularies: vocabularies, steps: steps)
        }

        private func displayName(_ fileName: String) -> String {
            directory.appendingPathComponent(fileName).displayPath
        }

        private mutating func read(_ fileName: String, into file: YAMLFile) -> Node? {
            let url = directory.appendingPathComponent(fileName)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                file.report(nil, "the file is missing or cannot be read")
                return nil
            }
            guard let text = String(data: data, encoding: .utf8) else {
                file.report(nil, "the file is not UTF-8 text")
                return nil
            }
            return file.parse(text)
        }

        // MARK: Vocabularies

        private mutating func loadVocabularies(_ fileName: String) -> [String: Vocabulary] {
            let file = YAMLFile(name: displayName(fileName))
            defer {
                problems.append(contentsOf: file.problems)
                textSites.append(contentsOf: file.textSites)
            }
            guard let root = read(fileName, into: file), let mapping = root.mapping else {
                if file.problems.isEmpty { file.report(nil, "should list vocabularies by name") }
                return [:]
            }
            var vocabularies: [String: Vocabulary] = [:]
            for (key, value) in mapping {
                guard
                    let name = key.string.map({
                        file.checked($0, at: key, context: "a vocabulary name", multiline: false)
                    })
                else { continue }
                let context = "vocabulary \"\(name)\""
                guard
                    let fields = file.mapping(
                        value, context: context, allowed: ["label", "source", "choices"])
                else { continue }
                let label =
                    file.localized(fields["label"], context: "\(context) label", defaultLanguage: defaultLanguage)
                    ?? LocalizedText([defaultLanguage: name])
                let source = file.string(fields["source"], context: "\(context) source") ?? ""
                var choices: [Choice] = []
                for choiceNode in file.sequence(fields["choices"], context: "\(context) choices") ?? [] {
                    guard
                        let choiceFields = file.mapping(
                            choiceNode, context: "a choice in \(context)", allowed: ["id", "label", "words", "when"]),
                        let id = file.string(choiceFields["id"], context: "choice id")
                    else {
                        file.report(choiceNode, "a choice in \(context) needs an `id` and a `label`")
                        continue
                    }
                    if !isValidID(id) {
                        file.report(
                            choiceNode,
                            "\(context): the choice id \"\(id)\" must use lowercase letters, digits and hyphens only")
                    }
                    if choices.contains(where: { $0.id == id }) {
                        file.report(choiceNode, "\(context): the choice id \"\(id)\" appears twice")
                    }
                    guard
                        let label = file.localized(
                            choiceFields["label"], context: "choice \"\(id)\" label",
                            defaultLanguage: defaultLanguage)
                    else {
                        file.report(choiceNode, "choice \"\(id)\" needs a `label`")
                        continue
                    }
                    if label.texts.values.contains(where: { $0.contains(where: AnswerParser.isChoiceSeparator) }) {
                        file.report(
                            choiceNode,
                            "choice \"\(id)\": a label cannot contain a comma (\",\", \"，\" or \"、\"), because "
                                + "commas separate several choices")
                    }
                    let words = file.words(choiceFields["words"], context: "choice \"\(id)\" words")
                    let condition = choiceFields["when"].flatMap {
                        ConditionParser.condition(from: $0, in: file, context: "\(context) choice \"\(id)\"")
                    }
                    if let condition {
                        choiceConditions[name, default: []].append(
                            PlacedCondition(
                                condition: condition, file: file.name, line: choiceFields["when"]?.mark?.line,
                                what: "\(context), choice \"\(id)\""))
                    }
                    choices.append(Choice(id: id, label: label, words: words, condition: condition))
                }
                if choices.isEmpty { file.report(value, "\(context) has no choices") }
                vocabularies[name] = Vocabulary(name: name, label: label, source: source, choices: choices)
            }
            return vocabularies
        }

        // MARK: Steps and questions

        private mutating func loadStep(_ fileName: String, vocabularies: [String: Vocabulary]) -> Step? {
            let file = YAMLFile(name: displayName(fileName))
            defer {
                problems.append(contentsOf: file.problems)
                textSites.append(contentsOf: file.textSites)
            }
            guard let root = read(fileName, into: file),
                let fields = file.mapping(
                    root, context: "the step",
                    allowed: ["id", "number", "title", "intro", "source", "questions"])
            else { return nil }
            guard let id = file.string(fields["id"], context: "step id") else {
                file.report(root, "the step needs an `id`")
                return nil
            }
            let number = file.integer(fields["number"], context: "step number") ?? 0
            let title =
                file.localized(fields["title"], context: "step title", defaultLanguage: defaultLanguage)
                ?? LocalizedText([defaultLanguage: id])
            let intro = file.localized(
                fields["intro"], context: "step intro", defaultLanguage: defaultLanguage, multiline: true)
            let source = file.string(fields["source"], context: "step source") ?? ""
            var questions: [Question] = []
            for node in file.sequence(fields["questions"], context: "questions") ?? [] {
                if let question = question(from: node, in: file, vocabularies: vocabularies) {
                    questions.append(question)
                }
            }
            if fields["questions"] == nil {
                file.report(root, "step \"\(id)\" has no questions; add a `questions` list")
            } else if questions.isEmpty {
                file.report(fields["questions"], "step \"\(id)\" has no usable questions")
            }
            return Step(id: id, number: number, title: title, intro: intro, source: source, questions: questions)
        }

        /// Where each question (and step) was declared, for cross-file checks.
        var lines: [String: (file: String, line: Int?)] = [:]
        var conditionLines: [String: (file: String, line: Int?)] = [:]
        var prefillLines: [String: (file: String, line: Int?)] = [:]
        /// The conditions of choices, per vocabulary, and of prompt and help
        /// alternatives, per question: checked once every step is read.
        var choiceConditions: [String: [PlacedCondition]] = [:]
        var alternativeConditions: [String: [PlacedCondition]] = [:]

        private mutating func question(
            from node: Node, in file: YAMLFile, vocabularies: [String: Vocabulary]
        ) -> Question? {
            let allowed: Set<String> = [
                "id", "kind", "prompt", "help", "source", "required", "default", "choices",
                "quadrant", "areas", "actors", "obstacles", "when", "validation", "priorities",
                "prefill-from",
            ]
            guard let fields = file.mapping(node, context: "a question", allowed: allowed) else { return nil }
            guard let id = file.string(fields["id"], context: "question id") else {
                file.report(node, "a question needs an `id`")
                return nil
            }
            let context = "question \"\(id)\""
            if !isValidID(id) {
                file.report(fields["id"], "\(context): an id uses lowercase letters, digits and hyphens only")
            }
            if let earlier = lines[id] {
                file.report(
                    fields["id"],
                    "\(context): the id is used twice (first at \(earlier.file):\(earlier.line.map(String.init) ?? "?"))"
                )
            }
            lines[id] = (file.name, node.mark?.line)

            guard let kindName = file.string(fields["kind"], context: "\(context) kind") else {
                file.report(node, "\(context) needs a `kind`")
                return nil
            }
            guard let kind = QuestionKind(rawValue: kindName) else {
                let expected = QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")
                file.report(fields["kind"], "\(context): unknown kind \"\(kindName)\" (expected one of: \(expected))")
                return nil
            }
            let (prompt, promptAlternatives) = texts(
                fields["prompt"], in: file, context: "\(context) prompt", questionID: id, multiline: false)
            if prompt == nil && fields["prompt"] == nil { file.report(node, "\(context) needs a `prompt`") }
            let (help, helpAlternatives) = texts(
                fields["help"], in: file, context: "\(context) help", questionID: id, multiline: true)
            if help == nil && fields["help"] == nil {
                file.report(node, "\(context) needs a `help` text citing the report")
            }
            let source = file.string(fields["source"], context: "\(context) source")
            if source == nil { file.report(node, "\(context) needs a `source` (the report section or case study)") }
            let required = file.bool(fields["required"], context: "\(context) required") ?? false

            func vocabulary(_ key: String, fallback: String?) -> Vocabulary? {
                let name = file.string(fields[key], context: "\(context) \(key)") ?? fallback
                guard let name else { return nil }
                guard let vocabulary = vocabularies[name] else {
                    file.report(
                        fields[key] ?? node, "\(context): \(key) names a vocabulary \"\(name)\" that does not exist")
                    return nil
                }
                return vocabulary
            }
            var choices: Vocabulary?
            var quadrant: SwocQuadrant?
            var areas: Vocabulary?
            var actors: Vocabulary?
            var obstacles: Vocabulary?
            if kind.usesChoices {
                if fields["choices"] == nil {
                    file.report(node, "\(context): a \(kind.rawValue) question needs `choices`")
                }
                choices = vocabulary("choices", fallback: nil)
            } else if fields["choices"] != nil {
                file.report(fields["choices"], "\(context): only choice questions take `choices`")
            }
            if kind == .swoc {
                let name = file.string(fields["quadrant"], context: "\(context) quadrant")
                quadrant = name.flatMap(SwocQuadrant.init(rawValue:))
                if quadrant == nil {
                    file.report(
                        fields["quadrant"] ?? node,
                        "\(context): a swoc question needs `quadrant` (strengths, weaknesses, opportunities or challenges)"
                    )
                }
                areas = vocabulary("areas", fallback: "cooperation-areas")
                actors = vocabulary("actors", fallback: "helix-actors")
                obstacles = vocabulary("obstacles", fallback: nil)
            } else if fields["obstacles"] != nil {
                file.report(fields["obstacles"], "\(context): only swoc questions take `obstacles`")
            }
            var priorities: Int?
            if let node = fields["priorities"] {
                if kind != .swoc {
                    file.report(node, "\(context): only swoc questions take `priorities`")
                } else if let count = file.integer(node, context: "\(context) priorities") {
                    if Question.priorityRange.contains(count) {
                        priorities = count
                    } else {
                        file.report(
                            node,
                            "\(context): `priorities` is how many entries the team may mark, from "
                                + "\(Question.priorityRange.lowerBound) to \(Question.priorityRange.upperBound)")
                    }
                }
            }
            let condition = fields["when"].flatMap { ConditionParser.condition(from: $0, in: file, context: context) }
            if condition != nil { conditionLines[id] = (file.name, fields["when"]?.mark?.line) }
            let validation = fields["validation"].flatMap { self.validation(from: $0, in: file, context: context) }
            var defaultValue: AnswerValue?
            if let node = fields["default"] {
                defaultValue = self.defaultValue(from: node, kind: kind, choices: choices, in: file, context: context)
            }
            let prefill = fields["prefill-from"].flatMap {
                PrefillReader.prefill(from: $0, in: file, context: context)
            }
            if prefill != nil { prefillLines[id] = (file.name, fields["prefill-from"]?.mark?.line) }
            guard let prompt, let help, let source else { return nil }
            return Question(
                id: id, kind: kind, prompt: prompt, help: help, source: source, required: required,
                defaultValue: defaultValue, choices: choices, quadrant: quadrant, areas: areas, actors: actors,
                obstacles: obstacles, condition: condition, validation: validation,
                promptAlternatives: promptAlternatives, helpAlternatives: helpAlternatives, priorities: priorities,
                prefill: prefill)
        }

        /// A prompt or help text: one text per language, or a list of
        /// alternatives `{when: COND, en: ..., zh: ...}` of which the last has
        /// no `when` (it is shown when no condition holds).
        private mutating func texts(
            _ node: Node?, in file: YAMLFile, context: String, questionID: String, multiline: Bool
        ) -> (LocalizedText?, [TextAlternative]) {
            guard let node, let items = node.sequence else {
                return (
                    file.localized(node, context: context, defaultLanguage: defaultLanguage, multiline: multiline), []
                )
            }
            var alternatives: [TextAlternative] = []
            for (position, item) in items.enumerated() {
                let isLast = position == items.count - 1
                let itemContext = "\(context) (alternative \(position + 1))"
                guard item.mapping != nil else {
                    file.report(item, "\(itemContext) should be `when:` and texts keyed by language (en: ...)")
                    continue
                }
                let whenNode = item.mapping?["when"]
                var condition: Condition?
                if let whenNode {
                    condition = ConditionParser.condition(from: whenNode, in: file, context: itemContext)
                    if let condition {
                        alternativeConditions[questionID, default: []].append(
                            PlacedCondition(
                                condition: condition, file: file.name, line: whenNode.mark?.line, what: itemContext))
                    }
                    if isLast {
                        file.report(
                            whenNode,
                            "\(itemContext): the last alternative is the one shown when no condition holds, "
                                + "so it takes no `when`; add an alternative without `when` at the end")
                    }
                } else if !isLast {
                    file.report(
                        item,
                        "\(itemContext) has no `when`, so the alternatives after it would never be shown; "
                            + "give it a `when` or move it to the end")
                }
                guard
                    let text = file.localized(
                        item, context: itemContext, defaultLanguage: defaultLanguage, multiline: multiline,
                        excluding: ["when"])
                else { continue }
                alternatives.append(TextAlternative(condition: isLast ? nil : condition, text: text))
            }
            if items.isEmpty { file.report(node, "\(context) is an empty list; give at least one text") }
            guard let fallback = alternatives.last(where: { $0.condition == nil }) else { return (nil, []) }
            return (fallback.text, alternatives)
        }

        private func validation(from node: Node, in file: YAMLFile, context: String) -> Validation? {
            let allowed: Set<String> = ["min", "max", "minLength", "maxLength", "pattern", "message"]
            guard let fields = file.mapping(node, context: "\(context) validation", allowed: allowed) else {
                return nil
            }
            let pattern = file.string(fields["pattern"], context: "\(context) pattern")
            let maxLength = file.integer(fields["maxLength"], context: "\(context) maxLength")
            if let pattern {
                if (try? Regex(pattern)) == nil {
                    file.report(fields["pattern"], "\(context): the pattern is not a valid regular expression")
                } else if let refusal = SafePattern.refusal(for: pattern) {
                    file.report(fields["pattern"], "\(context): \(refusal.message)")
                }
                if let maxLength, maxLength > SafePattern.maximumAnswerLength {
                    file.report(
                        fields["maxLength"],
                        "\(context): an answer checked against a pattern can have at most "
                            + "\(SafePattern.maximumAnswerLength) characters; lower maxLength or remove the pattern")
                }
            }
            return Validation(
                minimum: file.number(fields["min"], context: "\(context) min"),
                maximum: file.number(fields["max"], context: "\(context) max"),
                minLength: file.integer(fields["minLength"], context: "\(context) minLength"),
                maxLength: maxLength,
                pattern: pattern,
                message: file.localized(
                    fields["message"], context: "\(context) message", defaultLanguage: defaultLanguage))
        }

        private func defaultValue(
            from node: Node, kind: QuestionKind, choices: Vocabulary?, in file: YAMLFile, context: String
        ) -> AnswerValue? {
            let value: AnswerValue?
            switch kind {
            case .yesNo: value = file.bool(node, context: "\(context) default").map { .flag($0) }
            case .number, .year: value = file.number(node, context: "\(context) default").map { .number($0) }
            case .multipleChoice, .list:
                value = file.sequence(node, context: "\(context) default").map { .texts($0.compactMap(\.string)) }
            case .swoc:
                file.report(node, "\(context): a swoc question cannot have a default")
                value = nil
            default: value = file.string(node, context: "\(context) default").map { .text($0) }
            }
            if let choices, let value {
                let ids: [String]
                switch value {
                case .text(let id): ids = [id]
                case .texts(let list): ids = list
                default: ids = []
                }
                for id in ids where choices.choice(id: id) == nil {
                    file.report(node, "\(context): the default \"\(id)\" is not a choice id of \"\(choices.name)\"")
                }
            }
            return value
        }

        /// Checks that need every step: conditions naming unknown or later
        /// questions, whether on a question, on one of its prompt or help
        /// alternatives, or on a choice of a vocabulary it offers (checked for
        /// every question offering it); and pre-fills naming unknown, later or
        /// unfitting questions.
        private mutating func checkQuestionsAcrossSteps(_ steps: [Step]) {
            var seen: Set<String> = []
            var earlier: [String: Question] = [:]
            let all = Set(steps.flatMap { $0.questions.map(\.id) })
            var reported: Set<String> = []
            for question in steps.flatMap(\.questions) {
                if let message = PrefillReader.problem(for: question, earlier: earlier, all: all) {
                    let place = prefillLines[question.id]
                    problems.append(QuestionnaireProblem(file: place?.file ?? "", line: place?.line, message: message))
                }
                var placed: [PlacedCondition] = []
                if let condition = question.condition {
                    let place = conditionLines[question.id]
                    placed.append(
                        PlacedCondition(
                            condition: condition, file: place?.file ?? "", line: place?.line,
                            what: "question \"\(question.id)\""))
                }
                placed += alternativeConditions[question.id] ?? []
                let vocabularies = [question.choices, question.areas, question.actors, question.obstacles]
                for name in vocabularies.compactMap({ $0?.name }) {
                    placed += (choiceConditions[name] ?? []).map {
                        var choice = $0
                        choice.what += " (offered by question \"\(question.id)\")"
                        return choice
                    }
                }
                for item in placed {
                    for reference in item.condition.referencedQuestions {
                        let message: String
                        if !all.contains(reference) {
                            message =
                                "\(item.what): the condition names a question \"\(reference)\" that does not exist"
                        } else if !seen.contains(reference) {
                            message =
                                "\(item.what): the condition names \"\(reference)\", which is asked later; "
                                + "a condition can only look at earlier answers"
                        } else {
                            continue
                        }
                        let problem = QuestionnaireProblem(file: item.file, line: item.line, message: message)
                        if reported.insert(problem.description).inserted { problems.append(problem) }
                    }
                }
                seen.insert(question.id)
                earlier[question.id] = earlier[question.id] ?? question
            }
        }
    }
}

/// A condition read from a file, with where it was written and what it belongs to.
private struct PlacedCondition {
    var condition: Condition
    var file: String
    var line: Int?
    var what: String
}
