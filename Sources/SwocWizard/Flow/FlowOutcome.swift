/// How a wizard run ended; the command turns it into a message and an exit status.
enum FlowOutcome: Equatable {
    /// Every question was dealt with.
    case completed
    /// `:quit` or Ctrl-D: saved, to be resumed.
    case paused
    /// Ctrl-C: saved, to be resumed; exit status 130.
    case interrupted
}
