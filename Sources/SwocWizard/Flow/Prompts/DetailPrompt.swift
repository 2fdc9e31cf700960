import PlanModel

/// One detail of a list entry (its areas, who raised it, its obstacles),
/// asked until it parses or a command leaves it.
struct DetailPrompt<Value> {
    let context: FlowContext
    let question: Question
    let prompt: String
    let prefill: String?
    /// The names the detail accepts, offered on Tab and listed by "?".
    let completions: [String]
    let parse: (String) -> Result<Value, AnswerProblem>

    enum Outcome {
        case value(Value)
        /// `:back`: to the entry's own text, to retype it or go further back.
        case backToEntry
        case leave(Navigation)
    }

    func run() -> Outcome {
        var prefill = prefill
        while true {
            let input = context.terminal.readLine(
                prompt: prompt, prefill: prefill, completions: completions + LineCommand.names)
            switch input {
            case .interrupted: return .leave(.stop(.interrupted))
            case .endOfInput: return .leave(.stop(.paused))
            case .line(let line):
                context.lastLineRefused = nil
                let shown = prefill
                prefill = nil
                var typed = line
                if FlowContext.asksForChoices(line, after: shown) {
                    // "?" lists the names again (in the compact layout, same numbers) and asks again.
                    context.list(completions, indent: "    ")
                    prefill = shown
                    continue
                }
                if let command = LineCommand(line, after: shown) {
                    switch command {
                    case .skip, .clear:
                        typed = ""  // No areas, or no actor, for this entry.
                    case .back:
                        return .backToEntry
                    default:
                        if let navigation = LineCommandHandler(context: context).handle(command, at: question) {
                            return .leave(navigation)
                        }
                        // After :help or :review the same detail is asked again, with what was on the line.
                        prefill = shown
                        continue
                    }
                }
                switch parse(typed) {
                case .success(let value): return .value(value)
                case .failure(let problem): context.refuse(problem, at: question)
                }
            }
        }
    }
}
