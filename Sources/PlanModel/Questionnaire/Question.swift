/// One question of the questionnaire, as read from a step file.
public struct Question: Sendable, Equatable {
    /// Stable id; answers are stored under it in session and answers files.
    public var id: String
    public var kind: QuestionKind
    /// The prompt and help shown; when the file gives alternatives, the one
    /// without a condition (`resolved(with:)` picks the one that fits a session).
    public var prompt: LocalizedText
    public var help: LocalizedText
    /// Prompts and help texts chosen by the earlier answers (`help:` written
    /// as a list of `{when: ..., en: ...}`), in file order; empty when the
    /// file gives one text.
    public var promptAlternatives: [TextAlternative]
    public var helpAlternatives: [TextAlternative]
    /// The report section or case study the question rests on, e.g. "§1.2.1; Case study 1".
    public var source: String
    public var required: Bool
    /// Put on the line, ready to edit, when the question has no answer yet.
    public var defaultValue: AnswerValue?
    /// For choice questions: the vocabulary offered.
    public var choices: Vocabulary?
    /// For SWOC questions: the quadrant, and the vocabularies for areas and actors.
    public var quadrant: SwocQuadrant?
    public var areas: Vocabulary?
    public var actors: Vocabulary?
    /// For SWOC questions that name one: the kinds of obstacle an entry can be
    /// tagged with (weaknesses and challenges), so the plan reads the team's tags
    /// rather than guessing from the words.
    public var obstacles: Vocabulary?
    /// For SWOC questions: how many entries the team may mark as mattering
    /// most once the quadrant is listed, as a SWOC workshop ends by choosing
    /// (issue 13); nil asks for none.
    public var priorities: Int?
    /// Asked only when this holds on the earlier answers.
    public var condition: Condition?
    public var validation: Validation?
    /// The earlier question whose answer is suggested when this one has none
    /// (`prefill-from:`), so the same fact is never typed twice.
    public var prefill: Prefill?

    public init(
        id: String, kind: QuestionKind, prompt: LocalizedText, help: LocalizedText,
        source: String, required: Bool = false, defaultValue: AnswerValue? = nil,
        choices: Vocabulary? = nil, quadrant: SwocQuadrant? = nil, areas: Vocabulary? = nil,
        actors: Vocabulary? = nil, obstacles: Vocabulary? = nil, condition: Condition? = nil,
        validation: Validation? = nil, promptAlternatives: [TextAlternative] = [],
        helpAlternatives: [TextAlternative] = [], priorities: Int? = nil, prefill: Prefill? = nil
    ) {
        self.id = id
        self.kind = kind
        self.prompt = prompt
        self.help = help
        self.source = source
        self.required = required
        self.defaultValue = defaultValue
        self.choices = choices
        self.quadrant = quadrant
        self.areas = areas
        self.actors = actors
        self.obstacles = obstacles
        self.condition = condition
        self.validation = validation
        self.promptAlternatives = promptAlternatives
        self.helpAlternatives = helpAlternatives
        self.priorities = priorities
        self.prefill = prefill
    }
}

extension Question {
    /// How many entries of a quadrant a questionnaire may let the team mark:
    /// at least one, and few enough that the marks still single something out.
    public static let priorityRange = 1...5
}
