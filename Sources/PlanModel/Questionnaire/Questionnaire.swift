/// The whole set of questions, loaded from the `questionnaires/` files.
public struct Questionnaire: Sendable, Equatable {
    public var id: String
    public var version: Int
    public var defaultLanguage: String
    public var title: LocalizedText
    public var vocabularies: [String: Vocabulary]
    public var steps: [Step] {
        didSet { index = Index(steps) }
    }
    /// Where each text of the files was written and in which languages, for
    /// the translation check; set by the loader.
    public var textSites: [TextSite] = []
    /// Every question in order, and where each id is, worked out once: the
    /// engine, the suggestions and match-making ask for them constantly.
    private var index: Index

    private struct Index: Sendable, Equatable {
        var questions: [Question]
        var positions: [String: Int]
        var quadrantQuestions: [SwocQuadrant: [String]]
        /// Each question's id and condition, in order: enough to tell which are
        /// asked without copying whole questions (thousands of times for a portfolio).
        var conditions: [QuestionCondition]

        init(_ steps: [Step]) {
            questions = steps.flatMap(\.questions)
            positions = [:]
            quadrantQuestions = [:]
            conditions = questions.map { QuestionCondition(id: $0.id, condition: $0.condition) }
            for (position, question) in questions.enumerated() {
                if positions[question.id] == nil { positions[question.id] = position }
                if let quadrant = question.quadrant { quadrantQuestions[quadrant, default: []].append(question.id) }
            }
        }
    }

    /// A question's id with the condition that decides whether it is asked.
    public struct QuestionCondition: Sendable, Equatable {
        public var id: String
        public var condition: Condition?
    }

    /// Every question's id and condition, in the order they are asked.
    public var questionConditions: [QuestionCondition] {
        index.conditions
    }

    /// The ids of the SWOC questions of a quadrant, in order.
    public func questionIDs(for quadrant: SwocQuadrant) -> [String] {
        index.quadrantQuestions[quadrant] ?? []
    }

    public init(
        id: String, version: Int, defaultLanguage: String, title: LocalizedText,
        vocabularies: [String: Vocabulary], steps: [Step]
    ) {
        self.id = id
        self.version = version
        self.defaultLanguage = defaultLanguage
        self.title = title
        self.vocabularies = vocabularies
        self.steps = steps
        index = Index(steps)
    }

    /// The same questions, choices and texts, wherever the files were read
    /// from: the text sites name the files, and a copy of the folder is the
    /// same questionnaire.
    public static func == (lhs: Questionnaire, rhs: Questionnaire) -> Bool {
        lhs.id == rhs.id && lhs.version == rhs.version && lhs.defaultLanguage == rhs.defaultLanguage
            && lhs.title == rhs.title && lhs.vocabularies == rhs.vocabularies && lhs.steps == rhs.steps
    }

    /// Every question in the order it is asked.
    public var questions: [Question] { index.questions }

    public func question(id: String) -> Question? {
        index.positions[id].map { index.questions[$0] }
    }

    /// The step a question belongs to.
    public func step(containing questionID: String) -> Step? {
        steps.first { step in step.questions.contains { $0.id == questionID } }
    }

    /// Languages every question's prompt is written in.
    public var languages: Set<String> {
        let prompts = questions.map { Set($0.prompt.texts.keys) }
        return prompts.dropFirst().reduce(prompts.first ?? [defaultLanguage]) { $0.intersection($1) }
    }

    /// The number of guideline steps (those numbered 1 and up), shown as "step k of N".
    public var guidelineStepCount: Int {
        steps.filter { $0.number > 0 }.count
    }
}
