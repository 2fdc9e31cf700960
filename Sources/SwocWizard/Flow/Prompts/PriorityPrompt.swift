import PlanModel

/// The close of a SWOC quadrant, as a workshop ends it: the entries listed
/// again by number, and the team marks the few that matter most (issue 13).
/// The marks already given are on the line, so Enter keeps them; an empty
/// line marks none. Optional and quick: `:skip` leaves the marks as they are.
struct PriorityPrompt {
    let context: FlowContext
    let question: Question
    let limit: Int

    enum Outcome {
        case done
        /// `:back`: to the last entry of the list.
        case backToList
        case leave(Navigation)
    }

    func run(on entries: inout [SwocEntry]) -> Outcome {
        let words = context.words
        // The entries in full (they are sentences, not names to shorten), then
        // the question right above the line it is answered on, so a long list
        // does not push it off a projector's screen.
        context.terminal.say("")
        context.list(entries.map { TerminalText.line($0.text) }, compact: false)
        context.tell(words.whichMatterMost(quadrant: question.quadrant, limit: min(limit, entries.count)))
        let marked = entries.indices.filter { entries[$0].isPriority }.map { String($0 + 1) }
        var prefill: String? = marked.isEmpty ? nil : marked.joined(separator: ", ")
        while true {
            let input = context.terminal.readLine(
                prompt: "  \(words.matterMostPrompt)> ", prefill: prefill, completions: LineCommand.names)
            switch input {
            case .interrupted: return .leave(.stop(.interrupted))
            case .endOfInput: return .leave(.stop(.paused))
            case .line(let line):
                context.lastLineRefused = nil
                let shown = prefill
                // Cleaned as every typed answer is, so an escape code or a
                // direction mark typed with a number does not refuse it.
                var typed = InputSanitizer.clean(line)
                if let command = LineCommand(line, after: shown) {
                    switch command {
                    case .skip: return .done
                    case .clear: typed = ""
                    case .back: return .backToList
                    default:
                        if let navigation = LineCommandHandler(context: context).handle(command, at: question) {
                            return .leave(navigation)
                        }
                        continue
                    }
                }
                switch PriorityChoice.parse(typed, count: entries.count, limit: limit) {
                case .failure(let problem):
                    context.lastLineRefused = question.id
                    context.tell(words.priorityProblem(problem))
                    prefill = typed
                case .success(let chosen):
                    for index in entries.indices { entries[index].isPriority = chosen.contains(index) }
                    context.terminal.say(words.prioritiesMarked(chosen.count))
                    return .done
                }
            }
        }
    }
}
