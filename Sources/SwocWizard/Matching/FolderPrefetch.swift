import Dispatch
import Foundation
import Storage

#if canImport(Glibc)
    import Glibc
#endif

/// The file-system work of ranking a folder, started on another core while
/// the questionnaire loads (they do not depend on each other): the folder's
/// listing with each file's stat, and the bytes of its profile cache. On a
/// warm ranking of ten thousand sessions these are most of the work.
final class FolderPrefetch: @unchecked Sendable {
    struct Result {
        /// Nil when the folder cannot be opened.
        var listing: [(name: String, info: stat?)]?
        /// The cache file's bytes, if there is one.
        var cache: Data?
    }

    private let group = DispatchGroup()
    // Written once by the worker before `leave`, read only after `wait`.
    private var result = Result()

    init(folder: String, useCache: Bool) {
        let directory = URL(fileURLWithPath: folder)
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result.listing = FolderListing.read(directory.path) { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            if useCache, let url = ProfileCache.location(for: directory) {
                result.cache = try? FileContents.read(url.path)
            }
            group.leave()
        }
    }

    func wait() -> Result {
        group.wait()
        return result
    }
}
