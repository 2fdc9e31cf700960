import Yams

/// Reading `rules/milestones.yaml`, named by the manifest's optional
/// `milestones` entry: one group per kind of milestone, each with its
/// placeholder day and the activities of that kind. Checked against the
/// activities just read, so a misspelt rule id is found at start-up, not as
/// a missing event in a city's calendar.
extension RuleFilesReader {
    static let milestoneKeys: Set<String> = ["day", "activities"]

    /// `.none` when the manifest names no milestones file.
    mutating func readMilestones(_ manifest: YAMLMapping, manifestFile: YAMLFile, activities: [ActivityRule])
        -> MilestoneRules
    {
        guard let entry = manifest["milestones"] else { return .none }
        guard let fileName = manifestFile.string(entry, context: "milestones") else { return .none }
        let (file, parsedRoot) = parsed.file(fileName)
        defer { collect(file) }
        let kindNames = Set(MilestoneKind.allCases.map(\.rawValue))
        guard let root = parsedRoot, let groups = file.mapping(root, context: fileName, allowed: kindNames) else {
            return .none
        }
        let known = Set(activities.map(\.id))
        var kinds: [String: MilestoneKind] = [:]
        var days: [MilestoneKind: MilestoneRules.Day] = [:]
        for kind in MilestoneKind.allCases {
            guard let node = groups[kind.rawValue] else {
                file.report(root, "\(fileName) needs the group `\(kind.rawValue)` with its `day`")
                continue
            }
            guard let fields = file.mapping(node, context: kind.rawValue, allowed: Self.milestoneKeys) else {
                continue
            }
            if let day = milestoneDay(fields["day"], kind: kind, at: node, in: file) { days[kind] = day }
            for item in file.sequence(fields["activities"], context: "\(kind.rawValue) activities") ?? [] {
                guard let id = file.string(item, context: "\(kind.rawValue) activities") else { continue }
                if !known.contains(id) {
                    file.report(item, "\(kind.rawValue): \"\(id)\" is not an activity of the catalogue")
                } else if let earlier = kinds[id] {
                    file.report(item, "\"\(id)\" is already a milestone of the kind \(earlier.rawValue)")
                } else {
                    kinds[id] = kind
                }
            }
        }
        return MilestoneRules(kinds: kinds, days: days)
    }

    /// A day written "MM-DD", e.g. "06-01" for 1 June.
    private func milestoneDay(_ node: Node?, kind: MilestoneKind, at group: Node, in file: YAMLFile)
        -> MilestoneRules.Day?
    {
        guard let node else {
            file.report(group, "\(kind.rawValue) needs a `day`, written \"MM-DD\" (e.g. \"06-01\" for 1 June)")
            return nil
        }
        guard let text = file.string(node, context: "\(kind.rawValue) day") else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let month = Int(parts[0]),
            let day = Int(parts[1]), let value = MilestoneRules.Day(month: month, day: day)
        else {
            file.report(
                node,
                "\(kind.rawValue) day \"\(text)\" is not a day of every year written \"MM-DD\" (e.g. \"06-01\"; not \"02-29\")"
            )
            return nil
        }
        return value
    }
}
