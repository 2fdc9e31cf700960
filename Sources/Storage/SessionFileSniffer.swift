import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells whether a file reads as a swoc-wizard session, of any version, whole,
/// damaged or cut short: such a file holds a team's work and no command may
/// write a document over it.
public enum SessionFileSniffer {
    /// How much of the start is looked at for a session's keys: the session is
    /// written with sorted keys, so a file cut short still begins with "answers".
    static let headLength = 64 << 10

    public static func readsAsSession(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var head = [UInt8](repeating: 0, count: headLength)
        let count = read(descriptor, &head, head.count)
        guard count > 0 else { return false }
        let text = String(decoding: head[0..<count], as: UTF8.self)
        if looksLikeSession(text) { return true }
        // A whole session with a long answer first: its keys come later.
        guard Int(info.st_size) <= FileContents.defaultLimit, let data = try? FileContents.read(path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return false }
        return object["schemaVersion"] != nil && object["questionnaireID"] != nil
    }

    /// A JSON object that starts as a session does (`"answers"` holding an
    /// object keyed by question: a plan's `"answers"` is a list), or that
    /// names the session's format and questionnaire near the start.
    static func looksLikeSession(_ head: String) -> Bool {
        let trimmed = head.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        guard trimmed.hasPrefix("{") else { return false }
        let rest = trimmed.dropFirst().drop { $0.isWhitespace }
        if rest.hasPrefix("\"answers\"") {
            let value = rest.dropFirst("\"answers\"".count).drop { $0.isWhitespace || $0 == ":" }
            if value.hasPrefix("{") { return true }
        }
        return head.contains("\"schemaVersion\"") && head.contains("\"questionnaireID\"")
    }
}
