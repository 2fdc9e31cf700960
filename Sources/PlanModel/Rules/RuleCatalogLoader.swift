import Foundation
import Yams

/// Reads the rule catalogue (`rules/manifest.yaml` and the files it names)
/// and checks it against the questionnaire it will run on. Either the whole
/// catalogue comes back or every problem does, each with its file and line,
/// as for the questionnaire. Rules that read a question the questionnaire
/// does not ask still load; those that can then never apply (activities,
/// health signs and warnings, see `UnaskedQuestions`) are named in
/// `RuleCatalog.unreachable`, so a facilitator who removes a question sees
/// which advice goes with it.
public struct RuleCatalogLoader: Sendable {
    public init() {}

    /// - Parameter parsed: the files already parsed (`ParsedRuleFiles`), as the
    ///   wizard does while the questionnaire loads; nil to read them here.
    public func load(directory: URL, questionnaire: Questionnaire, parsed: ParsedRuleFiles? = nil)
        throws(QuestionnaireError) -> RuleCatalog
    {
        var reader = RuleFilesReader(
            directory: directory, questionnaire: questionnaire,
            parsed: parsed ?? ParsedRuleFiles.parse(directory: directory))
        var catalog = reader.read()
        catalog?.textSites = reader.textSites
        if let catalog, reader.problems.isEmpty { return catalog }
        throw QuestionnaireError(problems: reader.problems)
    }
}

/// One load's reading of the rule files, collecting problems from all of them.
struct RuleFilesReader {
    let directory: URL
    let questionnaire: Questionnaire
    let parsed: ParsedRuleFiles
    var problems: [QuestionnaireProblem] = []
    var notes: [QuestionnaireProblem] = []
    /// Every text read, from every file, for the translation check.
    var textSites: [TextSite] = []
    var defaultLanguage = "en"

    init(directory: URL, questionnaire: Questionnaire, parsed: ParsedRuleFiles) {
        self.directory = directory
        self.questionnaire = questionnaire
        self.parsed = parsed
    }

    static let manifestKeys: Set<String> = [
        "defaultLanguage", "activities", "health", "warnings", "streams", "phrases", "agreements", "names",
        "milestones", "agreementClauses",
    ]

    mutating func read() -> RuleCatalog? {
        let (manifestFile, manifestRoot) = parsed.file("manifest.yaml")
        defer {
            problems.insert(contentsOf: manifestFile.problems, at: 0)
            textSites.insert(contentsOf: manifestFile.textSites, at: 0)
        }
        guard let root = manifestRoot,
            let manifest = manifestFile.mapping(root, context: "the rules manifest", allowed: Self.manifestKeys)
        else { return nil }
        defaultLanguage = manifestFile.string(manifest["defaultLanguage"], context: "defaultLanguage") ?? "en"
        func fileName(_ key: String) -> String? {
            guard let node = manifest[key] else {
                manifestFile.report(root, "the rules manifest needs `\(key): FILE.yaml`")
                return nil
            }
            return manifestFile.string(node, context: key)
        }
        let activities = fileName("activities").map { readList($0, reading: ActivityRuleReader.read) } ?? []
        let signals = fileName("health").map { readList($0, reading: HealthSignalReader.read) } ?? []
        let warnings = fileName("warnings").map { readList($0, reading: WarningRuleReader.read) } ?? []
        let streams = fileName("streams").map { readStreams($0) } ?? [:]
        let phrases = fileName("phrases").map { readPhrases($0) } ?? [:]
        let ladder = fileName("agreements").map { readLadder($0) } ?? [:]
        let names = fileName("names").map { readNames($0) } ?? .empty
        let milestones = readMilestones(manifest, manifestFile: manifestFile, activities: activities)
        checkUniqueIDs(activities.map { ($0.id, $0.file, $0.line) })
        checkUniqueIDs(signals.map { ($0.id, $0.file, $0.line) })
        checkUniqueIDs(warnings.map { ($0.id, $0.file, $0.line) })
        // Named only when the condition is false for every city: a rule that
        // merely mentions a missing question (`not lean`) may still apply.
        let unasked = UnaskedQuestions(questionnaire: questionnaire)
        let unreachable =
            activities.filter { unasked.neverHolds($0.condition) }.map(\.id)
            + signals.filter { unasked.neverHolds($0.condition) }.map(\.id)
            + warnings.filter { unasked.neverHolds($0.condition) }.map(\.id)
        var catalog = RuleCatalog(
            defaultLanguage: defaultLanguage, activities: activities, signals: signals, warnings: warnings,
            streams: streams, phrases: phrases, ladder: ladder, names: names, unreachable: unreachable, notes: notes)
        catalog.milestones = milestones
        catalog.agreementClauses = readAgreementClauses(manifest, manifestFile: manifestFile)
        return catalog
    }

    /// The context a list item's readers share.
    struct ItemContext {
        let file: YAMLFile
        let conditions: RuleConditionParser
        let questionnaire: Questionnaire
        let defaultLanguage: String

        /// - Parameter item: the rule the text belongs to, whose line a missing text is reported at.
        func template(_ node: Node?, context: String, at item: Node?, required: Bool = true) -> LocalizedTemplate? {
            guard let node else {
                if required { file.report(item, "\(context) is missing") }
                return nil
            }
            guard let texts = file.localized(node, context: context, defaultLanguage: defaultLanguage) else {
                return nil
            }
            var templates: [String: TextTemplate] = [:]
            for (language, text) in texts.texts {
                do {
                    templates[language] = try TextTemplate(text)
                } catch {
                    file.report(node, "\(context) (\(language)): \(error.message)")
                }
            }
            // A text that is there but broken was reported above, once.
            if texts.texts[defaultLanguage] == nil {
                file.report(node, "\(context) has no text in \(defaultLanguage), the catalogue's default language")
            }
            return LocalizedTemplate(templates: templates)
        }

        /// A rule's fields and its id, or nil (with the problem reported) when
        /// the entry is not a mapping of known keys or its id is not a rule id.
        func fields(of node: Node, kind: String, allowed: Set<String>) -> (fields: YAMLMapping, id: String)? {
            guard let fields = file.mapping(node, context: kind, allowed: allowed) else { return nil }
            guard let id = file.string(fields["id"], context: "\(kind)'s id"), isRuleID(id) else {
                file.report(node, "\(kind) needs an `id` of lowercase letters, digits and hyphens")
                return nil
            }
            return (fields, id)
        }

        func source(_ node: Node?, context: String, at item: Node) -> String {
            guard let text = file.string(node, context: "\(context) source"), !text.trimmingWhitespace().isEmpty
            else {
                file.report(item, "\(context) needs a `source`: the report section or case study it comes from")
                return ""
            }
            return text
        }
    }

    /// What a rule file's reading found, added to the load's: its problems,
    /// its notes and where its texts are (for the translation check).
    mutating func collect(_ file: YAMLFile) {
        problems.append(contentsOf: file.problems)
        textSites.append(contentsOf: file.textSites)
        notes.append(contentsOf: file.notes)
    }

    private mutating func readList<Rule>(
        _ fileName: String, reading: (Node, ItemContext) -> Rule?
    ) -> [Rule] {
        let (file, parsedRoot) = parsed.file(fileName)
        defer { collect(file) }
        guard let root = parsedRoot, let items = file.sequence(root, context: fileName) else {
            return []
        }
        let context = ItemContext(
            file: file, conditions: RuleConditionParser(questionnaire: questionnaire, file: file),
            questionnaire: questionnaire, defaultLanguage: defaultLanguage)
        return items.compactMap { reading($0, context) }
    }

    private mutating func readStreams(_ fileName: String) -> [String: ActivityStream] {
        let (file, parsedRoot) = parsed.file(fileName)
        defer { collect(file) }
        guard let root = parsedRoot,
            let fields = file.mapping(root, context: fileName, allowed: Set(ActivityStream.allCases.map(\.rawValue)))
        else { return [:] }
        var streams: [String: ActivityStream] = [:]
        for stream in ActivityStream.allCases {
            for node in file.sequence(fields[stream.rawValue], context: stream.rawValue) ?? [] {
                guard let area = file.string(node, context: stream.rawValue) else { continue }
                // An area the questionnaire does not offer (a facilitator removed it) is simply never ranked.
                if let earlier = streams[area] {
                    file.report(node, "\"\(area)\" is already in the \(earlier.rawValue) stream")
                }
                streams[area] = stream
            }
        }
        return streams
    }

    private mutating func readPhrases(_ fileName: String) -> [String: LocalizedTemplate] {
        let (file, parsedRoot) = parsed.file(fileName)
        defer { collect(file) }
        guard let root = parsedRoot,
            let fields = file.mapping(root, context: fileName, allowed: Planner.phraseNames)
        else { return [:] }
        let context = ItemContext(
            file: file, conditions: RuleConditionParser(questionnaire: questionnaire, file: file),
            questionnaire: questionnaire, defaultLanguage: defaultLanguage)
        var phrases: [String: LocalizedTemplate] = [:]
        for name in Planner.phraseNames {
            phrases[name] = context.template(fields[name], context: "the phrase \(name)", at: root)
        }
        return phrases
    }

    mutating func checkUniqueIDs(_ items: [(id: String, file: String, line: Int?)]) {
        var seen: [String: Int?] = [:]
        for item in items {
            if let first = seen[item.id] {
                problems.append(
                    QuestionnaireProblem(
                        file: item.file, line: item.line,
                        message:
                            "the rule id \"\(item.id)\" is used twice (first at line \(first.map(String.init) ?? "?"))"
                    ))
            } else {
                seen[item.id] = item.line
            }
        }
    }
}

/// Rule ids are like question ids: lowercase letters, digits and hyphens.
func isRuleID(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, first != "-" else { return false }
    return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
}
