import PlanModel

/// A list or a SWOC quadrant, one entry per line.
///
/// Earlier entries (from `:back`, a resumed session or a revival) come first,
/// each on the line ready to edit: Enter keeps it with its tags in one key
/// press, an edited text is asked its tags again (the old ones on the line),
/// a cleared line or `:drop` removes it and says which, `:back` returns to the
/// entry before, and `:keep` keeps it and all the rest so the team can go
/// straight to new entries (issue 13). New entries follow until an empty
/// line; a SWOC quadrant then asks which entries matter most
/// (`PriorityPrompt`). The list is saved after every entry and before
/// leaving it any way.
struct EntryListPrompt {
    let context: FlowContext
    let question: Question

    /// The list being edited: entries dealt with, and earlier ones still to come.
    private final class State {
        var kept: [SwocEntry] = []
        var pending: [SwocEntry]
        /// Whether the names each tag accepts were listed in this visit.
        var choicesListed = false

        init(pending: [SwocEntry]) { self.pending = pending }
    }

    func run() -> Navigation {
        let words = context.words
        let state = State(pending: earlierEntries())
        if !state.pending.isEmpty {
            context.tell(
                words.earlierEntriesFirst(count: state.pending.count, tagged: question.kind == .swoc), indent: "  ")
        }
        while true {
            let editing = state.pending.first
            let input = context.terminal.readLine(
                prompt: words.entryPrompt(quadrant: question.quadrant, number: state.kept.count + 1) + "> ",
                prefill: editing?.text, completions: LineCommand.names)
            switch input {
            case .interrupted:
                commit(state)
                return .stop(.interrupted)
            case .endOfInput:
                commit(state)
                return .stop(.paused)
            case .line(let line):
                context.lastLineRefused = nil
                if let command = LineCommand(line, after: editing?.text) {
                    if let navigation = carryOut(command, state: state) { return navigation }
                    continue
                }
                switch context.parser.parseEntry(line, for: question) {
                case .failure(let problem):
                    context.refuse(problem, at: question)
                case .success(let text):
                    if let navigation = take(text, state: state) { return navigation }
                }
            }
        }
    }

    /// A command typed at an entry; nil to go on with the list.
    private func carryOut(_ command: LineCommand, state: State) -> Navigation? {
        let words = context.words
        switch command {
        case .clear:
            guard state.pending.first != nil else {
                context.tell(words.nothingToRemove)
                return nil
            }
            return removeEditedEntry(state)
        case .keep:
            guard !state.pending.isEmpty else {
                context.tell(words.nothingLeftToKeep)
                return nil
            }
            let count = state.pending.count
            state.kept += state.pending
            state.pending = []
            context.tell(words.keptTheRest(count: count), indent: "  ")
            return commit(state) ? nil : .stop(.paused)
        case .back where !state.kept.isEmpty:
            // To the entry before, which goes back on the line as it was.
            state.pending.insert(state.kept.removeLast(), at: 0)
            return commit(state) ? nil : .stop(.paused)
        default:
            commit(state)
            return LineCommandHandler(context: context).handle(command, at: question)
        }
    }

    /// An entry's text, accepted by the parser; nil to go on with the list.
    private func take(_ text: String, state: State) -> Navigation? {
        let editing = state.pending.first
        if text.isEmpty {
            if editing != nil { return removeEditedEntry(state) }
            if question.required && state.kept.isEmpty {
                context.refuse(.required, at: question)
                return nil
            }
            commit(state)
            if let limit = question.priorities, state.kept.count > 1 {
                switch PriorityPrompt(context: context, question: question, limit: limit).run(on: &state.kept) {
                case .done:
                    guard commit(state) else { return .stop(.paused) }
                case .backToList:
                    state.pending.insert(state.kept.removeLast(), at: 0)
                    return commit(state) ? nil : .stop(.paused)
                case .leave(let navigation):
                    return navigation
                }
            }
            return context.finish(question)
        }
        let isUnchanged = editing.map { [$0.text, TerminalText.line($0.text)].contains(text) } ?? false
        if var unchanged = editing, isUnchanged, missingDetails(of: unchanged).isEmpty {
            // Kept as it was, tags and all, with one key press (as shown on the line).
            unchanged.text = text
            state.pending.removeFirst()
            state.kept.append(unchanged)
            if question.kind == .swoc {
                context.terminal.say(context.words.entryKept(details: details(of: unchanged)))
            }
            return commit(state) ? nil : .stop(.paused)
        }
        var entry = editing ?? SwocEntry(text: text)
        entry.text = text
        if editing != nil { state.pending.removeFirst() }
        // Saved as soon as its text is accepted, before its details are asked.
        state.kept.append(entry)
        guard commit(state) else { return .stop(.paused) }
        guard question.kind == .swoc else { return nil }
        let listChoices = !state.choicesListed
        state.choicesListed = true
        // An unchanged entry is asked only what it lacks; an edited one, every detail.
        let asking = isUnchanged ? missingDetails(of: entry) : Set(EntryDetailsPrompt.Detail.allCases)
        let outcome = EntryDetailsPrompt(context: context, question: question).run(
            on: &entry, listChoices: listChoices, asking: asking)
        state.kept[state.kept.count - 1] = entry
        switch outcome {
        case .done:
            return commit(state) ? nil : .stop(.paused)
        case .backToEntry:
            state.pending.insert(state.kept.removeLast(), at: 0)
            return commit(state) ? nil : .stop(.paused)
        case .leave(let navigation):
            guard commit(state) else { return .stop(.paused) }
            return navigation
        }
    }

    /// The details an earlier entry kept unchanged still has to be asked. An
    /// entry with no tag at all is asked them all. Areas and actor may have
    /// been left empty on purpose, so an entry with either is not asked them
    /// again; but no obstacle kind means it was never asked (choosing "None
    /// of these" is stored), as for entries from before obstacles were tagged.
    private func missingDetails(of entry: SwocEntry) -> Set<EntryDetailsPrompt.Detail> {
        guard question.kind == .swoc else { return [] }
        var missing: Set<EntryDetailsPrompt.Detail> = []
        if entry.areas.isEmpty && entry.actor == nil && entry.obstacles.isEmpty {
            if question.areas != nil { missing.insert(.areas) }
            if question.actors != nil { missing.insert(.actor) }
        }
        if question.obstacles != nil && entry.obstacles.isEmpty { missing.insert(.obstacles) }
        return missing
    }

    /// " [Smart cities, Low carbon; raised by Government]", as `:review` shows it.
    private func details(of entry: SwocEntry) -> String {
        let areas = entry.areas.isEmpty ? nil : context.shown.labels(entry.areas, in: question.areas)
        let actor = entry.actor.map { context.shown.labels([$0], in: question.actors) }
        return context.words.entryDetails(areas: areas, actor: actor)
    }

    private func removeEditedEntry(_ state: State) -> Navigation? {
        let removed = state.pending.removeFirst()
        context.tell(context.words.entryRemoved(TerminalText.line(removed.text)), indent: "  ")
        return commit(state) ? nil : .stop(.paused)
    }

    /// Records the list as it stands and saves it; false when it could not be saved anywhere.
    @discardableResult
    private func commit(_ state: State) -> Bool {
        let all = state.kept + state.pending
        let value: AnswerValue? =
            all.isEmpty ? nil : question.kind == .swoc ? .swocEntries(all) : .texts(all.map(\.text))
        context.engine.record(value, for: question.id, at: context.now())
        return context.persist()
    }

    private func earlierEntries() -> [SwocEntry] {
        switch context.engine.answer(for: question.id) {
        case .swocEntries(let entries): return entries
        case .texts(let texts): return texts.map { SwocEntry(text: $0) }
        case .text(let text): return [SwocEntry(text: text)]
        default: return []
        }
    }
}
