import Foundation
import PlanModel

/// Takes a city team through the questionnaire one question at a time,
/// saving after every answer. All terminal input and output goes through
/// `Terminal`, so the same flow runs with readline, with piped input and
/// with a scripted terminal in tests.
final class WizardFlow {
    private(set) var engine: WizardEngine
    private let terminal: Terminal
    let saver: SessionSaver
    private let now: () -> Date
    private let parser: AnswerParser
    private let formatter: AnswerFormatter
    /// The step whose banner was shown last, to show each banner once per visit.
    private var shownStepID: String?
    /// After the end was reached once, "next" goes to the questions still open
    /// (those passed over with :goto) instead of walking answered ones again.
    private var fillingGaps = false
    /// Said when the flow turns back to questions passed over (a revival starts
    /// at the SWOC and comes back to the city profile this way).
    var passedOverMessage = "Some questions were passed over; here they are."

    init(engine: WizardEngine, terminal: Terminal, saver: SessionSaver, now: @escaping () -> Date = Date.init) {
        self.engine = engine
        self.terminal = terminal
        self.saver = saver
        self.now = now
        let language = engine.session.language
        let fallback = engine.questionnaire.defaultLanguage
        parser = AnswerParser(language: language, fallbackLanguage: fallback)
        formatter = AnswerFormatter(language: language, fallbackLanguage: fallback)
    }

    /// Runs until every question is dealt with, or the person quits or interrupts.
    func run(from start: Question?) -> FlowOutcome {
        var current = start ?? engine.firstUnfinishedQuestion
        while true {
            guard let question = current else {
                if let open = engine.firstUnfinishedQuestion {
                    terminal.say("\n" + passedOverMessage)
                    fillingGaps = true
                    current = open
                    continue
                }
                if let missing = engine.missingRequiredQuestions.first {
                    terminal.say("\nThis question needs an answer before the session is complete.")
                    fillingGaps = true
                    current = missing
                    continue
                }
                engine.complete(at: now())
                persist()
                return .completed
            }
            switch ask(question) {
            case .next:
                current = fillingGaps ? engine.firstUnfinishedQuestion : engine.question(after: question.id)
            case .back:
                if let previous = engine.question(before: question.id) {
                    fillingGaps = false
                    current = previous
                } else {
                    terminal.say("This is the first question; there is nothing before it.")
                }
            case .jump(let target):
                fillingGaps = false
                current = target
            case .stop(let outcome):
                // Every answer was saved when it was given; nothing is pending here.
                return outcome
            }
        }
    }

    // MARK: Asking

    private func ask(_ question: Question) -> Navigation {
        showHeader(for: question)
        return question.kind.isRepeated ? askEntries(question) : askSingle(question)
    }

    private func askSingle(_ question: Question) -> Navigation {
        var prefill =
            engine.answer(for: question.id).map { formatter.display($0, for: question) }
            ?? question.defaultValue.map { formatter.display($0, for: question) }
        let completions = tabCompletions(for: question)
        while true {
            switch terminal.readLine(prompt: "> ", prefill: prefill, completions: completions) {
            case .interrupted:
                return .stop(.interrupted)
            case .endOfInput:
                return .stop(.paused)
            case .line(let line):
                if let command = WizardCommand(line, after: prefill) {
                    if let navigation = handle(command, at: question) { return navigation }
                    continue
                }
                switch parser.parse(line, for: question) {
                case .failure(let problem):
                    tell(problem.message)
                    // A long text goes back on the line to be corrected rather than retyped;
                    // a wrong number or choice is simply typed again.
                    let isText = question.kind == .shortText || question.kind == .longText
                    prefill = isText && line.count <= AnswerParser.maximumLength ? InputSanitizer.clean(line) : nil
                case .success(let value):
                    engine.record(value, for: question.id, at: now())
                    engine.finish(question.id, at: now())
                    // If no place to save can be found, stop rather than ask more.
                    return persist() ? .next : .stop(.paused)
                }
            }
        }
    }

    /// Lists and SWOC quadrants: earlier entries are offered first, one per
    /// line, ready to keep (Enter), edit, or remove (clear the line, or
    /// `:clear`); then new entries until an empty line. The list is saved after
    /// every entry and before leaving the question by any way.
    private func askEntries(_ question: Question) -> Navigation {
        var kept: [SwocEntry] = []
        var pending = entries(of: question)
        let name = question.quadrant?.entryName ?? "Entry"
        if !pending.isEmpty {
            tell(
                "  The \(pending.count) earlier entr\(pending.count == 1 ? "y comes" : "ies come") first: "
                    + "Enter keeps one, edit it to change it, clear the line (or type :clear) to remove it. "
                    + ":skip keeps the rest as they are.")
        }
        /// Records the list as it stands and saves it; false when it could not be saved anywhere.
        @discardableResult
        func commit() -> Bool {
            let all = kept + pending
            let value: AnswerValue? =
                all.isEmpty ? nil : question.kind == .swoc ? .swocEntries(all) : .texts(all.map(\.text))
            engine.record(value, for: question.id, at: now())
            return persist()
        }
        func removeEditedEntry() -> Bool {
            pending.removeFirst()
            terminal.say("Entry removed.")
            return commit()
        }
        while true {
            let editing = pending.first
            let input = terminal.readLine(
                prompt: "\(name) \(kept.count + 1)> ", prefill: editing?.text, completions: WizardCommand.names)
            switch input {
            case .interrupted:
                commit()
                return .stop(.interrupted)
            case .endOfInput:
                commit()
                return .stop(.paused)
            case .line(let line):
                if let command = WizardCommand(line, after: editing?.text) {
                    if command == .clear {
                        if editing != nil {
                            guard removeEditedEntry() else { return .stop(.paused) }
                        } else {
                            tell("There is no entry here to remove. Type an entry, or press Enter to finish the list.")
                        }
                        continue
                    }
                    commit()
                    if let navigation = handle(command, at: question) { return navigation }
                    continue
                }
                let text: String
                switch parser.parseEntry(line, for: question) {
                case .failure(let problem):
                    tell(problem.message)
                    continue
                case .success(let parsed):
                    text = parsed
                }
                if text.isEmpty {
                    if editing != nil {
                        guard removeEditedEntry() else { return .stop(.paused) }
                        continue
                    }
                    if question.required && kept.isEmpty {
                        tell(AnswerProblem.required.message)
                        continue
                    }
                    commit()
                    return finish(question)
                }
                var entry = editing ?? SwocEntry(text: text)
                entry.text = text
                if editing != nil { pending.removeFirst() }
                // Saved as soon as its text is accepted, before its details are asked.
                kept.append(entry)
                guard commit() else { return .stop(.paused) }
                if question.kind == .swoc {
                    let leaving = askDetails(of: &entry, for: question, firstEntry: kept.count == 1)
                    kept[kept.count - 1] = entry
                    guard commit() else { return .stop(.paused) }
                    if let leaving { return leaving }
                }
            }
        }
    }

    /// The cooperation areas and the helix actor of one SWOC entry. Returns a
    /// navigation when the person typed a command that leaves the question.
    private func askDetails(of entry: inout SwocEntry, for question: Question, firstEntry: Bool) -> Navigation? {
        if let areas = question.areas {
            let labels = parser.matcher(areas).labels
            if firstEntry {
                terminal.say("  Cooperation areas to tag entries with:")
                terminal.say(TextLayout.numbered(labels, indent: "    ", width: terminal.width))
            }
            let prefill = entry.areas.isEmpty ? nil : formatter.labels(entry.areas, in: areas)
            switch askDetail(
                prompt: "  Areas (numbers or names, commas between; Enter for none)> ", prefill: prefill,
                completions: labels, question: question, parse: { parser.parseAreas($0, for: question) })
            {
            case .leave(let navigation): return navigation
            case .value(let ids): entry.areas = ids
            }
        }
        if let actors = question.actors {
            let labels = parser.matcher(actors).labels
            if firstEntry {
                terminal.say("  Who raised it:")
                terminal.say(TextLayout.numbered(labels, indent: "    ", width: terminal.width))
            }
            switch askDetail(
                prompt: "  Raised by (number or name; Enter to skip)> ",
                prefill: entry.actor.map { formatter.label($0, in: actors) }, completions: labels,
                question: question, parse: { parser.parseActor($0, for: question) })
            {
            case .leave(let navigation): return navigation
            case .value(let actor): entry.actor = actor
            }
        }
        if let obstacles = question.obstacles {
            let labels = parser.matcher(obstacles).labels
            if firstEntry {
                terminal.say(
                    TextLayout.wrap(
                        "Kinds of obstacle (a guess from the entry's words is put on the line; Enter accepts it):",
                        indent: "  ", width: terminal.width))
                terminal.say(TextLayout.numbered(labels, indent: "    ", width: terminal.width))
            }
            switch askDetail(
                prompt: "  Kind of obstacle (numbers or names, commas)> ",
                prefill: obstaclePrefill(for: entry, vocabulary: obstacles), completions: labels,
                question: question, parse: { parser.parseObstacles($0, for: question) })
            {
            case .leave(let navigation): return navigation
            case .value(let kinds): entry.obstacles = kinds
            }
        }
        return nil
    }

    /// What is put on the line for an entry's obstacle kinds: the tags it has
    /// (an entry revisited with :back or in a revival), or else the guess from
    /// its words. When the guess finds nothing the line stays empty rather
    /// than saying "None of these": Enter then leaves the entry untagged, and
    /// "None of these" is only stored when the team says so.
    private func obstaclePrefill(for entry: SwocEntry, vocabulary: Vocabulary) -> String? {
        let kinds =
            entry.obstacles.isEmpty
            ? ObstacleGuesser(vocabulary: vocabulary, language: engine.session.language).guess(entry.text)
            : entry.obstacles
        return kinds.isEmpty ? nil : formatter.labels(kinds, in: vocabulary)
    }

    private enum DetailResult<Value> {
        case value(Value)
        case leave(Navigation)
    }

    /// Asks one detail until it parses, or a command leaves the question.
    private func askDetail<Value>(
        prompt: String, prefill: String?, completions: [String], question: Question,
        parse: (String) -> Result<Value, AnswerProblem>
    ) -> DetailResult<Value> {
        var prefill = prefill
        while true {
            switch terminal.readLine(prompt: prompt, prefill: prefill, completions: completions + WizardCommand.names) {
            case .interrupted: return .leave(.stop(.interrupted))
            case .endOfInput: return .leave(.stop(.paused))
            case .line(let line):
                let shown = prefill
                prefill = nil
                var typed = line
                if let command = WizardCommand(line, after: shown) {
                    if command == .skip || command == .clear {
                        typed = ""  // No areas, or no actor, for this entry.
                    } else {
                        if let navigation = handle(command, at: question) { return .leave(navigation) }
                        // After :help or :review the same detail is asked again, with what was on the line.
                        prefill = shown
                        continue
                    }
                }
                switch parse(typed) {
                case .success(let value): return .value(value)
                case .failure(let problem): tell(problem.message)
                }
            }
        }
    }

    /// What Tab offers at a single-line question: choice names, yes/no, and the commands.
    private func tabCompletions(for question: Question) -> [String] {
        var names = question.choices.map { parser.matcher($0).labels } ?? []
        if question.kind == .yesNo { names += ["yes", "no"] }
        return names + WizardCommand.names
    }

    private func finish(_ question: Question) -> Navigation {
        engine.finish(question.id, at: now())
        return persist() ? .next : .stop(.paused)
    }

    private func entries(of question: Question) -> [SwocEntry] {
        switch engine.answer(for: question.id) {
        case .swocEntries(let entries): return entries
        case .texts(let texts): return texts.map { SwocEntry(text: $0) }
        case .text(let text): return [SwocEntry(text: text)]
        default: return []
        }
    }

    // MARK: Commands

    /// Carries out a command; returns where to go, or nil to ask the same question again.
    private func handle(_ command: WizardCommand, at question: Question) -> Navigation? {
        switch command {
        case .back:
            return .back
        case .skip:
            if question.required && engine.answer(for: question.id) == nil {
                terminal.say("This question cannot be skipped: the plan needs it. Type :help to see why.")
                return nil
            }
            terminal.say(engine.answer(for: question.id) == nil ? "Skipped." : "Skipped; the earlier answer is kept.")
            return finish(question)
        case .clear:
            if question.required {
                tell("This question needs an answer, so it cannot be left empty. Type :help to see why.")
                return nil
            }
            engine.record(nil, for: question.id, at: now())
            terminal.say("Answer removed.")
            return finish(question)
        case .help:
            showHelp(for: question)
            return nil
        case .review:
            terminal.say(ReviewFormatter(engine: engine, formatter: formatter, width: terminal.width).render())
            return nil
        case .goto(let name):
            guard let step = engine.step(named: name), let target = engine.firstQuestion(of: step) else {
                let opening = name.isEmpty ? "Which step?" : "There is no step \"\(name)\"."
                tell("\(opening) Steps: \(stepList()). Example: :goto 2")
                return nil
            }
            return .jump(to: target)
        case .save:
            if persist() { terminal.say("Saved to \(saver.path).") }
            return nil
        case .quit:
            return .stop(.paused)
        case .unknown(let typed):
            terminal.say("\(typed) is not a wizard command. \(WizardCommand.names.joined(separator: " "))")
            return nil
        }
    }

    private func stepList() -> String {
        engine.questionnaire.steps.map { "\($0.number) \(title(of: $0))" }.joined(separator: ", ")
    }

    /// A message to the person, wrapped to the terminal so words are not cut.
    private func tell(_ message: String) {
        terminal.say(TextLayout.wrap(message, width: terminal.width))
    }

    @discardableResult
    private func persist() -> Bool {
        saver.save(engine.session, terminal: terminal)
    }

    // MARK: Showing

    private func text(_ localized: LocalizedText) -> String {
        localized.text(in: engine.session.language, fallback: engine.questionnaire.defaultLanguage)
    }

    private func title(of step: Step) -> String {
        text(step.title)
    }

    private func showHeader(for question: Question) {
        guard let progress = engine.progress(of: question) else { return }
        let step = progress.step
        if shownStepID != step.id {
            shownStepID = step.id
            let heading =
                step.number > 0 ? "Step \(step.number) of \(progress.stepCount): \(title(of: step))" : title(of: step)
            terminal.say("\n== \(heading) ==" + (step.source.isEmpty ? "" : "  (report \(step.source))"))
            if let intro = step.intro { terminal.say(TextLayout.wrap(text(intro), width: min(terminal.width, 100))) }
        }
        let place =
            step.number > 0
            ? "Step \(step.number) of \(progress.stepCount) · \(title(of: step))"
            : "Before step 1 · \(title(of: step))"
        terminal.say("\n[\(place) · question \(progress.index) of \(progress.count)]")
        terminal.say(
            TextLayout.wrap(text(question.prompt) + (question.required ? " (required)" : ""), width: terminal.width))
        if let choices = question.choices {
            terminal.say(TextLayout.numbered(parser.matcher(choices).labels, width: terminal.width))
        }
        if let hint = hint(for: question) { terminal.say("  \(hint)") }
    }

    private func hint(for question: Question) -> String? {
        switch question.kind {
        case .multipleChoice: return "Several choices: numbers or names with commas between. Tab completes names."
        case .singleChoice: return "One choice: its number or name. Tab completes names."
        case .yesNo: return "yes or no"
        case .number: return "A number"
        case .year: return "A year, e.g. 2004"
        case .date: return "A date as year-month-day, e.g. 2019-11-07"
        case .list, .swoc: return "One entry per line; an empty line when done. :help for guidance."
        case .shortText, .longText: return nil
        }
    }

    private func showHelp(for question: Question) {
        terminal.say("")
        terminal.say(TextLayout.wrap(text(question.help), indent: "  ", width: min(terminal.width, 100)))
        terminal.say("  Guideline: report \(question.source)")
        if let choices = question.choices {
            terminal.say("  Choices:")
            terminal.say(TextLayout.numbered(parser.matcher(choices).labels, indent: "    ", width: terminal.width))
        }
        if let areas = question.areas, question.kind == .swoc {
            terminal.say("  Cooperation areas you can tag an entry with:")
            terminal.say(TextLayout.numbered(parser.matcher(areas).labels, indent: "    ", width: terminal.width))
        }
        if let obstacles = question.obstacles, question.kind == .swoc {
            terminal.say("  Kinds of obstacle an entry can be tagged with (several may fit):")
            terminal.say(TextLayout.numbered(parser.matcher(obstacles).labels, indent: "    ", width: terminal.width))
        }
        terminal.say(WizardCommand.summary)
    }
}
