/// Where a question sits, for the progress line above each prompt
/// ("Step 1 of 4 · SWOC analysis · question 2 of 5").
public struct QuestionProgress: Sendable, Equatable {
    public var step: Step
    public var stepCount: Int
    /// 1-based position among the questions of the step that are asked.
    public var index: Int
    public var count: Int

    public init(step: Step, stepCount: Int, index: Int, count: Int) {
        self.step = step
        self.stepCount = stepCount
        self.index = index
        self.count = count
    }
}
