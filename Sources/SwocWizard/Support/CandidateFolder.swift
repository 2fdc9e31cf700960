import Dispatch
import Foundation
import PlanModel

/// Reads every session file in a consultant's folder and turns each into a
/// match profile, on all cores. A file that cannot be used is reported by name
/// and skipped: one damaged file must not stop the ranking of a portfolio.
enum CandidateFolder {
    struct Loaded {
        var candidates: [CandidateRanker.Candidate]
        var skipped: [(file: String, problem: String)]
    }

    static func load(_ folder: String, maker: MatchMaker, excluding excluded: URL) throws(WizardFailure) -> Loaded {
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
        let slots = Slots<Result<MatchProfile, LoadProblem>>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let url = directory.appendingPathComponent(files[index])
            do throws(WizardFailure) {
                slots[index] = .success(maker.profile(try SessionLoading.load(url, for: maker.questionnaire)))
            } catch {
                slots[index] = .failure(LoadProblem(message: error.message))
            }
        }
        var loaded = Loaded(candidates: [], skipped: [])
        for (index, name) in files.enumerated() {
            switch slots[index] {
            case .success(let profile)?: loaded.candidates.append(.init(profile: profile, source: name))
            case .failure(let problem)?: loaded.skipped.append((name, problem.message))
            case nil: loaded.skipped.append((name, "could not be read"))
            }
        }
        return loaded
    }

    struct LoadProblem: Error {
        var message: String
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
