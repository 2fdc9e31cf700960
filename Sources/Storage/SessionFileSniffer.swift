import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells whether a file reads as a swoc-wizard session (a JSON object with
/// the session's format number and questionnaire), of any version, damaged
/// answers or not: such a file holds a team's work and no command may write a
/// document over it.
public enum SessionFileSniffer {
    /// Files larger than this are not read whole just to ask; a session of
    /// that size would be far beyond anything a workshop produces.
    static let largestChecked = 256 << 20

    public static func readsAsSession(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) <= largestChecked,
            let data = try? FileContents.read(path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return false }
        return object["schemaVersion"] != nil && object["questionnaireID"] != nil
    }
}
