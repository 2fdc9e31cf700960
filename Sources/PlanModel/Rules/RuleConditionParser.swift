import Yams

/// Reads a rule's `when:`: the questionnaire's grammar (`question:` …) and
/// named facts (`fact:` …), with `all`, `any` and `not` over both, checking
/// every choice id and fact value against the questionnaire.
struct RuleConditionParser {
    let questionnaire: Questionnaire
    let file: YAMLFile

    static let comparisonKeys: Set<String> = ["equals", "in", "includes", "at-least", "below"]

    func condition(from node: Node, context: String) -> RuleCondition? {
        guard let mapping = node.mapping else {
            file.report(node, "\(context): a condition should be a set of `key: value` lines")
            return nil
        }
        let keys = Set(mapping.keys.compactMap(\.string))
        if keys.contains("fact") { return fact(node, context: context) }
        if keys.contains("question") {
            guard let condition = ConditionParser.condition(from: node, in: file, context: context) else { return nil }
            checkChoices(condition, node: node, context: context)
            return .answers(condition)
        }
        let allowed: Set<String> = ["all", "any", "not"]
        guard let fields = file.mapping(node, context: "\(context) condition", allowed: allowed) else { return nil }
        if let list = fields["all"] ?? fields["any"] {
            let parts = (file.sequence(list, context: "\(context) condition") ?? []).compactMap {
                condition(from: $0, context: context)
            }
            return fields["all"] != nil ? .all(parts) : .any(parts)
        }
        if let inner = fields["not"] { return condition(from: inner, context: context).map { .not($0) } }
        file.report(node, "\(context): a condition needs `question`, `fact`, `all`, `any` or `not`")
        return nil
    }

    private func fact(_ node: Node, context: String) -> RuleCondition? {
        guard
            let fields = file.mapping(
                node, context: "\(context) condition", allowed: Self.comparisonKeys.union(["fact"]))
        else { return nil }
        guard let name = file.string(fields["fact"], context: "\(context) fact") else { return nil }
        guard let fact = PlanFact(rawValue: name) else {
            let known = PlanFact.allCases.map(\.rawValue).joined(separator: ", ")
            file.report(fields["fact"], "\(context): unknown fact \"\(name)\" (known: \(known))")
            return nil
        }
        let comparison: FactComparison
        if let value = fields["equals"] {
            comparison = .equals(file.string(value, context: "\(context) equals") ?? "")
        } else if let values = fields["in"] {
            comparison = .isOneOf(
                (file.sequence(values, context: "\(context) in") ?? []).compactMap {
                    file.string($0, context: "\(context) in")
                })
        } else if let value = fields["includes"] {
            comparison = .includes(file.string(value, context: "\(context) includes") ?? "")
        } else if let value = fields["at-least"] {
            comparison = .atLeast(file.string(value, context: "\(context) at-least") ?? "")
        } else if let value = fields["below"] {
            comparison = .below(file.string(value, context: "\(context) below") ?? "")
        } else {
            comparison = .isTrue
        }
        checkValues(of: fact, comparison, node: node, context: context)
        return .fact(fact, comparison)
    }

    /// The values a fact can take, for checking a rule file's comparisons.
    private func allowedValues(of fact: PlanFact) -> [String]? {
        switch fact {
        case .stage: return AgreementStage.allCases.map(\.id)
        case .nextAgreement, .thenAgreement: return AgreementStage.allCases.map(\.id) + ["none"]
        case .obstacles:
            return questionnaire.vocabularies["obstacle-kinds"]?.choices.map(\.id) ?? PlanFacts.builtInObstacleKinds
        case .areaStreams, .areaStream: return ActivityStream.allCases.map(\.rawValue)
        case .weakest: return Characteristic.allCases.map(\.rawValue)
        case .firstAgreementAge, .areaCount, .staff, .fundingSourceCount: return nil
        case .rankedAreas: return questionnaire.vocabularies["cooperation-areas"]?.choices.map(\.id) ?? []
        default: return []
        }
    }

    private func checkValues(of fact: PlanFact, _ comparison: FactComparison, node: Node, context: String) {
        let values: [String]
        switch comparison {
        case .isTrue: return
        case .equals(let value), .includes(let value), .atLeast(let value), .below(let value): values = [value]
        case .isOneOf(let list): values = list
        }
        guard let allowed = allowedValues(of: fact) else {
            for value in values where Int(value) == nil {
                file.report(node, "\(context): the fact \(fact.rawValue) is a number, not \"\(value)\"")
            }
            return
        }
        guard !allowed.isEmpty else {
            file.report(
                node, "\(context): the fact \(fact.rawValue) is a yes or no; write `fact: \(fact.rawValue)` alone")
            return
        }
        for value in values where !allowed.contains(value) {
            file.report(
                node,
                "\(context): the fact \(fact.rawValue) is never \"\(value)\" (expected one of: "
                    + "\(allowed.joined(separator: ", ")))")
        }
    }

    /// Every question named must be asked (else a note: the rule may be for
    /// another questionnaire), a value must be of the question's kind, and
    /// choice ids must be its choices.
    private func checkChoices(_ condition: Condition, node: Node, context: String) {
        for id in condition.referencedQuestions where questionnaire.question(id: id) == nil {
            file.note(node, "\(context) reads \"\(id)\", which this questionnaire does not ask")
        }
        checkKinds(condition, node: node, context: context)
        switch condition {
        case .equals(let id, .text(let value)): check([value], of: id, node: node, context: context)
        case .isOneOf(let id, let values):
            check(
                values.compactMap { if case .text(let text) = $0 { text } else { nil } }, of: id, node: node,
                context: context)
        case .includes(let id, let value): check([value], of: id, node: node, context: context)
        case .all(let conditions), .any(let conditions):
            for inner in conditions { checkChoices(inner, node: node, context: context) }
        case .not(let inner): checkChoices(inner, node: node, context: context)
        default: break
        }
    }

    /// `equals: maybe` on a yes-or-no question, or `equals:` on a list, would never hold.
    private func checkKinds(_ condition: Condition, node: Node, context: String) {
        func expected(_ kind: QuestionKind) -> String {
            switch kind {
            case .yesNo: "true or false"
            case .number, .year: "a number"
            case .multipleChoice, .list, .swoc: "`includes:` one of its items"
            default: "a text or a choice id"
            }
        }
        func fits(_ value: AnswerValue, _ kind: QuestionKind) -> Bool {
            switch (kind, value) {
            case (.yesNo, .flag), (.number, .number), (.year, .number): true
            case (.shortText, .text), (.longText, .text), (.singleChoice, .text), (.date, .text): true
            default: false
            }
        }
        switch condition {
        case .equals(let id, let value):
            guard let question = questionnaire.question(id: id), !fits(value, question.kind) else { return }
            file.report(
                node, "\(context): \"\(id)\" is never equal to that value; compare it with \(expected(question.kind))")
        case .isOneOf(let id, let values):
            guard let question = questionnaire.question(id: id), values.contains(where: { !fits($0, question.kind) })
            else { return }
            file.report(
                node, "\(context): \"\(id)\" is never one of those values; compare it with \(expected(question.kind))")
        case .includes(let id, _):
            guard let question = questionnaire.question(id: id),
                ![.multipleChoice, .list, .singleChoice].contains(question.kind)
            else { return }
            file.report(node, "\(context): `includes` is for lists; compare \"\(id)\" with \(expected(question.kind))")
        case .all(let conditions), .any(let conditions):
            for inner in conditions { checkKinds(inner, node: node, context: context) }
        case .not(let inner): checkKinds(inner, node: node, context: context)
        case .answered: break
        }
    }

    private func check(_ values: [String], of questionID: String, node: Node, context: String) {
        guard let question = questionnaire.question(id: questionID), let choices = question.choices else { return }
        let ids = Set(choices.choices.map(\.id))
        for value in values where !ids.contains(value) {
            file.report(node, "\(context): \"\(value)\" is not a choice of the question \"\(questionID)\"")
        }
    }
}
