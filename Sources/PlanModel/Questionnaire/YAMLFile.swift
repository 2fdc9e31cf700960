import Yams

/// A parsed YAML file and the problems found in it, with helpers that read the
/// node tree while remembering line numbers for messages.
final class YAMLFile {
    let name: String
    private(set) var problems: [QuestionnaireProblem] = []
    /// Things worth saying that do not stop a load (a rule reading a question
    /// the questionnaire does not ask), with their line.
    private(set) var notes: [QuestionnaireProblem] = []
    /// Every text read with `localized`, for the translation check.
    private(set) var textSites: [TextSite] = []

    init(name: String) {
        self.name = name
    }

    /// Parses `text`; a syntax error becomes a problem at its line.
    func parse(_ text: String) -> Node? {
        do {
            guard let root = try Self.compose(text) else {
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

    /// Parses YAML (or JSON) text into nodes. A byte-order mark at the start, which
    /// some Windows editors write, is not part of the text: YAML allows it, and
    /// without this Yams refused such a file while accepting the same file as JSON.
    static func compose(_ text: String) throws -> Node? {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text = String(text.unicodeScalars.dropFirst()) }
        return try Yams.compose(yaml: text, resolver)
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

    func note(_ node: Node?, _ message: String) {
        notes.append(QuestionnaireProblem(file: name, line: node?.mark?.line, message: message))
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
        return checked(scalar.string, at: node, context: context, multiline: false)
    }

    /// `text` as read, with the line break that ends a `|` or `>` block removed
    /// from a one-line text; a control character, or a line break inside a
    /// one-line text, is a problem at the text's line. Such characters cannot be
    /// typed by accident (YAML only makes them from escapes like "\e" or "\r"), and
    /// cleaning them away silently would hide what a shared file tried to do.
    func checked(_ text: String, at node: Node, context: String, multiline: Bool) -> String {
        var text = text
        if !multiline {
            while text.unicodeScalars.last == "\n" { text.unicodeScalars.removeLast() }
        }
        if let scalar = ControlCharacters.firstForbidden(in: text, allowLineBreaks: multiline) {
            if scalar == "\n" {
                report(node, "\(context) must be one line but has a line break; put it on one line")
            } else {
                let advice =
                    multiline
                    ? "write line breaks as new lines (for example in a `|` block), and nothing else invisible"
                    : "remove it"
                report(
                    node,
                    "\(context) contains \(ControlCharacters.name(of: scalar)), an invisible control character "
                        + "that would garble the screen and the documents; \(advice)")
            }
        }
        return text
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
    /// - Parameter multiline: true for texts that may run over several lines (help, intro).
    /// - Parameter excluding: keys of the mapping that are not languages (`when` of a text alternative).
    func localized(
        _ node: Node?, context: String, defaultLanguage: String, multiline: Bool = false,
        excluding: Set<String> = []
    ) -> LocalizedText? {
        guard let node else { return nil }
        if let scalar = node.scalar {
            textSites.append(
                TextSite(file: name, line: node.mark?.line, context: context, languages: [defaultLanguage]))
            return LocalizedText([
                defaultLanguage: checked(scalar.string, at: node, context: context, multiline: multiline)
            ])
        }
        guard let mapping = node.mapping else {
            report(node, "\(context) should be a text, or texts keyed by language (en: ...)")
            return nil
        }
        var texts: [String: String] = [:]
        for (key, value) in mapping where !excluding.contains(key.string ?? "") {
            guard let language = key.string, let text = value.scalar?.string else {
                report(key, "\(context): each line should be `language: text`")
                continue
            }
            let checkedLanguage = checked(language, at: key, context: "\(context): a language code", multiline: false)
            texts[checkedLanguage] = checked(text, at: value, context: context, multiline: multiline)
        }
        if texts.isEmpty {
            report(node, "\(context) has no text")
            return nil
        }
        textSites.append(TextSite(file: name, line: node.mark?.line, context: context, languages: Set(texts.keys)))
        return LocalizedText(texts)
    }

    static func problem(from error: YamlError, file: String) -> QuestionnaireProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return QuestionnaireProblem(file: file, line: mark.line, message: "YAML error: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return QuestionnaireProblem(file: file, line: context.mark.line, message: duplicateKeysMessage(duplicates))
        default:
            return QuestionnaireProblem(file: file, line: nil, message: "YAML error: \(error)")
        }
    }
}

extension YAMLFile {
    /// Names the keys given twice; Yams reports the line of the first one.
    static func duplicateKeysMessage(_ keys: [String]) -> String {
        let names = keys.map { "\"\($0)\"" }.joined(separator: ", ")
        let what = keys.count == 1 ? "the key \(names) is" : "the keys \(names) are"
        return "\(what) given twice in the same block (first at this line); keep only one"
    }
}

/// A YAML mapping whose keys have been checked, with the node kept for line numbers.
struct YAMLMapping {
    let node: Node
    let entries: [String: Node]

    subscript(key: String) -> Node? { entries[key] }
}
