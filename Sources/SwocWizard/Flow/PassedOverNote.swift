import Messages

/// What the flow says when it turns back to questions passed over: a typed
/// choice, so the words come from the session's language (`FlowMessages`).
enum PassedOverNote: Equatable {
    /// Questions passed over with `:goto`.
    case questionsPassedOver
    /// A revival round turning from the SWOC to the rest of the answers.
    case restOfRevival

    func text(_ messages: FlowMessages) -> String {
        switch self {
        case .questionsPassedOver: messages.passedOver
        case .restOfRevival: messages.restOfRevival
        }
    }
}
