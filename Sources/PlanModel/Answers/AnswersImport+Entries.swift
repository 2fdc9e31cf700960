import Yams

/// Reading one answer of a file: every entry of a list and every field of an
/// entry is checked, and all their problems are kept, so one pass over the
/// file finds them all (before, the first wrong field of a question hid the
/// rest, issue 13).
extension AnswersImport {
    /// An answer as read: its value when nothing is wrong with it, else every problem found.
    struct Reading {
        var value: AnswerValue?
        var problems: [Problem]
    }

    /// The answer `node` gives `question`; `offered` is the question resolved with the
    /// file's earlier answers (the choices offered to this city).
    func read(_ node: Node, for offered: Question, in question: Question, parser: AnswerParser) -> Reading {
        let id = question.id
        func failed(_ kind: Problem.Kind) -> Reading {
            Reading(value: nil, problems: [Problem(questionID: id, kind: kind)])
        }
        switch question.kind {
        case .list:
            guard let items = Self.items(node) else { return failed(.expectedTexts) }
            var texts: [String] = []
            var problems: [Problem] = []
            for item in items {
                guard let text = item.text else {
                    problems.append(Problem(questionID: id, entry: item.entry, kind: .expectedSingleValue))
                    continue
                }
                switch parser.parseEntry(text, for: question) {
                case .success(let text): if !text.isEmpty { texts.append(text) }
                case .failure(let problem):
                    problems.append(Problem(questionID: id, entry: item.entry, kind: .answer(problem)))
                }
            }
            return Reading(value: problems.isEmpty && !texts.isEmpty ? .texts(texts) : nil, problems: problems)
        case .multipleChoice:
            guard let items = Self.items(node) else { return failed(.expectedTexts) }
            guard let shown = offered.choices, let full = question.choices else {
                return read(scalarsOf: items, question: question, parser: parser)
            }
            let picked = choices(items, field: nil, offered: shown, full: full, id: id)
            return Reading(
                value: picked.problems.isEmpty && !picked.ids.isEmpty ? .texts(picked.ids) : nil,
                problems: picked.problems)
        case .singleChoice:
            guard let scalar = node.scalar else { return failed(.expectedSingleValue) }
            guard let shown = offered.choices, let full = question.choices else {
                return Self.reading(parser.parse(scalar.string, for: question), id: id)
            }
            let picked = choices(
                [Item(entry: nil, text: scalar.string)], field: nil, offered: shown, full: full,
                id: id, separated: false)
            return Reading(
                value: picked.problems.isEmpty ? picked.ids.first.map(AnswerValue.text) : nil,
                problems: picked.problems)
        case .swoc:
            guard let sequence = node.sequence else { return failed(.expectedEntries) }
            var entries: [SwocEntry] = []
            var problems: [Problem] = []
            for (index, item) in sequence.enumerated() {
                let read = entry(item, number: index + 1, for: offered, in: question, parser: parser)
                if let entry = read.entry { entries.append(entry) }
                problems += read.problems
            }
            // Counted on the file's entries, also those with other problems, so
            // this is reported with them rather than after they are fixed.
            let marked = sequence.filter { item in
                item.mapping?["priority"]?.scalar.flatMap { YAMLFile.boolValue(Node.scalar($0)) } == true
            }
            if let limit = question.priorities, marked.count > limit {
                problems.append(Problem(questionID: id, kind: .tooManyPriorities(limit: limit)))
            }
            return Reading(
                value: problems.isEmpty && !entries.isEmpty ? .swocEntries(entries) : nil,
                problems: problems)
        default:
            guard let scalar = node.scalar else { return failed(.expectedSingleValue) }
            return Self.reading(parser.parse(scalar.string, for: question), id: id)
        }
    }

    /// A multiple-choice question without a vocabulary takes what is written.
    private func read(scalarsOf items: [Item], question: Question, parser: AnswerParser) -> Reading {
        let texts = items.compactMap(\.text)
        return Self.reading(parser.parse(texts.joined(separator: ","), for: question), id: question.id)
    }

    private static func reading(_ result: Result<AnswerValue?, AnswerProblem>, id: String) -> Reading {
        switch result {
        case .success(let value): return Reading(value: value, problems: [])
        case .failure(.required): return Reading(value: nil, problems: [])
        case .failure(let problem):
            return Reading(value: nil, problems: [Problem(questionID: id, kind: .answer(problem))])
        }
    }

    // MARK: SWOC entries

    private static let entryKeys = ["text", "areas", "actor", "obstacles", "obstacle", "priority"]

    /// One SWOC entry, `number` counted from 1, with the problems of each of its fields.
    private func entry(_ node: Node, number: Int, for offered: Question, in question: Question, parser: AnswerParser)
        -> (entry: SwocEntry?, problems: [Problem])
    {
        let id = question.id
        func problem(_ kind: Problem.Kind, _ field: String? = nil) -> Problem {
            Problem(questionID: id, entry: number, field: field, kind: kind)
        }
        if let scalar = node.scalar {
            switch parser.parseEntry(scalar.string, for: question) {
            case .success(let text): return (guessed(SwocEntry(text: text), for: question), [])
            case .failure(let reason): return (nil, [problem(.answer(reason))])
            }
        }
        guard let mapping = node.mapping else { return (nil, [problem(.entryShape)]) }
        var problems: [Problem] = []
        let keys = mapping.keys.compactMap(\.string)
        for key in keys where !Self.entryKeys.contains(key) {
            let nearest = NearestName.to(key, among: Self.entryKeys)
            problems.append(problem(.unknownEntryKey(key, expected: Self.entryKeys, nearest: nearest), key))
        }
        if keys.contains("obstacle") && keys.contains("obstacles") { problems.append(problem(.obstacleAndObstacles)) }
        let obstacleKey = keys.contains("obstacles") ? "obstacles" : keys.contains("obstacle") ? "obstacle" : nil
        if question.obstacles == nil, let obstacleKey { problems.append(problem(.obstaclesNotTaken, obstacleKey)) }

        var text: String?
        if let scalar = mapping["text"]?.scalar {
            switch parser.parseEntry(scalar.string, for: question) {
            case .success(let parsed): text = parsed
            case .failure(let reason): problems.append(problem(.answer(reason), "text"))
            }
        } else {
            problems.append(problem(.entryShape))
        }
        let areas = tags(
            mapping["areas"], field: "areas", number: number, offered: offered.areas, full: question.areas, id: id)
        problems += areas.problems
        var actor: String?
        if let node = mapping["actor"], let shown = offered.actors, let full = question.actors {
            if let scalar = node.scalar {
                let picked = choices(
                    [Item(entry: number, text: scalar.string)], field: "actor", offered: shown, full: full, id: id,
                    separated: false)
                actor = picked.ids.first
                problems += picked.problems
            } else {
                problems.append(problem(.expectedSingleValue, "actor"))
            }
        }
        var obstacles = (ids: [String](), problems: [Problem]())
        if let obstacleKey, question.obstacles != nil {
            obstacles = tags(
                mapping[obstacleKey], field: obstacleKey, number: number, offered: offered.obstacles,
                full: question.obstacles, id: id)
            problems += obstacles.problems
            if obstacles.problems.isEmpty, obstacles.ids.count > 1, obstacles.ids.contains(AnswerParser.noObstacleID),
                let none = question.obstacles?.choice(id: AnswerParser.noObstacleID)
            {
                let label = none.label.text(in: language, fallback: questionnaire.defaultLanguage)
                problems.append(problem(.answer(.noneWithOtherObstacles(label: label)), obstacleKey))
            }
        }
        var isPriority = false
        if let node = mapping["priority"] {
            if question.priorities == nil {
                problems.append(problem(.prioritiesNotTaken, "priority"))
            } else if let flag = node.scalar.flatMap({ YAMLFile.boolValue(Node.scalar($0)) }) {
                isPriority = flag
            } else {
                problems.append(problem(.answer(.notYesNo(input: node.scalar?.string ?? "")), "priority"))
            }
        }
        guard problems.isEmpty, let text else { return (nil, problems) }
        var entry = SwocEntry(text: text, areas: areas.ids, actor: actor, obstacles: obstacles.ids)
        entry.isPriority = isPriority
        return (obstacleKey == nil ? guessed(entry, for: question) : entry, [])
    }

    /// The choices of a list field of an entry (`areas:`, `obstacles:`), as a list or one line.
    private func tags(
        _ node: Node?, field: String, number: Int, offered: Vocabulary?, full: Vocabulary?, id: String
    ) -> (ids: [String], problems: [Problem]) {
        guard let node, let offered, let full else { return ([], []) }
        guard let sequence = node.sequence ?? node.scalar.map({ _ in [node] }) else {
            return ([], [Problem(questionID: id, entry: number, field: field, kind: .expectedTexts)])
        }
        var items: [Item] = []
        var problems: [Problem] = []
        for item in sequence {
            if let text = item.scalar?.string {
                items.append(Item(entry: number, text: text))
            } else {
                problems.append(Problem(questionID: id, entry: number, field: field, kind: .expectedTexts))
            }
        }
        let picked = choices(items, field: field, offered: offered, full: full, id: id)
        return (picked.ids, problems + picked.problems)
    }

    /// An entry given without obstacle tags gets the guess from its words, as
    /// the wizard would have offered it, so that answers files written before
    /// tags existed still give tagged sessions. `obstacles: []` keeps it untagged.
    private func guessed(_ entry: SwocEntry, for question: Question) -> SwocEntry {
        guard let vocabulary = question.obstacles else { return entry }
        var entry = entry
        entry.obstacles = ObstacleGuesser(vocabulary: vocabulary, language: language).guess(entry.text)
        return entry
    }

    // MARK: Lists

    /// One item of a list as written: its place (counted from 1; nil for a value
    /// written on one line) and its text (nil when it is not a single value).
    struct Item {
        var entry: Int?
        var text: String?
    }

    /// A list's items, or a one-line value as a single item; nil for a mapping.
    static func items(_ node: Node) -> [Item]? {
        if let scalar = node.scalar { return [Item(entry: nil, text: scalar.string)] }
        guard let sequence = node.sequence else { return nil }
        return sequence.enumerated().map { Item(entry: $0.offset + 1, text: $0.element.scalar?.string) }
    }
}
