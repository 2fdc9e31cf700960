/// Why a file could not be read, written or locked, as a typed value:
/// Storage, which knows the system's error numbers, picks the case, and each
/// language's `ProblemMessages.fileReason` words it. No sentence is made
/// where the failure is found, so a Chinese session hears it in Chinese.
/// It lives beside `SessionFileError`, which carries it.
public indirect enum FileReason: Sendable, Equatable {
    /// The phrase of a failed write (a raw value of Storage's
    /// `WriteFailure.Reason`, which `ProblemMessages.reason` translates), or
    /// the system's own words for a rarer error, kept as they are.
    case phrase(String)

    /// The file may not be read (no permission).
    case noReadPermission
    case doesNotExist
    /// A folder where a file was expected.
    case isAFolder
    /// A device, a socket, or a pipe where only a plain file will do.
    case notAPlainFile
    /// Larger than anything the wizard reads (`limit` in bytes).
    case tooLarge(limit: Int)

    /// The folder a session is to be saved in does not exist.
    case folderMissing(folder: String)
    /// What should be the session's folder is a file.
    case folderIsAFile(folder: String)

    /// The lock file beside a session (`name`, such as ".rome.json.lock") is not a plain file.
    case lockNotAPlainFile(name: String)
    /// The lock file is a symbolic link, which is never followed.
    case lockIsALink(name: String)
    /// The lock file exists but may not be opened (another user's, or its permissions).
    case lockNotOpenable(name: String)
    /// The lock file cannot be created, `because` of a reason of its own.
    case lockNotCreatable(name: String, because: FileReason)

    /// The session could not be encoded (a fault of the program, with the encoder's words).
    case notEncodable(detail: String)
}
