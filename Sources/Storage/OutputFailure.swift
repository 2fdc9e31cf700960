/// Why a document (a plan, a diff, a proposal) was not written where asked,
/// each case worded so the person knows what to type instead.
public enum OutputFailure: Error, Sendable, Equatable {
    case exists(path: String)
    /// The target reads as a swoc-wizard session: a team's answers are never
    /// replaced by a document, with or without --force (issue 14, item 1).
    case wouldReplaceSession(path: String)
    case isFolder(path: String)
    case danglingLink(path: String, target: String)
    case cannotWrite(path: String, reason: String)

    public var message: String {
        switch self {
        case .exists(let path):
            return "\(path) already exists. Add --force to replace it, or choose another name with --output."
        case .wouldReplaceSession(let path):
            return "\(path) is a swoc-wizard session file: a team's answers are never replaced by a document, "
                + "even with --force. Choose another name with --output."
        case .isFolder(let path):
            return "\(path) is a folder. Give a file name inside it with --output."
        case .danglingLink(let path, let target):
            return "\(path) is a symbolic link to \(target), which does not exist. "
                + "Give the real file's name with --output."
        case .cannotWrite(let path, let reason):
            return "Cannot write \(path) (\(reason))."
        }
    }
}
