import Foundation

extension URL {
    /// The path relative to the current directory when it is below it, as a
    /// person would type it, so that messages stay short on a projector.
    ///
    /// A file name may hold anything but "/" and NUL: line breaks and escape
    /// codes in it are shown as "?", as `ls` does, so a name cannot break a
    /// message into false lines or drive the terminal (issue 14, item 11).
    public var displayPath: String {
        let current = FileManager.default.currentDirectoryPath + "/"
        let path = standardizedFileURL.path
        let shown = path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
        return shown.inlineForDisplay
    }
}

extension String {
    /// The text on one line, for a name from the file system or a file (a
    /// file name, a city name) shown inside a line of the tool's own: line
    /// breaks, escape codes and other control characters become "?", as `ls`
    /// shows them, so the name cannot break the line or drive the terminal.
    public var inlineForDisplay: String {
        let forbidden = ControlCharacters.isForbidden
        guard unicodeScalars.contains(where: forbidden) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { forbidden($0) ? "?" : $0 }))
    }
}
