/// A group of questions: "About your city" (number 0) or one of the four
/// steps of the guidelines' cooperation process (report §1, Figure 1).
public struct Step: Sendable, Equatable {
    public var id: String
    /// 1 to 4 for the guideline steps, 0 for the profile asked before them.
    public var number: Int
    public var title: LocalizedText
    public var intro: LocalizedText?
    public var source: String
    public var questions: [Question]

    public init(
        id: String, number: Int, title: LocalizedText, intro: LocalizedText? = nil,
        source: String, questions: [Question]
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.intro = intro
        self.source = source
        self.questions = questions
    }
}
