import Yams

/// Reading `rules/agreement-clauses.yaml`, named by the manifest's optional
/// `agreementClauses` entry. Every problem is reported with its file and
/// line, as for the other rule files: an unknown detail in a text, a clause
/// or title missing one of the file's `languages`, a clause without the
/// report section it follows (`source`), an unknown agreement type, a slot
/// without the words of its blank.
extension RuleFilesReader {
    static let clauseFileKeys: Set<String> = [
        "languages", "words", "blanks", "titles", "clauses", "leave-out-activities",
    ]
    static let clauseKeys: Set<String> = ["id", "types", "source", "heading", "text", "lawyers"]

    /// `.none` when the manifest names no clause file.
    mutating func readAgreementClauses(_ manifest: YAMLMapping, manifestFile: YAMLFile) -> AgreementClauses {
        guard let entry = manifest["agreementClauses"],
            let fileName = manifestFile.string(entry, context: "agreementClauses")
        else { return .none }
        let (file, parsedRoot) = parsed.file(fileName)
        defer { collect(file) }
        guard let root = parsedRoot, let fields = file.mapping(root, context: fileName, allowed: Self.clauseFileKeys)
        else { return .none }
        var reading = ClauseFileReading(file: file, defaultLanguage: defaultLanguage)
        reading.languages = (file.sequence(fields["languages"], context: "languages") ?? [])
            .compactMap { file.string($0, context: "languages") }
        if reading.languages.isEmpty {
            file.report(root, "\(fileName) needs `languages: [en, zh]`: the languages every clause is written in")
            return .none
        }
        var words: [String: [String: String]] = [:]
        let wordNames = AgreementClauses.wordNames(languages: reading.languages)
        if let node = fields["words"], let mapping = file.mapping(node, context: "words", allowed: Set(wordNames)) {
            for name in wordNames {
                guard let text = mapping[name] else {
                    file.report(node, "words needs `\(name)`")
                    continue
                }
                words[name] = reading.texts(text, context: "the word \(name)")
            }
        } else {
            file.report(root, "\(fileName) needs `words:` with \(wordNames.joined(separator: ", "))")
        }
        var blanks: [AgreementSlot: [String: String]] = [:]
        let slotNames = Set(AgreementSlot.allCases.map(\.rawValue))
        if let node = fields["blanks"], let mapping = file.mapping(node, context: "blanks", allowed: slotNames) {
            for slot in AgreementSlot.allCases {
                guard let text = mapping[slot.rawValue] else {
                    file.report(node, "blanks needs `\(slot.rawValue)`: the words in its blank, [____ …]")
                    continue
                }
                blanks[slot] = reading.texts(text, context: "the blank \(slot.rawValue)")
            }
        } else {
            file.report(root, "\(fileName) needs `blanks:`, the words of each detail's blank")
        }
        var titles: [AgreementType: [String: ClauseTemplate]] = [:]
        let typeNames = Set(AgreementType.allCases.map(\.rawValue))
        if let node = fields["titles"], let mapping = file.mapping(node, context: "titles", allowed: typeNames) {
            for type in AgreementType.allCases {
                guard let text = mapping[type.rawValue] else {
                    file.report(node, "titles needs `\(type.rawValue)`")
                    continue
                }
                titles[type] = reading.templates(text, context: "the title of \(type.rawValue)")
            }
        } else {
            file.report(
                root,
                "\(fileName) needs `titles:`, one for each of \(AgreementType.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        let clauses = (file.sequence(fields["clauses"], context: "clauses") ?? []).compactMap { reading.clause($0) }
        for type in AgreementType.allCases where !clauses.contains(where: { $0.types.contains(type) }) {
            file.report(root, "no clause is for \(type.rawValue): give at least one clause `types: [\(type.rawValue)]`")
        }
        checkUniqueIDs(clauses.map { ($0.id, $0.file, $0.line) })
        let activities = declaredActivityIDs(manifest)
        var leftOut = Set<String>()
        for item in file.sequence(fields["leave-out-activities"], context: "leave-out-activities") ?? [] {
            guard let id = file.string(item, context: "leave-out-activities") else { continue }
            if activities.contains(id) {
                leftOut.insert(id)
            } else {
                file.report(item, "leave-out-activities: \"\(id)\" is not an activity of the catalogue")
            }
        }
        var result = AgreementClauses(
            languages: reading.languages, titles: titles, clauses: clauses, blanks: blanks, words: words)
        result.leftOutActivities = leftOut
        return result
    }
}

extension RuleFilesReader {
    /// The ids the activities file declares, broken entries included, so that
    /// an activity with a problem of its own is not reported again here.
    func declaredActivityIDs(_ manifest: YAMLMapping) -> Set<String> {
        guard let name = manifest["activities"]?.string, let root = parsed.file(name).root?.sequence else { return [] }
        return Set(root.compactMap { $0.mapping?["id"]?.string })
    }
}

/// The checks of one clause file's texts, against its `languages`.
struct ClauseFileReading {
    let file: YAMLFile
    let defaultLanguage: String
    var languages: [String] = []

    init(file: YAMLFile, defaultLanguage: String) {
        self.file = file
        self.defaultLanguage = defaultLanguage
    }

    /// The texts of a node, each of the file's languages required.
    func texts(_ node: Node, context: String) -> [String: String] {
        guard let texts = file.localized(node, context: context, defaultLanguage: defaultLanguage)?.texts else {
            return [:]
        }
        for language in languages where texts[language]?.trimmingWhitespace().isEmpty ?? true {
            file.report(node, "\(context) has no text in \(language), one of the file's languages")
        }
        return texts
    }

    func templates(_ node: Node, context: String) -> [String: ClauseTemplate] {
        var templates: [String: ClauseTemplate] = [:]
        for (language, text) in texts(node, context: context) {
            do {
                templates[language] = try ClauseTemplate(text)
            } catch {
                file.report(node, "\(context) (\(language)): \(error.message)")
            }
        }
        return templates
    }

    func clause(_ node: Node) -> AgreementClause? {
        guard let fields = file.mapping(node, context: "a clause", allowed: RuleFilesReader.clauseKeys) else {
            return nil
        }
        guard let id = file.string(fields["id"], context: "a clause's id"), isRuleID(id) else {
            file.report(node, "a clause needs an `id` of lowercase letters, digits and hyphens")
            return nil
        }
        let label = "clause \"\(id)\""
        var types = Set<AgreementType>()
        for item in file.sequence(fields["types"], context: "\(label) types") ?? [] {
            guard let name = file.string(item, context: "\(label) types") else { continue }
            if let type = AgreementType(rawValue: name) {
                types.insert(type)
            } else {
                let known = AgreementType.allCases.map(\.rawValue).joined(separator: ", ")
                file.report(item, "\(label): unknown agreement type \"\(name)\" (known: \(known))")
            }
        }
        if fields["types"] == nil { file.report(node, "\(label) needs `types:`, the agreements it is part of") }
        let source = file.string(fields["source"], context: "\(label) source") ?? ""
        if source.trimmingWhitespace().isEmpty {
            file.report(node, "\(label) needs a `source`: the report section or case study it follows")
        }
        guard let headingNode = fields["heading"] else {
            file.report(node, "\(label) heading is missing")
            return nil
        }
        guard let textNode = fields["text"] else {
            file.report(node, "\(label) text is missing")
            return nil
        }
        let lawyers = fields["lawyers"].flatMap { file.bool($0, context: "\(label) lawyers") } ?? false
        return AgreementClause(
            id: id, types: types, headings: texts(headingNode, context: "\(label) heading"),
            texts: templates(textNode, context: "\(label) text"), source: source, lawyersDecide: lawyers,
            file: file.name, line: node.mark?.line)
    }
}
