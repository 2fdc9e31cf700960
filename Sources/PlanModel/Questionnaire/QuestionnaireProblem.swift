/// One thing wrong in the questionnaire files, with where it is, so that a
/// facilitator editing the YAML can go straight to the line.
public struct QuestionnaireProblem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// The place and message, with control characters quoted from a file (or its
    /// name) written out, so that printing a problem cannot act on the terminal.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return ControlCharacters.visible("\(place): \(message)")
    }
}

/// Every problem found while loading a questionnaire. Loading never stops at
/// the first one: a facilitator fixes them all in one go.
public struct QuestionnaireError: Error, Sendable, Equatable {
    public var problems: [QuestionnaireProblem]

    public init(problems: [QuestionnaireProblem]) {
        self.problems = problems
    }
}
