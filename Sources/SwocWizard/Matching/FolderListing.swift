import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The files of one folder with their stat, read in one pass: the folder is
/// opened once, its names read with `readdir`, and each name stat-ed through
/// the folder's descriptor, without building or resolving a path per file (a
/// consultant's portfolio holds ten thousand sessions).
enum FolderListing {
    /// The names that pass `include`, sorted, each with its stat (nil when it
    /// cannot be stat-ed, e.g. a broken link: reading it then says why); nil
    /// when the folder cannot be opened.
    static func read(_ path: String, including include: (String) -> Bool) -> [(name: String, info: stat?)]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var result: [(name: String, info: stat?)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            guard include(name) else { continue }
            var info = stat()
            result.append((name, fstatat(descriptor, name, &info, 0) == 0 ? info : nil))
        }
        return result.sorted { $0.name < $1.name }
    }
}
