import Foundation
import Messages
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
    /// The question whose answer was refused on the last line read, if it was;
    /// piped input that ends there exits non-zero (issue 13).
    private(set) var lastLineRefused: String?
    /// After the end was reached once, "next" goes to the questions still open
    /// (those passed over with :goto) instead of walking answered ones again.
    private var fillingGaps = false
    /// Said when the flow turns back to questions passed over (a revival starts
    /// at the SWOC and comes back to the city profile this way).
    var passedOverNote = PassedOverNote.questionsPassedOver
    /// The wizard's own words, in the session's language.
    let messages: Messages

    init(engine: WizardEngine, terminal: Terminal, saver: SessionSaver, now: @escaping () -> Date = Date.init) {
        self.engine = engine
        self.terminal = terminal
        self.saver = saver
        self.now = now
        let language = engine.session.language
        let fallback = engine.questionnaire.defaultLanguage
        // The commands refuse a language the program does not speak before the
        // flow starts; English is only a last resort here.
        messages = Messages.in(language) ?? .english
        parser = AnswerParser(language: language, fallbackLanguage: fallback)
        formatter = AnswerFormatter(language: language, fallbackLanguage: fallback)
    }

    /// Runs until every question is dealt with, or the person quits or interrupts.
    func run(from start: Question?) -> FlowOutcome {
        var current = start ?? engine.firstUnfinishedQuestion
        while true {
            guard let question = current else {
                if let open = engine.firstUnfinishedQuestion {
                    terminal.say("\n" + TextLayout.wrap(passedOverNote.text(words), width: terminal.width))
                    fillingGaps = true
                    current = open
                    continue
                }
                if let missing = engine.missingRequiredQuestions.first {
                    terminal.say("\n" + TextLayout.wrap(words.neededBeforeComplete, width: terminal.width))
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
                    tell(words.firstQuestion)
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
            engine.answer(for: question.id).map { display($0, for: question) }
            ?? question.defaultValue.map { display($0, for: question) }
        let completions = tabCompletions(for: question)
        while true {
            switch terminal.readLine(prompt: "> ", prefill: prefill, completions: completions) {
            case .interrupted:
                return .stop(.interrupted)
            case .endOfInput:
                return .stop(.paused)
            case .line(let line):
                lastLineRefused = nil
                if let command = WizardCommand(line, after: prefill) {
                    if let navigation = handle(command, at: question) { return navigation }
                    continue
                }
                switch parser.parse(line, for: question) {
                case .failure(let problem):
                    lastLineRefused = question.id
                    tell(messages.problems.answer(problem))
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
        if !pending.isEmpty {
            terminal.say(
                TextLayout.wrap(words.earlierEntriesFirst(count: pending.count), indent: "  ", width: terminal.width))
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
            terminal.say(words.entryRemoved)
            return commit()
        }
        while true {
            let editing = pending.first
            let input = terminal.readLine(
                prompt: words.entryPrompt(quadrant: question.quadrant, number: kept.count + 1) + "> ",
                prefill: editing?.text, completions: WizardCommand.names)
            switch input {
            case .interrupted:
                commit()
                return .stop(.interrupted)
            case .endOfInput:
                commit()
                return .stop(.paused)
            case .line(let line):
                lastLineRefused = nil
                if let command = WizardCommand(line, after: editing?.text) {
                    if command == .clear {
                        if editing != nil {
                            guard removeEditedEntry() else { return .stop(.paused) }
                        } else {
                            tell(words.nothingToRemove)
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
                    lastLineRefused = question.id
                    tell(messages.problems.answer(problem))
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
                        tell(messages.problems.answer(.required))
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
                terminal.say(TextLayout.wrap(words.areasToTagWith, indent: "  ", width: terminal.width))
                terminal.say(TextLayout.numbered(labels, indent: "    ", width: terminal.width))
            }
            let prefill = entry.areas.isEmpty ? nil : shown.labels(entry.areas, in: areas)
            switch askDetail(
                prompt: "  \(words.areasPrompt)> ", prefill: prefill,
                completions: labels, question: question, parse: { parser.parseAreas($0, for: question) })
            {
            case .leave(let navigation): return navigation
            case .value(let ids): entry.areas = ids
            }
        }
        if let actors = question.actors {
            let labels = parser.matcher(actors).labels
            if firstEntry {
                terminal.say(TextLayout.wrap(words.whoRaisedIt, indent: "  ", width: terminal.width))
                terminal.say(TextLayout.numbered(labels, indent: "    ", width: terminal.width))
            }
            switch askDetail(
                prompt: "  \(words.raisedByPrompt)> ",
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
                terminal.say(TextLayout.wrap(words.obstacleKindsIntro, indent: "  ", width: terminal.width))
                terminal.say(TextLayout.numbered(labels, indent: "    ", width: terminal.width))
            }
            switch askDetail(
                prompt: "  \(words.obstaclePrompt)> ",
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
        return kinds.isEmpty ? nil : shown.labels(kinds, in: vocabulary)
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
                lastLineRefused = nil
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
                case .failure(let problem):
                    lastLineRefused = question.id
                    tell(messages.problems.answer(problem))
                }
            }
        }
    }

    /// What Tab offers at a single-line question: choice names, yes/no, and the commands.
    private func tabCompletions(for question: Question) -> [String] {
        var names = question.choices.map { parser.matcher($0).labels } ?? []
        if question.kind == .yesNo { names += words.yesNoNames }
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
                tell(words.cannotSkip)
                return nil
            }
            tell(words.skipped(earlierAnswerKept: engine.answer(for: question.id) != nil))
            return finish(question)
        case .clear:
            if question.required {
                tell(words.cannotClear)
                return nil
            }
            engine.record(nil, for: question.id, at: now())
            terminal.say(words.answerRemoved)
            return finish(question)
        case .help:
            showHelp(for: question)
            return nil
        case .review:
            terminal.say(
                ReviewFormatter(engine: engine, formatter: formatter, words: words, width: terminal.width).render())
            return nil
        case .goto(let name):
            guard let step = engine.step(named: name), let target = engine.firstQuestion(of: step) else {
                let steps = engine.questionnaire.steps.map { (number: $0.number, title: title(of: $0)) }
                tell(words.unknownStep(name, steps: steps))
                return nil
            }
            return .jump(to: target)
        case .save:
            if persist() { terminal.say(words.savedTo(path: saver.path)) }
            return nil
        case .quit:
            return .stop(.paused)
        case .unknown(let typed):
            tell(words.unknownCommand(typed, commands: WizardCommand.names))
            return nil
        }
    }

    /// The flow's own words in the session's language.
    private var words: FlowMessages { messages.flow }

    /// Answers as shown and put back on the line, in the session's language.
    private var shown: AnswerDisplay { AnswerDisplay(formatter: formatter, words: words) }

    private func display(_ value: AnswerValue, for question: Question) -> String {
        shown.display(value, for: question)
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
            let banner = words.stepBanner(
                number: step.number, of: progress.stepCount, title: title(of: step), source: step.source)
            terminal.say("\n" + TextLayout.fit(banner, hangingIndent: "   ", width: terminal.width))
            if let intro = step.intro { terminal.say(TextLayout.wrap(text(intro), width: min(terminal.width, 100))) }
        }
        let place = words.progress(
            step: step.number, of: progress.stepCount, stepTitle: title(of: step), question: progress.index,
            of: progress.count)
        terminal.say("\n" + TextLayout.fit(place, hangingIndent: " ", width: terminal.width))
        terminal.say(
            TextLayout.wrap(
                text(question.prompt) + (question.required ? words.requiredMark : ""), width: terminal.width))
        if let choices = question.choices {
            terminal.say(TextLayout.numbered(parser.matcher(choices).labels, width: terminal.width))
        }
        if let hint = words.hint(for: question.kind) {
            terminal.say(TextLayout.wrap(hint, indent: "  ", width: terminal.width))
        }
    }

    private func showHelp(for question: Question) {
        terminal.say("")
        terminal.say(TextLayout.wrap(text(question.help), indent: "  ", width: min(terminal.width, 100)))
        terminal.say(TextLayout.wrap(words.guideline(source: question.source), indent: "  ", width: terminal.width))
        if let choices = question.choices {
            terminal.say(TextLayout.wrap(words.choicesHeading, indent: "  ", width: terminal.width))
            terminal.say(TextLayout.numbered(parser.matcher(choices).labels, indent: "    ", width: terminal.width))
        }
        if let areas = question.areas, question.kind == .swoc {
            terminal.say(TextLayout.wrap(words.areasInHelp, indent: "  ", width: terminal.width))
            terminal.say(TextLayout.numbered(parser.matcher(areas).labels, indent: "    ", width: terminal.width))
        }
        if let obstacles = question.obstacles, question.kind == .swoc {
            terminal.say(TextLayout.wrap(words.obstaclesInHelp, indent: "  ", width: terminal.width))
            terminal.say(TextLayout.numbered(parser.matcher(obstacles).labels, indent: "    ", width: terminal.width))
        }
        terminal.say(words.commandSummary)
    }
}
