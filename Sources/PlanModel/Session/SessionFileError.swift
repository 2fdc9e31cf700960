/// What can go wrong reading or writing a session file, as a typed value:
/// `ProblemMessages.sessionFile` words it, in each language the program
/// speaks, for the person who has to decide what to do about it. The reasons
/// a file cannot be read, written or locked are typed too (`FileReason`).
public enum SessionFileError: Error, Sendable, Equatable {
    case missing(path: String)
    case unreadable(path: String, reason: FileReason)
    case empty(path: String)
    case notJSON(path: String, detail: String)
    case wrongShape(path: String, field: String, detail: String)
    /// A value of the right shape that cannot be used: a date that is not a
    /// date, a year out of range, an id the questionnaire does not have.
    case invalidValue(path: String, field: String, detail: String)
    case newerVersion(path: String, found: Int, supported: Int)
    case otherQuestionnaire(path: String, found: String, expected: String)
    case unwritable(path: String, reason: FileReason)
    /// Another wizard has the session open.
    case inUse(path: String, process: Int32?)
    /// The lock that keeps a second wizard out cannot be taken, so the file is
    /// not opened for writing at all.
    case cannotLock(path: String, reason: FileReason)

    /// The file the error is about, as the messages name it.
    public var path: String {
        switch self {
        case .missing(let path), .unreadable(let path, _), .empty(let path), .notJSON(let path, _),
            .wrongShape(let path, _, _), .invalidValue(let path, _, _), .newerVersion(let path, _, _),
            .otherQuestionnaire(let path, _, _), .unwritable(let path, _), .inUse(let path, _),
            .cannotLock(let path, _):
            return path
        }
    }
}
