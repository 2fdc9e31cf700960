import Foundation
import Yams

/// Fills a session from an answers file (YAML or JSON, keyed by question id)
/// without prompting. Every value goes through the same checks as typed
/// answers, and every problem is reported at once — each wrong entry and
/// field of a list too, and the answers to questions whose condition reads a
/// refused answer — by its place in the file (`strengths[2].actor`), so a
/// consultant can fix the file in one pass (issue 13).
///
/// Besides question ids the file may carry one key of its own, `language:`
/// (`languageKey`), naming the language its choice names and texts are
/// written in; the `template` command writes it.
public struct AnswersImport: Sendable {
    public let questionnaire: Questionnaire
    public let language: String

    public init(questionnaire: Questionnaire, language: String) {
        self.questionnaire = questionnaire
        self.language = language
    }

    /// The top-level key that names the file's language (not a question id).
    public static let languageKey = "language"

    public struct Failure: Error, Sendable, Equatable {
        public var problems: [Problem]
    }

    public struct Outcome: Sendable {
        public var session: Session
        /// Answers that were read but not used, e.g. a partner's name when there is no partner.
        public var warnings: [Problem]
    }

    public func run(text: String, now: Date) throws(Failure) -> Outcome {
        let mapping = try Self.topMapping(text)
        var given: [String: Node] = [:]
        var problems: [Problem] = []
        for (key, value) in mapping {
            guard let id = key.string else { continue }
            if isLanguageKey(id) {
                problems += languageProblems(value)
            } else if questionnaire.question(id: id) == nil {
                let nearest = NearestName.to(id, among: questionnaire.questions.map(\.id))
                problems.append(Problem(questionID: id, kind: .unknownQuestion(nearest: nearest)))
            } else {
                given[id] = value
            }
        }

        let parser = AnswerParser(language: language, fallbackLanguage: questionnaire.defaultLanguage)
        var engine = WizardEngine(
            questionnaire: questionnaire, session: Session(questionnaire: questionnaire, language: language, now: now))
        var warnings: [Problem] = []
        // Questions whose answer was refused, and those whose condition reads one: whether
        // they are asked cannot be known, so their answers are checked but nothing is
        // said about a missing one.
        var unsettled: Set<String> = []
        // In questionnaire order, so conditions see the answers they depend on.
        for question in questionnaire.questions {
            let node = given[question.id].flatMap { Self.isNull($0) ? nil : $0 }
            let uncertain = question.condition.map { !unsettled.isDisjoint(with: $0.referencedQuestions) } ?? false
            if uncertain {
                unsettled.insert(question.id)
                if let node {
                    problems += read(node, for: engine.resolved(question), in: question, parser: parser).problems
                }
                continue
            }
            guard engine.isAsked(question) else {
                if node != nil { warnings.append(Problem(questionID: question.id, kind: .notAsked)) }
                continue
            }
            // Only the choices offered given the file's earlier answers (a Chinese city's
            // funding sources for `city-side: chinese`), as the wizard would offer them.
            let reading = node.map { read($0, for: engine.resolved(question), in: question, parser: parser) }
            if let reading, !reading.problems.isEmpty {
                problems += reading.problems
                unsettled.insert(question.id)
            } else if let value = reading?.value {
                engine.record(value, for: question.id, at: now)
            } else if question.required {
                problems.append(Problem(questionID: question.id, kind: .requiredButMissing))
            }
            engine.finish(question.id, at: now)
        }
        if !problems.isEmpty { throw Failure(problems: problems) }
        engine.complete(at: now)
        return Outcome(session: engine.session, warnings: warnings)
    }

    /// The language the file says it is written in (`language: zh`), if it says
    /// one; nil too when the file cannot be read (its problems are reported by `run`).
    public static func declaredLanguage(in text: String) -> String? {
        guard let mapping = try? topMapping(text), let node = mapping[Node(languageKey)], let scalar = node.scalar
        else { return nil }
        let code = scalar.string.trimmingWhitespace()
        return code.isEmpty ? nil : code
    }

    /// `language:` is the file's own key unless the questionnaire asks a question of that id.
    private func isLanguageKey(_ key: String) -> Bool {
        key == Self.languageKey && questionnaire.question(id: key) == nil
    }

    private func languageProblems(_ node: Node) -> [Problem] {
        guard let scalar = node.scalar else {
            return [Problem(questionID: Self.languageKey, kind: .expectedSingleValue)]
        }
        let code = scalar.string.trimmingWhitespace()
        guard !code.isEmpty, code != language else { return [] }
        return [Problem(questionID: Self.languageKey, kind: .languageDiffers(file: code, session: language))]
    }

    /// The file's top mapping, or the one problem that stops it being read at all.
    static func topMapping(_ text: String) throws(Failure) -> Node.Mapping {
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
            throw Failure(problems: [Problem(questionID: Problem.wholeFile, kind: Self.syntaxProblem(error))])
        }
        guard let mapping = root.mapping else {
            throw Failure(problems: [Problem(questionID: Problem.wholeFile, kind: .notAMapping)])
        }
        return mapping
    }

    /// A syntax error with the parser's own reason and where it stopped.
    private static func syntaxProblem(_ error: any Error) -> Problem.Kind {
        switch error as? YamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // "while parsing a block mapping", where the parser began the part it could not finish.
            let during = context.map { " (\($0.text), line \($0.mark.line))" } ?? ""
            return .notYAML(line: mark.line, column: mark.column, reason: problem + during)
        case .reader(let problem, _, _, _):
            return .notYAML(line: nil, reason: problem)
        default:
            return .notYAML(line: nil)
        }
    }

    static func isNull(_ node: Node) -> Bool {
        node.scalar.map { $0.style == .plain && ["", "~", "null"].contains($0.string) } ?? false
    }
}
