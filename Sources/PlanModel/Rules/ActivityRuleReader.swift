import Yams

/// Reads one entry of `rules/activities.yaml` (fields documented in `rules/README.md`).
enum ActivityRuleReader {
    static let keys: Set<String> = [
        "id", "when", "for-each", "limit", "year", "later", "years", "stream", "lead", "follow-entries", "cost",
        "lean-cost",
        "characteristic", "answers", "source", "for-weakest", "title", "description", "indicator", "reason",
    ]

    static func read(_ node: Node, _ context: RuleFilesReader.ItemContext) -> ActivityRule? {
        let file = context.file
        guard let (fields, id) = context.fields(of: node, kind: "an activity", allowed: keys) else { return nil }
        let label = "activity \"\(id)\""
        let condition = fields["when"].flatMap { context.conditions.condition(from: $0, context: label) }
        let repetition = repetition(fields, file: file, label: label)
        let year = file.integer(fields["year"], context: "\(label) year") ?? 1
        if !(1...FiveYearPlanner.years).contains(year) {
            file.report(fields["year"], "\(label): the year is a plan year from 1 to \(FiveYearPlanner.years)")
        }
        var later: (condition: RuleCondition, year: Int)?
        if let node = fields["later"],
            let spec = file.mapping(node, context: "\(label) later", allowed: ["when", "year"])
        {
            let condition = spec["when"].flatMap { context.conditions.condition(from: $0, context: label) }
            let laterYear = file.integer(spec["year"], context: "\(label) later year") ?? year
            if let condition {
                later = (condition, laterYear)
            } else {
                file.report(node, "\(label): `later` needs `when` and `year`")
            }
        }
        let streamName = file.string(fields["stream"], context: "\(label) stream") ?? "area"
        let stream = ActivityStream(rawValue: streamName)
        if stream == nil && streamName != "area" {
            let known = ActivityStream.allCases.map(\.rawValue).joined(separator: ", ")
            file.report(
                fields["stream"], "\(label): unknown stream \"\(streamName)\" (expected area or one of: \(known))")
        }
        // An unknown stream is reported once, above, not also as `stream: area`.
        switch (stream, repetition) {
        case (nil, .rankedAreas), (nil, .businessInterest), (.some, _): break
        case (nil, _) where streamName != "area": break
        case (nil, _):
            file.report(node, "\(label): `stream: area` needs `for-each: ranked-areas` or `business-interest`")
        }
        let lead = file.string(fields["lead"], context: "\(label) lead") ?? ""
        let actors = context.questionnaire.vocabularies["helix-actors"]?.choices.map(\.id) ?? ActivityRule.helixActors
        if !actors.contains(lead) {
            file.report(
                fields["lead"] ?? node,
                "\(label): the lead must be one of the helix actors (\(actors.joined(separator: ", ")))")
        }
        let cost = costLevel(fields["cost"], file: file, label: label) ?? .low
        let leanCost = fields["lean-cost"].flatMap { costLevel($0, file: file, label: label) }
        let characteristicName = file.string(fields["characteristic"], context: "\(label) characteristic") ?? ""
        let characteristic = Characteristic(rawValue: characteristicName)
        if characteristic == nil {
            let known = Characteristic.allCases.map(\.rawValue).joined(separator: ", ")
            file.report(fields["characteristic"] ?? node, "\(label): the characteristic must be one of: \(known)")
        }
        let answers = self.answers(fields["answers"], context: context, label: label)
        let source = context.source(fields["source"], context: label, at: node)
        // Each text is read before any is required, so every missing one is reported.
        let title = context.template(fields["title"], context: "\(label) title", at: node)
        let description = context.template(fields["description"], context: "\(label) description", at: node)
        let indicator = context.template(fields["indicator"], context: "\(label) indicator", at: node)
        let reason = context.template(fields["reason"], context: "\(label) reason", at: node)
        guard let title, let description, let indicator, let reason, let characteristic
        else { return nil }
        return ActivityRule(
            id: id, condition: condition, repetition: repetition, year: year, later: later, stream: stream, lead: lead,
            followEntries: fields["follow-entries"].flatMap { file.bool($0, context: "\(label) follow-entries") }
                ?? false,
            cost: cost, leanCost: leanCost, characteristic: characteristic, answers: answers, source: source,
            forWeakest: fields["for-weakest"].flatMap { file.bool($0, context: "\(label) for-weakest") } ?? false,
            title: title, description: description, indicator: indicator, reason: reason, file: file.name,
            line: node.mark?.line)
    }

    private static func repetition(_ fields: YAMLMapping, file: YAMLFile, label: String) -> ActivityRule.Repetition {
        if let years = fields["years"], fields["for-each"] != nil {
            file.report(years, "\(label): give either `years` or `for-each`, not both")
        }
        if let years = fields["years"] {
            let list = (file.sequence(years, context: "\(label) years") ?? []).compactMap {
                file.integer($0, context: "\(label) years")
            }
            if list.isEmpty || list.contains(where: { !(1...FiveYearPlanner.years).contains($0) }) {
                file.report(years, "\(label): years are plan years from 1 to \(FiveYearPlanner.years)")
            }
            return .years(list)
        }
        guard let kind = file.string(fields["for-each"], context: "\(label) for-each") else { return .once }
        switch kind {
        case "ranked-areas":
            return .rankedAreas(
                limit: file.integer(fields["limit"], context: "\(label) limit") ?? FiveYearPlanner.areaActivities)
        case "anniversaries":
            return .anniversaries
        case "business-interest":
            return .businessInterest
        default:
            file.report(
                fields["for-each"],
                "\(label): for-each is ranked-areas, business-interest or anniversaries, not \"\(kind)\"")
            return .once
        }
    }

    private static func costLevel(_ node: Node?, file: YAMLFile, label: String) -> CostLevel? {
        guard let name = file.string(node, context: "\(label) cost") else { return nil }
        guard let level = CostLevel(rawValue: name) else {
            file.report(node, "\(label): the cost is low, medium or high, not \"\(name)\"")
            return nil
        }
        return level
    }

    private static func answers(
        _ node: Node?, context: RuleFilesReader.ItemContext, label: String
    ) -> ActivityRule.Answers {
        let file = context.file
        guard let node else { return .none }
        guard let fields = file.mapping(node, context: "\(label) answers", allowed: ["obstacle", "area"]) else {
            return .none
        }
        if let kind = file.string(fields["obstacle"], context: "\(label) answers obstacle") {
            let kinds =
                context.questionnaire.vocabularies["obstacle-kinds"]?.choices.map(\.id)
                ?? PlanFacts.builtInObstacleKinds
            if !kinds.contains(kind) {
                file.report(
                    fields["obstacle"],
                    "\(label): \"\(kind)\" is not an obstacle kind (\(kinds.joined(separator: ", ")))")
            }
            return .obstacle(kind)
        }
        if let list = fields["area"] {
            let quadrants = (file.sequence(list, context: "\(label) answers area") ?? []).compactMap { item in
                file.string(item, context: "\(label) answers area").flatMap { name in
                    let quadrant = SwocQuadrant(rawValue: name)
                    if quadrant == nil { file.report(item, "\(label): \"\(name)\" is not a SWOC quadrant") }
                    return quadrant
                }
            }
            return .area(quadrants)
        }
        return .none
    }
}
