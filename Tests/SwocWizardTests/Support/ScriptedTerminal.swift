@testable import SwocWizard

/// A terminal that plays back a script of inputs and records everything the
/// wizard shows, including what it put on the line to edit.
final class ScriptedTerminal: Terminal {
    struct Prompt: Equatable {
        var prompt: String
        var prefill: String?
    }

    private var inputs: [TerminalInput]
    private(set) var output = ""
    private(set) var prompts: [Prompt] = []
    private(set) var completions: [[String]] = []

    init(_ inputs: [TerminalInput]) {
        self.inputs = inputs
    }

    /// Lines typed one after the other; the script ends with Ctrl-D unless told otherwise.
    convenience init(lines: [String]) {
        self.init(lines.map { .line($0) })
    }

    /// A wide window by default; tests of the layout set a projector's 80×24.
    var width = 100
    var height = 40
    /// Off by default, as for piped input; tests of paging turn it on.
    var pagesLongOutput = false

    func readLine(prompt: String, prefill: String?, completions: [String]) -> TerminalInput {
        prompts.append(Prompt(prompt: prompt, prefill: prefill))
        self.completions.append(completions)
        output += prompt + (prefill ?? "") + "\n"
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    func write(_ text: String) {
        output += text
    }

    var unreadInputs: Int { inputs.count }
}
