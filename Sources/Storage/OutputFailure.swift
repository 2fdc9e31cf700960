/// Why a document (a plan, a diff, a proposal) was not written where asked,
/// as a typed value: `ProblemMessages.output` words each case so the person
/// knows what to type instead.
public enum OutputFailure: Error, Sendable, Equatable {
    case exists(path: String)
    /// The target reads as a swoc-wizard session: a team's answers are never
    /// replaced by a document, with or without --force (issue 14, item 1).
    case wouldReplaceSession(path: String)
    case isFolder(path: String)
    case danglingLink(path: String, target: String)
    case cannotWrite(path: String, reason: String)
}
