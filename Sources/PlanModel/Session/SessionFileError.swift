/// What can go wrong reading or writing a session file, worded for the person
/// who has to decide what to do about it.
public enum SessionFileError: Error, Sendable, Equatable {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case notJSON(path: String, detail: String)
    case wrongShape(path: String, field: String, detail: String)
    /// A value of the right shape that cannot be used: a date that is not a
    /// date, a year out of range, an id the questionnaire does not have.
    case invalidValue(path: String, field: String, detail: String)
    case newerVersion(path: String, found: Int, supported: Int)
    case otherQuestionnaire(path: String, found: String, expected: String)
    case unwritable(path: String, reason: String)
    /// Another wizard has the session open.
    case inUse(path: String, process: Int32?)
    /// The lock that keeps a second wizard out cannot be taken, so the file is
    /// not opened for writing at all.
    case cannotLock(path: String, reason: String)

    public var message: String {
        switch self {
        case .missing(let path):
            return "There is no session file at \(path). Check the name, or start a new session with `swoc-wizard`."
        case .unreadable(let path, let reason):
            return "The session file \(path) cannot be read (\(reason))."
        case .empty(let path):
            return "The session file \(path) is empty, so there is nothing to continue. "
                + "If the team's answers were saved elsewhere, open that file instead."
        case .notJSON(let path, let detail):
            return "The session file \(path) is damaged or is not a session file (\(detail)). It has not been changed."
        case .wrongShape(let path, let field, let detail):
            return "The session file \(path) does not look like a swoc-wizard session: \(detail) at \(field). "
                + "It has not been changed."
        case .invalidValue(let path, let field, let detail):
            return "The session file \(path) holds a value swoc-wizard cannot use, at \(field): \(detail). "
                + "Correct it in the file with a text editor, or use the copy the team saved before; "
                + "the file has not been changed."
        case .newerVersion(let path, let found, let supported):
            return "The session file \(path) was written by a newer swoc-wizard (format \(found); this one reads up to "
                + "\(supported)). Please update swoc-wizard; the file has not been changed."
        case .otherQuestionnaire(let path, let found, let expected):
            return
                "The session file \(path) was made with the questionnaire \"\(found)\", but \"\(expected)\" is loaded. "
                + "Pass the matching folder with --questionnaire."
        case .unwritable(let path, let reason):
            return "The session could not be saved to \(path) (\(reason))."
        case .cannotLock(let path, let reason):
            return "\(path) cannot be opened for writing: \(reason). Nothing was changed. "
                + "Save the session in a folder you can write to, or ask whoever owns the folder."
        case .inUse(let path, let process):
            let who = process.map { " (process \($0))" } ?? ""
            return "\(path) is open in another swoc-wizard\(who). Finish or close that one first; "
                + "two wizards writing one session would lose answers. If that wizard has crashed, simply try again."
        }
    }
}
