/// The whole set of questions, loaded from the `questionnaires/` files.
public struct Questionnaire: Sendable, Equatable {
    public var id: String
    public var version: Int
    public var defaultLanguage: String
    public var title: LocalizedText
    public var vocabularies: [String: Vocabulary]
    public var steps: [Step]

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
    }

    /// Every question in the order it is asked.
    public var questions: [Question] {
        steps.flatMap(\.questions)
    }

    public func question(id: String) -> Question? {
        for step in steps {
            if let question = step.questions.first(where: { $0.id == id }) { return question }
        }
        return nil
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
