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

    /// One thing wrong with an answers file, tied to a question id (or to
    /// `Problem.wholeFile`), as a typed value: `ProblemMessages` words it in
    /// each language the program speaks.
    public struct Problem: Sendable, Equatable {
        /// The question id, as written in the file; `wholeFile` for the file as a whole.
        public var questionID: String
        public var kind: Kind

        public init(questionID: String, kind: Kind) {
            self.questionID = questionID
            self.kind = kind
        }

        /// Stands for the file as a whole where a question id would be.
        public static let wholeFile = "(file)"

        /// What is wrong.
        public enum Kind: Error, Sendable, Equatable {
            case emptyFile
            /// Keys given twice in one block; `line` is the first one's.
            case duplicateKeys(line: Int, keys: [String])
            case notYAML(line: Int?)
            /// The top of the file is not `question-id: answer` lines.
            case notAMapping
            case unknownQuestion
            case requiredButMissing
            /// A warning: the question is not asked given the other answers, so its answer is left out.
            case notAsked
            /// The answer itself, as the wizard would refuse it typed.
            case answer(AnswerProblem)
            case expectedEntries
            case expectedSingleValue
            case expectedTexts
            /// An entry that is neither a text nor a mapping with `text:`.
            case entryShape
            case unknownEntryKey(String, expected: [String])
            case obstacleAndObstacles
            /// `obstacles:` on an entry of a question whose entries take none.
            case obstaclesNotTaken
            /// A choice offered only under a condition (`condition`, as the loader
            /// summarises it) that the file's other answers do not meet.
            /// A choice offered only when a condition on other answers holds
            /// (`condition` as the files write it, `dependsOn` the questions it reads).
            case notOffered(
                label: String, choiceID: String, condition: String, dependsOn: [String], vocabulary: String)
        }
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
                throw Failure(problems: [Problem(questionID: Problem.wholeFile, kind: .emptyFile)])
            }
            root = node
        } catch let failure as Failure {
            throw failure
        } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
            throw Failure(problems: [
                Problem(questionID: Problem.wholeFile, kind: .duplicateKeys(line: context.mark.line, keys: keys))
            ])
        } catch {
            let line = (error as? YamlError).flatMap { YAMLFile.problem(from: $0, file: "").line }
            throw Failure(problems: [Problem(questionID: Problem.wholeFile, kind: .notYAML(line: line))])
        }
        guard let mapping = root.mapping else {
            throw Failure(problems: [Problem(questionID: Problem.wholeFile, kind: .notAMapping)])
        }
        var given: [String: Node] = [:]
        var problems: [Problem] = []
        for (key, value) in mapping {
            guard let id = key.string else { continue }
            if questionnaire.question(id: id) == nil {
                problems.append(Problem(questionID: id, kind: .unknownQuestion))
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
                    warnings.append(Problem(questionID: question.id, kind: .notAsked))
                }
                continue
            }
            guard let node, !Self.isNull(node) else {
                if question.required {
                    problems.append(Problem(questionID: question.id, kind: .requiredButMissing))
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
                var kind = problem
                if offered != question, case .success(let full) = value(node, for: question, parser: parser),
                    let reason = notOffered(full, by: offered, in: question)
                {
                    kind = reason
                }
                problems.append(Problem(questionID: question.id, kind: kind))
            }
            engine.finish(question.id, at: now)
        }
        if !problems.isEmpty { throw Failure(problems: problems) }
        engine.complete(at: now)
        return Outcome(session: engine.session, warnings: warnings)
    }

    /// Why a value that names real choices is refused: some of them are offered
    /// only under a condition that the file's other answers do not meet.
    private func notOffered(_ value: AnswerValue?, by offered: Question, in question: Question) -> Problem.Kind? {
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
        return .notOffered(
            label: label, choiceID: choice.id, condition: condition.summary, dependsOn: condition.referencedQuestions,
            vocabulary: vocabulary.name)
    }

    private static func isNull(_ node: Node) -> Bool {
        node.scalar.map { $0.style == .plain && ["", "~", "null"].contains($0.string) } ?? false
    }

    private func value(_ node: Node, for question: Question, parser: AnswerParser) -> Result<
        AnswerValue?, Problem.Kind
    > {
        switch question.kind {
        case .list:
            return strings(node).flatMap { entries in
                collect(entries) { parser.parseEntry($0, for: question) }.map { $0.isEmpty ? nil : .texts($0) }
            }
        case .multipleChoice:
            if let scalar = node.scalar {
                return parser.parse(scalar.string, for: question).mapError(Problem.Kind.answer)
            }
            return strings(node).flatMap {
                parser.parse($0.joined(separator: ","), for: question).mapError(Problem.Kind.answer)
            }
        case .swoc:
            guard let sequence = node.sequence else { return .failure(.expectedEntries) }
            var entries: [SwocEntry] = []
            for item in sequence {
                switch swocEntry(item, for: question, parser: parser) {
                case .success(let entry): entries.append(entry)
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success(entries.isEmpty ? nil : .swocEntries(entries))
        default:
            guard let scalar = node.scalar else { return .failure(.expectedSingleValue) }
            return parser.parse(scalar.string, for: question).mapError(Problem.Kind.answer)
        }
    }

    private func swocEntry(_ node: Node, for question: Question, parser: AnswerParser) -> Result<
        SwocEntry, Problem.Kind
    > {
        if let scalar = node.scalar {
            return parser.parseEntry(scalar.string, for: question).map { guessed(SwocEntry(text: $0), for: question) }
                .mapError(Problem.Kind.answer)
        }
        guard let mapping = node.mapping, let textNode = mapping["text"], let text = textNode.string else {
            return .failure(.entryShape)
        }
        let keys = mapping.keys.compactMap(\.string)
        if let key = keys.first(where: { !Self.entryKeys.contains($0) }) {
            return .failure(.unknownEntryKey(key, expected: Self.entryKeys))
        }
        if keys.contains("obstacle") && keys.contains("obstacles") {
            return .failure(.obstacleAndObstacles)
        }
        if question.obstacles == nil && (keys.contains("obstacle") || keys.contains("obstacles")) {
            return .failure(.obstaclesNotTaken)
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
        }.mapError(Problem.Kind.answer)
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

    private func strings(_ node: Node) -> Result<[String], Problem.Kind> {
        if let scalar = node.scalar { return .success([scalar.string]) }
        guard let sequence = node.sequence else { return .failure(.expectedTexts) }
        var items: [String] = []
        for item in sequence {
            guard let text = item.scalar?.string else { return .failure(.expectedTexts) }
            items.append(text)
        }
        return .success(items)
    }

    private func collect(_ items: [String], _ parse: (String) -> Result<String, AnswerProblem>) -> Result<
        [String], Problem.Kind
    > {
        var parsed: [String] = []
        for item in items {
            switch parse(item) {
            case .success(let text): if !text.isEmpty { parsed.append(text) }
            case .failure(let problem): return .failure(.answer(problem))
            }
        }
        return .success(parsed)
    }
}
