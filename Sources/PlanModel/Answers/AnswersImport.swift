import Foundation
import Yams

/// Fills a session from an answers file (YAML or JSON, keyed by question id)
/// without prompting. Every value goes through the same parser as typed
/// answers, and every problem is reported at once, by question id, so a
/// consultant can fix the file in one pass.
public struct AnswersImport: Sendable {
    public let questionnaire: Questionnaire
    public let language: String

    public init(questionnaire: Questionnaire, language: String) {
        self.questionnaire = questionnaire
        self.language = language
    }

    /// One thing wrong with an answers file, tied to a question id.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var questionID: String
        public var message: String
        /// Control characters quoted from the file (a key such as "\e[2J") are written
        /// out, so that printing a problem cannot act on the terminal.
        public var description: String { ControlCharacters.visible("\(questionID): \(message)") }
    }

    public struct Failure: Error, Sendable, Equatable {
        public var problems: [Problem]
    }

    public struct Outcome: Sendable {
        public var session: Session
        /// Answers that were read but not used, e.g. a partner's name when there is no partner.
        public var warnings: [Problem]
    }

    public func run(text: String, now: Date) throws(Failure) -> Outcome {
        let root: Node
        do {
            guard let node = try YAMLFile.compose(text) else {
                throw Failure(problems: [Problem(questionID: "(file)", message: "the file is empty")])
            }
            root = node
        } catch let failure as Failure {
            throw failure
        } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
            throw Failure(problems: [
                Problem(
                    questionID: "(file)",
                    message: "line \(context.mark.line): \(YAMLFile.duplicateKeysMessage(keys))")
            ])
        } catch {
            let line = (error as? YamlError).flatMap { YAMLFile.problem(from: $0, file: "").line }
            let place = line.map { " (line \($0))" } ?? ""
            throw Failure(problems: [
                Problem(questionID: "(file)", message: "cannot be read as YAML or JSON\(place)")
            ])
        }
        guard let mapping = root.mapping else {
            throw Failure(problems: [
                Problem(questionID: "(file)", message: "should map question ids to answers (`city-name: Rome`)")
            ])
        }
        var given: [String: Node] = [:]
        var problems: [Problem] = []
        for (key, value) in mapping {
            guard let id = key.string else { continue }
            if questionnaire.question(id: id) == nil {
                problems.append(Problem(questionID: id, message: "there is no question with this id"))
            } else {
                given[id] = value
            }
        }

        let parser = AnswerParser(language: language, fallbackLanguage: questionnaire.defaultLanguage)
        var engine = WizardEngine(
            questionnaire: questionnaire, session: Session(questionnaire: questionnaire, language: language, now: now))
        var warnings: [Problem] = []
        // In questionnaire order, so conditions see the answers they depend on.
        for question in questionnaire.questions {
            let node = given[question.id]
            guard engine.isAsked(question) else {
                if node != nil {
                    warnings.append(
                        Problem(
                            questionID: question.id,
                            message: "not used: this question is not asked given the other answers"))
                }
                continue
            }
            guard let node, !Self.isNull(node) else {
                if question.required {
                    problems.append(Problem(questionID: question.id, message: "an answer is required but missing"))
                }
                engine.finish(question.id, at: now)
                continue
            }
            // Only the choices offered given the file's earlier answers (a Chinese city's
            // funding sources for `city-side: chinese`), as the wizard would offer them.
            let offered = engine.resolved(question)
            switch value(node, for: offered, parser: parser) {
            case .success(let value):
                engine.record(value, for: question.id, at: now)
            case .failure(let problem):
                var message = problem.message
                if offered != question, case .success(let full) = value(node, for: question, parser: parser),
                    let reason = notOffered(full, by: offered, in: question)
                {
                    message = reason
                }
                problems.append(Problem(questionID: question.id, message: message))
            }
            engine.finish(question.id, at: now)
        }
        if !problems.isEmpty { throw Failure(problems: problems) }
        engine.complete(at: now)
        return Outcome(session: engine.session, warnings: warnings)
    }

    /// Why a value that names real choices is refused: some of them are offered
    /// only under a condition that the file's other answers do not meet.
    private func notOffered(_ value: AnswerValue?, by offered: Question, in question: Question) -> String? {
        var missing: [(Choice, Vocabulary)] = []
        func check(_ ids: [String], _ full: Vocabulary?, _ shown: Vocabulary?) {
            guard let full, let shown else { return }
            for id in ids where shown.choice(id: id) == nil {
                if let choice = full.choice(id: id), !missing.contains(where: { $0.0.id == id }) {
                    missing.append((choice, full))
                }
            }
        }
        switch value {
        case .text(let id): check([id], question.choices, offered.choices)
        case .texts(let ids): check(ids, question.choices, offered.choices)
        case .swocEntries(let entries):
            for entry in entries {
                check(entry.areas, question.areas, offered.areas)
                check(entry.actor.map { [$0] } ?? [], question.actors, offered.actors)
                check(entry.obstacles, question.obstacles, offered.obstacles)
            }
        default: break
        }
        guard let (choice, vocabulary) = missing.first, let condition = choice.condition else { return nil }
        let label = choice.label.text(in: language, fallback: questionnaire.defaultLanguage)
        return "\"\(label)\" (\(choice.id)) is offered only when \(condition.summary), and this file's answers "
            + "say otherwise; remove it, or choose from the list \"\(vocabulary.name)\" as offered for these answers"
    }

    private static func isNull(_ node: Node) -> Bool {
        node.scalar.map { $0.style == .plain && ["", "~", "null"].contains($0.string) } ?? false
    }

    private func value(_ node: Node, for question: Question, parser: AnswerParser) -> Result<
        AnswerValue?, AnswerProblem
    > {
        switch question.kind {
        case .list:
            return strings(node).flatMap { entries in
                collect(entries) { parser.parseEntry($0, for: question) }.map { $0.isEmpty ? nil : .texts($0) }
            }
        case .multipleChoice:
            if let scalar = node.scalar { return parser.parse(scalar.string, for: question) }
            return strings(node).flatMap { parser.parse($0.joined(separator: ","), for: question) }
        case .swoc:
            guard let sequence = node.sequence else { return .failure(.custom("expected a list of entries")) }
            var entries: [SwocEntry] = []
            for item in sequence {
                switch swocEntry(item, for: question, parser: parser) {
                case .success(let entry): entries.append(entry)
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success(entries.isEmpty ? nil : .swocEntries(entries))
        default:
            guard let scalar = node.scalar else { return .failure(.custom("expected a single value, not a list")) }
            return parser.parse(scalar.string, for: question)
        }
    }

    private func swocEntry(_ node: Node, for question: Question, parser: AnswerParser) -> Result<
        SwocEntry, AnswerProblem
    > {
        if let scalar = node.scalar {
            return parser.parseEntry(scalar.string, for: question).map { guessed(SwocEntry(text: $0), for: question) }
        }
        guard let mapping = node.mapping, let textNode = mapping["text"], let text = textNode.string else {
            return .failure(
                .custom("each entry is a text, or has `text:` with optional `areas:`, `actor:` and `obstacles:`"))
        }
        let keys = mapping.keys.compactMap(\.string)
        if let key = keys.first(where: { !Self.entryKeys.contains($0) }) {
            return .failure(
                .custom("unknown key \"\(key)\" in an entry (expected \(Self.entryKeys.joined(separator: ", ")))"))
        }
        if keys.contains("obstacle") && keys.contains("obstacles") {
            return .failure(
                .custom("an entry has both `obstacle:` and `obstacles:`; put all its kinds under `obstacles:`"))
        }
        if question.obstacles == nil && (keys.contains("obstacle") || keys.contains("obstacles")) {
            return .failure(
                .custom(
                    "the entries of this question are not tagged with kinds of obstacle (only weaknesses and "
                        + "challenges are); remove `obstacles:`"))
        }
        func list(_ node: Node?) -> String? {
            node.map { node in node.sequence.map { $0.compactMap(\.string).joined(separator: ",") } ?? node.string ?? ""
            }
        }
        return parser.parseEntry(text, for: question).flatMap { text in
            parser.parseAreas(list(mapping["areas"]) ?? "", for: question).flatMap { areas in
                parser.parseActor(mapping["actor"]?.string ?? "", for: question).flatMap { actor in
                    let given = list(mapping["obstacles"] ?? mapping["obstacle"])
                    return parser.parseObstacles(given ?? "", for: question).map { obstacles in
                        let entry = SwocEntry(text: text, areas: areas, actor: actor, obstacles: obstacles)
                        return given == nil ? guessed(entry, for: question) : entry
                    }
                }
            }
        }
    }

    private static let entryKeys = ["text", "areas", "actor", "obstacles", "obstacle"]

    /// An entry given without obstacle tags gets the guess from its words, as
    /// the wizard would have offered it, so that answers files written before
    /// tags existed still give tagged sessions. `obstacles: []` keeps it untagged.
    private func guessed(_ entry: SwocEntry, for question: Question) -> SwocEntry {
        guard let vocabulary = question.obstacles else { return entry }
        var entry = entry
        entry.obstacles = ObstacleGuesser(vocabulary: vocabulary, language: language).guess(entry.text)
        return entry
    }

    private func strings(_ node: Node) -> Result<[String], AnswerProblem> {
        if let scalar = node.scalar { return .success([scalar.string]) }
        guard let sequence = node.sequence else { return .failure(.custom("expected a list of texts")) }
        var items: [String] = []
        for item in sequence {
            guard let text = item.scalar?.string else { return .failure(.custom("expected a list of texts")) }
            items.append(text)
        }
        return .success(items)
    }

    private func collect(_ items: [String], _ parse: (String) -> Result<String, AnswerProblem>) -> Result<
        [String], AnswerProblem
    > {
        var parsed: [String] = []
        for item in items {
            switch parse(item) {
            case .success(let text): if !text.isEmpty { parsed.append(text) }
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(parsed)
    }
}
