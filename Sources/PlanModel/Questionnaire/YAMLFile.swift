import Yams

/// A parsed YAML file and the problems found in it, with helpers that read the
/// node tree while remembering line numbers for messages.
final class YAMLFile {
    let name: String
    private(set) var problems: [QuestionnaireProblem] = []

    init(name: String) {
        self.name = name
    }

    /// Parses `text`; a syntax error becomes a problem at its line.
    func parse(_ text: String) -> Node? {
        do {
            guard let root = try Yams.compose(yaml: text, Self.resolver) else {
                report(nil, "the file is empty")
                return nil
            }
            return root
        } catch let error as YamlError {
            problems.append(Self.problem(from: error, file: name))
            return nil
        } catch {
            report(nil, "cannot be read as YAML: \(error)")
            return nil
        }
    }

    /// Reads every value as text; `bool`, `integer` and `number` below read the
    /// few typed values themselves. Yams' default resolver runs a set of regular
    /// expressions on every value of every file, which was a large share of
    /// the wizard's start-up time.
    static let resolver = Resolver.basic

    /// `true`/`false` (and YAML 1.1's yes/no, on/off) in a plain scalar.
    static func boolValue(_ node: Node) -> Bool? {
        guard let scalar = node.scalar, scalar.style == .plain else { return nil }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    static func intValue(_ node: Node) -> Int? {
        guard let scalar = node.scalar, scalar.style == .plain else { return nil }
        return Int(scalar.string.replacingOccurrences(of: "_", with: ""))
    }

    static func doubleValue(_ node: Node) -> Double? {
        guard let scalar = node.scalar, scalar.style == .plain else { return nil }
        return intValue(node).map(Double.init) ?? Double(scalar.string).flatMap { $0.isFinite ? $0 : nil }
    }

    func report(_ node: Node?, _ message: String) {
        problems.append(QuestionnaireProblem(file: name, line: node?.mark?.line, message: message))
    }

    func report(line: Int?, _ message: String) {
        problems.append(QuestionnaireProblem(file: name, line: line, message: message))
    }

    /// The node as a mapping from string keys, reporting keys not in `allowed`.
    func mapping(_ node: Node?, context: String, allowed: Set<String>) -> YAMLMapping? {
        guard let node else { return nil }
        guard let mapping = node.mapping else {
            report(node, "\(context) should be a set of `key: value` lines")
            return nil
        }
        var entries: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string else {
                report(key, "\(context): a key must be a plain word")
                continue
            }
            if !allowed.contains(name) {
                let expected = allowed.sorted().joined(separator: ", ")
                report(key, "\(context): unknown key \"\(name)\" (expected one of: \(expected))")
                continue
            }
            entries[name] = value
        }
        return YAMLMapping(node: node, entries: entries)
    }

    func string(_ node: Node?, context: String) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            report(node, "\(context) should be a single value")
            return nil
        }
        return scalar.string
    }

    func integer(_ node: Node?, context: String) -> Int? {
        guard let node else { return nil }
        guard let value = Self.intValue(node) else {
            report(node, "\(context) should be a whole number")
            return nil
        }
        return value
    }

    func number(_ node: Node?, context: String) -> Double? {
        guard let node else { return nil }
        guard let value = Self.doubleValue(node) else {
            report(node, "\(context) should be a number")
            return nil
        }
        return value
    }

    func bool(_ node: Node?, context: String) -> Bool? {
        guard let node else { return nil }
        guard let value = Self.boolValue(node) else {
            report(node, "\(context) should be true or false")
            return nil
        }
        return value
    }

    func sequence(_ node: Node?, context: String) -> [Node]? {
        guard let node else { return nil }
        guard let sequence = node.sequence else {
            report(node, "\(context) should be a list (lines starting with \"- \")")
            return nil
        }
        return Array(sequence)
    }

    /// A text per language, or a plain string read as the default language.
    func localized(_ node: Node?, context: String, defaultLanguage: String) -> LocalizedText? {
        guard let node else { return nil }
        if let scalar = node.scalar {
            return LocalizedText([defaultLanguage: scalar.string])
        }
        guard let mapping = node.mapping else {
            report(node, "\(context) should be a text, or texts keyed by language (en: ...)")
            return nil
        }
        var texts: [String: String] = [:]
        for (key, value) in mapping {
            guard let language = key.string, let text = value.scalar?.string else {
                report(key, "\(context): each line should be `language: text`")
                continue
            }
            texts[language] = text
        }
        if texts.isEmpty {
            report(node, "\(context) has no text")
            return nil
        }
        return LocalizedText(texts)
    }

    static func problem(from error: YamlError, file: String) -> QuestionnaireProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return QuestionnaireProblem(file: file, line: mark.line, message: "YAML error: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return QuestionnaireProblem(
                file: file, line: context.mark.line,
                message: "YAML error: the key(s) \(duplicates.joined(separator: ", ")) appear twice")
        default:
            return QuestionnaireProblem(file: file, line: nil, message: "YAML error: \(error)")
        }
    }
}

/// A YAML mapping whose keys have been checked, with the node kept for line numbers.
struct YAMLMapping {
    let node: Node
    let entries: [String: Node]

    subscript(key: String) -> Node? { entries[key] }
}
