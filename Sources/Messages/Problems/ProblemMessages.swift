import PlanModel

/// Every error and problem the program reports, each saying what is wrong
/// and what to do next (see `Messages`); one requirement per message.
public protocol ProblemMessages: Sendable {
    /// Why a typed answer was not accepted, and what is accepted instead.
    func answer(_ problem: AnswerProblem) -> String
}
