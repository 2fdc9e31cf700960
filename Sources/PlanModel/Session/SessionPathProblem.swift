/// Why the path given with `--session` cannot hold a new session, as a typed
/// value (`ProblemMessages.invalidSessionPath` words it).
public enum SessionPathProblem: Sendable, Equatable {
    /// Empty, or ending in "/".
    case namesNoFile
    /// A symbolic link to a file that does not exist: saving would replace the link.
    case danglingLink(target: String)
    case isFolder
}
