import Yams

/// Reading `rules/names.yaml` and `rules/agreements.yaml`: the names of what
/// the code counts in ids, and the agreement ladder's texts.
extension RuleFilesReader {
    static let nameGroups: Set<String> = [
        "streams", "characteristics", "costs", "agreements", "strategies", "general-words", "lists",
    ]

    mutating func readNames(_ fileName: String) -> CatalogNames {
        let (file, parsedRoot) = parsed.file(fileName)
        defer { collect(file) }
        guard let root = parsedRoot, let groups = file.mapping(root, context: fileName, allowed: Self.nameGroups)
        else { return .empty }
        let language = defaultLanguage
        /// Every id of `ids` named in the group, each in the default language.
        func group<ID: Hashable>(_ name: String, _ ids: [ID], key: (ID) -> String) -> [ID: LocalizedText] {
            guard let node = groups[name] else {
                file.report(root, "\(fileName) needs the group `\(name)`")
                return [:]
            }
            guard let fields = file.mapping(node, context: name, allowed: Set(ids.map(key))) else { return [:] }
            var result: [ID: LocalizedText] = [:]
            for id in ids {
                let context = "\(name) \(key(id))"
                guard let text = file.localized(fields[key(id)], context: context, defaultLanguage: language) else {
                    if fields[key(id)] == nil { file.report(node, "\(context) is missing") }
                    continue
                }
                if text.texts[language] == nil {
                    file.report(
                        fields[key(id)], "\(context) has no text in \(language), the catalogue's default language")
                }
                result[id] = text
            }
            return result
        }
        let lists = group("lists", CatalogNames.listFields) { $0 }
        for (language, more) in lists["more"]?.texts ?? [:] where !more.contains(ListStyle.countPlaceholder) {
            file.report(groups["lists"], "lists more (\(language)) must say where the count goes with {count}")
        }
        return CatalogNames(
            defaultLanguage: language,
            streams: group("streams", ActivityStream.allCases) { $0.rawValue },
            characteristics: group("characteristics", Characteristic.allCases) { $0.rawValue },
            costs: group("costs", CostLevel.allCases) { $0.rawValue },
            agreements: group("agreements", AgreementStage.allCases) { $0.id },
            strategies: group("strategies", TOWSStrategy.Kind.allCases) { $0.rawValue },
            generalWords: group("general-words", CatalogNames.slotsWithGeneralWords) { $0.rawValue },
            lists: lists)
    }

    static let ladderKeys: Set<String> = ["id", "text", "source"]

    /// Every `LadderText` once, with its source where it is a reason.
    mutating func readLadder(_ fileName: String) -> [LadderText: LadderEntry] {
        let (file, parsedRoot) = parsed.file(fileName)
        defer { collect(file) }
        guard let root = parsedRoot, let items = file.sequence(root, context: fileName) else { return [:] }
        let context = ItemContext(
            file: file, conditions: RuleConditionParser(questionnaire: questionnaire, file: file),
            questionnaire: questionnaire, defaultLanguage: defaultLanguage)
        var entries: [LadderText: LadderEntry] = [:]
        for node in items {
            guard let (fields, id) = context.fields(of: node, kind: "a ladder text", allowed: Self.ladderKeys) else {
                continue
            }
            guard let name = LadderText(rawValue: id) else {
                let known = LadderText.allCases.map(\.rawValue).joined(separator: ", ")
                file.report(node, "\"\(id)\" is not one of the ladder's texts (known: \(known))")
                continue
            }
            if entries[name] != nil {
                file.report(node, "the ladder text \"\(id)\" is given twice")
                continue
            }
            let label = "ladder text \"\(id)\""
            let source =
                name.isReason
                ? context.source(fields["source"], context: label, at: node)
                : (file.string(fields["source"], context: "\(label) source") ?? "")
            guard let text = context.template(fields["text"], context: "\(label) text", at: node) else { continue }
            entries[name] = LadderEntry(text: text, source: source)
        }
        for name in LadderText.allCases where entries[name] == nil {
            file.report(root, "the ladder text \"\(name.rawValue)\" is missing")
        }
        return entries
    }
}
