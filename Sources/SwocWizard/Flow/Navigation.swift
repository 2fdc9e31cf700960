import PlanModel

/// Where to go after a question has been dealt with.
enum Navigation {
    case next
    case back
    case jump(to: Question)
    case stop(FlowOutcome)
}
