import Foundation

/// Quotes a path for the "to continue, type ..." hints, so a path with spaces
/// can be copied straight into the shell.
enum ShellQuote {
    static func quote(_ text: String) -> String {
        // A name such as "-x.json" would be read as an option: "./-x.json" is
        // the same file and cannot be.
        let text = text.hasPrefix("-") ? "./" + text : text
        let safe = text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || "-_./+:=@".unicodeScalars.contains($0)
        }
        if safe && !text.isEmpty { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
