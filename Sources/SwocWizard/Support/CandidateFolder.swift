import Dispatch
import Foundation
import PlanModel

/// Reads every session file in a consultant's folder and turns each into a
/// match profile, on all cores, reusing the profiles of files that have not
/// changed since the last ranking (`ProfileCache`). A file that cannot be used
/// is reported by name and skipped: one damaged file must not stop the ranking
/// of a portfolio.
enum CandidateFolder {
    struct Loaded {
        var candidates: [CandidateRanker.Candidate]
        var skipped: [(file: String, problem: String)]
    }

    static func load(_ folder: String, maker: MatchMaker, excluding excluded: URL, useCache: Bool = true)
        throws(WizardFailure) -> Loaded
    {
        let directory = URL(fileURLWithPath: folder)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        } catch {
            throw .unreadableFile(path: folder)
        }
        let excludedPath = excluded.standardizedFileURL.path
        let files = names.filter { directory.appendingPathComponent($0).standardizedFileURL.path != excludedPath }
        var cache = useCache ? ProfileCache(folder: directory, questionnaire: maker.questionnaire) : nil
        let stamps = files.map { ProfileCache.stamp(of: directory.appendingPathComponent($0)) }

        // Profiles of unchanged files come from the cache; the others are read on all cores.
        let slots = Slots<ProfileCache.Entry>(count: files.count)
        var toRead: [Int] = []
        for (index, name) in files.enumerated() {
            if let stamp = stamps[index], let entry = cache?.entry(for: name, stamp: stamp) {
                slots[index] = entry
            } else {
                toRead.append(index)
            }
        }
        let pending = toRead
        DispatchQueue.concurrentPerform(iterations: pending.count) { position in
            let index = pending[position]
            let stamp = stamps[index] ?? (0, 0)
            do throws(WizardFailure) {
                let session = try SessionLoading.load(
                    directory.appendingPathComponent(files[index]), for: maker.questionnaire)
                slots[index] = .init(
                    size: stamp.size, modified: stamp.modified, profile: maker.profile(session), problem: nil)
            } catch {
                slots[index] = .init(size: stamp.size, modified: stamp.modified, profile: nil, problem: error.message)
            }
        }

        var loaded = Loaded(candidates: [], skipped: [])
        for (index, name) in files.enumerated() {
            guard let entry = slots[index] else { continue }
            if let profile = entry.profile {
                loaded.candidates.append(.init(profile: profile, source: name))
            } else {
                loaded.skipped.append((name, entry.problem ?? "could not be read"))
            }
        }
        if var cache {
            for index in pending where stamps[index] != nil {
                if let entry = slots[index] { cache.store(entry, for: files[index]) }
            }
            cache.keep(only: Set(files))
            cache.save()
        }
        return loaded
    }
}

/// One result slot per file, written by exactly one worker each and read only
/// after all workers are done (`concurrentPerform` returns when they are), so
/// no two threads ever touch the same slot at the same time.
final class Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    subscript(index: Int) -> Value? {
        get { buffer[index] }
        set { buffer[index] = newValue }
    }
}
