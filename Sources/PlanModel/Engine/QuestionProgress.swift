/// Where a question sits, for the progress line above each prompt
/// ("Step 1 of 4 · SWOC analysis · question 2 of 5").
public struct QuestionProgress: Sendable, Equatable {
    public var step: Step
    public var stepCount: Int
    /// 1-based position among the questions of the step that are asked.
    public var index: Int
    /// The questions of the step, fixed while the team walks through it: those
    /// asked, and those an answer in the step may still open. Never below `index`.
    public var count: Int
    /// Whether some of the counted questions may not be asked, so the count is
    /// an upper bound ("question 8 of up to 13") rather than exact.
    public var mayAskFewer: Bool

    public init(step: Step, stepCount: Int, index: Int, count: Int, mayAskFewer: Bool = false) {
        self.step = step
        self.stepCount = stepCount
        self.index = index
        self.count = count
        self.mayAskFewer = mayAskFewer
    }
}
