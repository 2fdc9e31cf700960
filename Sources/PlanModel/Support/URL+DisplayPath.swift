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
        guard shown.unicodeScalars.contains(where: Self.isControl) else { return shown }
        return String(String.UnicodeScalarView(shown.unicodeScalars.map { Self.isControl($0) ? "?" : $0 }))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
