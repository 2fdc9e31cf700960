import Foundation
import PlanModel
import Storage

#if canImport(Glibc)
    import Glibc
#endif

/// Remembers the match profile of each session file in a candidates folder,
/// so that ranking a large portfolio again only reads the files that changed.
/// A file is read again when its size or modification time differs, or when
/// the questionnaire or the cache format changes. The cache lives in the
/// user's cache folder (never in the portfolio); if it cannot be read or
/// written the ranking simply reads every file.
struct ProfileCache {
    /// Raise when `MatchProfile`, the scoring inputs or `ProfileCacheFormat` change meaning.
    static let formatVersion: UInt32 = 11

    /// Size, modification and change times and inode: a file edited in place,
    /// replaced, or given new permissions is read again.
    struct Stamp: Equatable {
        var size: Int64
        var modified: Int64
        var changed: Int64
        var inode: UInt64
    }

    /// Only readable sessions are remembered; a file that failed is read again
    /// next time (its permissions or the tool may have changed since).
    struct Entry {
        var stamp: Stamp
        var profile: MatchProfile
        /// When the session was created, in whole seconds: with the city's
        /// name it tells a copy of the city's own file (`SessionIdentity`),
        /// which a ranking from the cache must skip as a first reading does.
        var created: Int64
    }

    let url: URL?
    /// What the cached profiles were built with: the questionnaire (and its
    /// version), the session format and the vocabularies numbered in the
    /// profiles. A cache made with anything else is not used.
    private let key: String
    private(set) var entries: [String: Entry] = [:]
    private(set) var changed = false

    /// - Parameter data: the cache file's bytes, when already read (`FolderPrefetch`).
    init(folder: URL, maker: MatchMaker, data prefetched: Data? = nil) {
        let questionnaire = maker.questionnaire
        let index = maker.index
        key =
            (["\(questionnaire.id)@\(questionnaire.version)/session-\(Session.currentSchemaVersion)"]
            + [index.areaIDs, index.obstacleIDs, index.sectorIDs, index.bands.keys.sorted()].map {
                $0.joined(separator: ",")
            }).joined(separator: "|")
        url = Self.location(for: folder)
        guard let url, let data = prefetched ?? (try? FileContents.read(url.path)) else { return }
        entries = data.withUnsafeBytes { (try? Self.decode($0, key: key)) ?? [:] }
    }

    /// The whole cache from its bytes, or nothing when any of it is not as written.
    private static func decode(_ bytes: UnsafeRawBufferPointer, key: String) throws(ProfileCacheFormat.Malformed)
        -> [String: Entry]
    {
        var reader = ProfileCacheFormat.Reader(bytes)
        for byte in ProfileCacheFormat.magic { guard try reader.u8() == byte else { throw .init() } }
        guard try reader.u32() == formatVersion, try reader.string() == key else { throw .init() }
        let count = Int(try reader.u32())
        guard count <= bytes.count else { throw .init() }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let name = try reader.string()
            entries[name] = Entry(stamp: try reader.stamp(), profile: try reader.profile(), created: try reader.i64())
        }
        guard reader.isAtEnd else { throw .init() }
        return entries
    }

    /// The cached entry for a file, if it has not changed since.
    func entry(for name: String, stamp: Stamp) -> Entry? {
        guard let entry = entries[name], entry.stamp == stamp else { return nil }
        return entry
    }

    mutating func store(_ entry: Entry, for name: String) {
        entries[name] = entry
        changed = true
    }

    /// Forgets files no longer in the folder.
    mutating func keep(only names: Set<String>) {
        // The usual case, nothing removed, without copying the entries.
        guard entries.keys.contains(where: { !names.contains($0) }) else { return }
        let before = entries.count
        entries = entries.filter { names.contains($0.key) }
        if entries.count != before { changed = true }
    }

    func save() {
        guard changed, let url else { return }
        var writer = ProfileCacheFormat.Writer()
        for byte in ProfileCacheFormat.magic { writer.u8(byte) }
        writer.u32(Self.formatVersion)
        writer.string(key)
        writer.u32(UInt32(entries.count))
        // In name order, so the same folder always gives the same bytes.
        for name in entries.keys.sorted() {
            let entry = entries[name]!
            writer.string(name)
            writer.stamp(entry.stamp)
            writer.profile(entry.profile)
            writer.i64(entry.created)
        }
        // `location` makes sure the home folder exists: only the cache's own folders are created here.
        try? FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        // Atomic but not flushed to the disk: a cache lost or cut short by a
        // crash reads as malformed, hence empty, and every file is read again;
        // waiting for the disk made every cold ranking wait for it too.
        try? AtomicFile.write(Data(writer.bytes), to: url, permissions: 0o600, durable: false)
    }

    /// A file's stamp, from its stat.
    static func stamp(of info: stat) -> Stamp {
        Stamp(
            size: Int64(info.st_size),
            modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
            inode: UInt64(info.st_ino))
    }

    /// `$XDG_CACHE_HOME` when it is an absolute path: the XDG specification
    /// says to ignore a relative one (it would put the cache wherever the
    /// command runs, even into the portfolio folder).
    private static var xdgCacheHome: URL? {
        guard let cache = ProcessInfo.processInfo.environment["XDG_CACHE_HOME"], cache.hasPrefix("/") else {
            return nil
        }
        return URL(fileURLWithPath: cache)
    }

    /// `$XDG_CACHE_HOME/swoc-wizard` or `~/.cache/swoc-wizard`, one file per
    /// folder; none when there is no home folder (it is never created).
    static func location(for folder: URL) -> URL? {
        let base: URL
        if let cache = xdgCacheHome {
            base = cache
        } else if let home = ProcessInfo.processInfo.environment["HOME"], home.hasPrefix("/"),
            FileManager.default.fileExists(atPath: home)
        {
            base = URL(fileURLWithPath: home).appendingPathComponent(".cache")
        } else {
            return nil
        }
        // FNV-1a of the folder's absolute path: stable across runs, unlike Hasher.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in folder.standardizedFileURL.path.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return base.appendingPathComponent("swoc-wizard/match-\(String(hash, radix: 16)).profiles")
    }
}
