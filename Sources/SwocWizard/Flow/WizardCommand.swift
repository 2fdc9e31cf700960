import PlanModel

/// The commands a person can type at any prompt instead of an answer.
enum WizardCommand: Equatable {
    case back
    case skip
    case clear
    case help
    case review
    case goto(String)
    case save
    case quit
    case unknown(String)

    /// Names offered by Tab completion and listed by `:help`.
    static let names = [":back", ":skip", ":clear", ":help", ":review", ":goto", ":save", ":quit"]

    static let summary = """
        Commands you can type at any question:
          :back         go to the previous question
          :skip         leave this question for now (not for required ones)
          :clear        remove the answer shown (in a list: drop this entry; :drop works too)
          :help         explain this question and the guideline behind it
          :review       list the answers given so far
          :goto STEP    jump to a step: 0 (about your city), 1, 2, 3 or 4
          :save         save now (the wizard also saves after every answer)
          :quit         save and stop; continue later with `swoc-wizard resume`
        """

    /// The command typed, or nil when the line is an answer.
    init?(_ line: String) {
        let trimmed = line.trimmingWhitespace()
        guard trimmed.hasPrefix(":"), trimmed.count > 1 else { return nil }
        let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1)
        let name = parts.first.map { $0.lowercased() } ?? ""
        let argument = parts.count > 1 ? String(parts[1]).trimmingWhitespace() : ""
        switch name {
        case "back", "b": self = .back
        case "skip", "s": self = .skip
        case "clear", "c", "drop", "d": self = .clear
        case "help", "h", "?": self = .help
        case "review", "r": self = .review
        case "goto", "g", "go": self = .goto(argument)
        case "save": self = .save
        case "quit", "q", "exit": self = .quit
        default: self = .unknown(trimmed)
        }
    }
}
