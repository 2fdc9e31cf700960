import PlanModel

/// The tags of one SWOC entry: its cooperation areas, the helix actor who
/// raised it and, for weaknesses and challenges, the kinds of obstacle.
/// Earlier tags (or, for obstacles, a guess from the entry's words) are put
/// on the line, so Enter keeps them.
struct EntryDetailsPrompt {
    let context: FlowContext
    let question: Question

    /// The details an entry can have.
    enum Detail: CaseIterable {
        case areas, actor, obstacles
    }

    enum Outcome {
        case done
        /// `:back` at a detail: to the entry's text.
        case backToEntry
        case leave(Navigation)
    }

    /// Asks each detail the question takes, of those in `asking`.
    /// `listChoices` (at a list's first entry) shows the names each detail
    /// accepts before its first prompt: in full the first time in the run,
    /// then as a one-line reminder, as `?` lists them again (issue 13).
    func run(
        on entry: inout SwocEntry, listChoices: Bool, asking: Set<Detail> = Set(Detail.allCases)
    ) -> Outcome {
        let words = context.words
        let shown = context.shown
        if let areas = question.areas, asking.contains(.areas) {
            let prefill = entry.areas.isEmpty ? nil : shown.labels(entry.areas, in: areas)
            switch ask(
                areas, intro: listChoices ? words.areasToTagWith : nil, reminder: words.areasReminder,
                key: "areas", prompt: words.areasPrompt, prefill: prefill,
                parse: { context.parser.parseAreas($0, for: question) })
            {
            case .value(let ids): entry.areas = ids
            case .backToEntry: return .backToEntry
            case .leave(let navigation): return .leave(navigation)
            }
        }
        if let actors = question.actors, asking.contains(.actor) {
            let prefill = entry.actor.map { context.formatter.label($0, in: actors) }
            switch ask(
                actors, intro: listChoices ? words.whoRaisedIt : nil, reminder: words.actorsReminder,
                key: "actor", prompt: words.raisedByPrompt, prefill: prefill,
                parse: { context.parser.parseActor($0, for: question) })
            {
            case .value(let actor): entry.actor = actor
            case .backToEntry: return .backToEntry
            case .leave(let navigation): return .leave(navigation)
            }
        }
        if let obstacles = question.obstacles, asking.contains(.obstacles) {
            switch ask(
                obstacles, intro: listChoices ? words.obstacleKindsIntro : nil, reminder: words.obstaclesReminder,
                key: "obstacles", prompt: words.obstaclePrompt,
                prefill: obstaclePrefill(for: entry, vocabulary: obstacles),
                parse: { context.parser.parseObstacles($0, for: question) })
            {
            case .value(let kinds): entry.obstacles = kinds
            case .backToEntry: return .backToEntry
            case .leave(let navigation): return .leave(navigation)
            }
        }
        return .done
    }

    /// `key` names the detail, so each tag's list is shown in full once per run.
    private func ask<Value>(
        _ vocabulary: Vocabulary, intro: String?, reminder: String, key: String, prompt: String, prefill: String?,
        parse: @escaping (String) -> Result<Value, AnswerProblem>
    ) -> DetailPrompt<Value>.Outcome {
        let labels = context.parser.matcher(vocabulary).labels
        if let intro {
            context.listOnce(labels, key: "\(key):\(vocabulary.name)", heading: intro, reminder: reminder)
        }
        return DetailPrompt(
            context: context, question: question, prompt: "  \(prompt)> ", prefill: prefill, completions: labels,
            parse: parse
        ).run()
    }

    /// What is put on the line for an entry's obstacle kinds: the tags it has
    /// (an entry revisited with :back or in a revival), or else the guess from
    /// its words. When the guess finds nothing the line stays empty rather
    /// than saying "None of these": Enter then leaves the entry untagged, and
    /// "None of these" is only stored when the team says so.
    private func obstaclePrefill(for entry: SwocEntry, vocabulary: Vocabulary) -> String? {
        let kinds =
            entry.obstacles.isEmpty
            ? ObstacleGuesser(vocabulary: vocabulary, language: context.engine.session.language).guess(entry.text)
            : entry.obstacles
        return kinds.isEmpty ? nil : context.shown.labels(kinds, in: vocabulary)
    }
}
