/// Why a Word file could not be made, beyond pandoc missing (which the
/// command finds out before it starts, to say how to install it).
public enum WordExportError: Error, Equatable, Sendable {
    /// pandoc ran and failed: its exit status and what it said.
    case pandocFailed(status: Int32, message: String)
    /// The scratch folder pandoc works in could not be made or written.
    case workspace(reason: String)
}
