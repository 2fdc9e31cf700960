import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes the temporary files that killed processes left beside a file (a
/// kill in the middle of saving a large session leaves a full-size copy), so
/// a folder does not fill up with hidden copies of a city's answers.
///
/// A leftover is removed only when it is certainly nobody's work in progress:
/// its name is one `AtomicFile` makes for this file, the process in its name is
/// gone, it is a plain file (never a link) and it has not changed for a minute
/// (a process of the same number on another computer sharing the folder would
/// still be writing). Each folder and name is looked at once per run, so
/// saving after every answer stays instant.
enum StaleTemporaryFiles {
    /// How long a leftover must have been untouched before it is removed.
    static let minimumAge: TimeInterval = 60

    private static let checked = Mutex<Set<String>>([])

    static func removeOnce(in folder: String, for name: String) {
        let key = folder + "/" + name
        let isFirst = checked.withLock { $0.insert(key).inserted }
        guard isFirst else { return }
        remove(in: folder, for: name, now: Date())
    }

    static func remove(in folder: String, for name: String, now: Date) {
        let prefix = AtomicFile.temporaryPrefix(for: name)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for candidate in names where candidate.hasPrefix(prefix) && candidate.hasSuffix(".tmp") {
            // Exactly "PID" (older versions) or "PID.RANDOM" (hexadecimal), nothing else.
            let parts = candidate.dropFirst(prefix.count).dropLast(".tmp".count).split(
                separator: ".", omittingEmptySubsequences: false)
            guard parts.count <= 2, let pid = Int32(parts[0]), pid > 0, pid != getpid(),
                parts.count == 1 || (1...8).contains(parts[1].count) && parts[1].allSatisfy(\.isHexDigit),
                !isRunning(pid)
            else { continue }
            let path = folder + "/" + candidate
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == geteuid() else {
                continue
            }
            let modified = Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec))
            if now.timeIntervalSince(modified) >= minimumAge { unlink(path) }
        }
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}
