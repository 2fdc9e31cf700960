import Dispatch
import Foundation
import Messages
import PlanModel
import Storage

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

    /// - Parameters:
    ///   - excluded: the city's own file, never ranked against itself.
    ///   - cityIdentity: the city's session, to skip copies of it under other names.
    ///   - messages: the words of the reasons a file is skipped (the city's session's language).
    static func load(
        _ folder: String, maker: MatchMaker, excluding excluded: URL, cityIdentity: SessionIdentity? = nil,
        useCache: Bool = true, messages: Messages = .english, prefetched: FolderPrefetch? = nil
    ) throws(WizardFailure) -> Loaded {
        let directory = URL(fileURLWithPath: folder)
        // One pass over the folder: each name listed once and stat-ed once
        // (through the folder's descriptor, following links as a read would),
        // usually done already while the questionnaire loaded.
        let prefetch = (prefetched ?? FolderPrefetch(folder: folder, useCache: useCache)).wait()
        guard let entries = prefetch.listing else { throw .unreadableFile(path: folder) }
        var own = stat()
        let ownFile = stat(excluded.path, &own) == 0 ? (own.st_dev, own.st_ino) : nil
        // The city's own file (or a link to it) is never ranked against itself.
        let listed = entries.filter {
            guard let info = $0.info, let ownFile else { return true }
            return info.st_dev != ownFile.0 || info.st_ino != ownFile.1
        }
        let files = listed.map(\.name)
        let stamps = listed.map { $0.info.map(ProfileCache.stamp(of:)) }
        let cache = useCache ? ProfileCache(folder: directory, maker: maker, data: prefetch.cache) : nil

        // Profiles of unchanged files come from the cache; the others are read on all cores.
        let slots = Slots<Result<(profile: MatchProfile, created: Int64), LoadProblem>>(count: files.count)
        var toRead: [Int] = []
        for (index, name) in files.enumerated() {
            if let stamp = stamps[index], let entry = cache?.entry(for: name, stamp: stamp) {
                // A copy of the city's own file is skipped from the cache too.
                let copy = cityIdentity.map { $0.isSame(name: entry.profile.cityName, created: entry.created) } ?? false
                slots[index] = copy ? .failure(.copyOfCity) : .success((entry.profile, entry.created))
            } else {
                toRead.append(index)
            }
        }
        let pending = toRead
        let city = cityIdentity
        let reader = MatchingSessionReader(questionnaire: maker.questionnaire)
        // Paths joined as text: making a URL for each of ten thousand files cost more than reading some.
        let prefix = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
        DispatchQueue.concurrentPerform(iterations: pending.count) { position in
            let index = pending[position]
            let path = prefix + files[index]
            do throws(WizardFailure) {
                // The quick reader first; a file it cannot use is read in full for a precise message.
                let session: Session
                let quick = (try? FileContents.read(path)).flatMap(reader.read)
                if let quick {
                    session = quick
                } else {
                    session = try SessionLoading.load(URL(fileURLWithPath: path), for: maker.questionnaire)
                }
                if let city, city == SessionIdentity(session) {
                    slots[index] = .failure(.copyOfCity)
                } else {
                    slots[index] = .success(
                        (
                            quick == nil ? maker.profile(session) : reader.profile(session, index: maker.index),
                            SessionIdentity.seconds(session.createdAt)
                        ))
                }
            } catch {
                slots[index] = .failure(.unusable(error))
            }
        }

        var loaded = Loaded(candidates: [], skipped: [])
        for (index, name) in files.enumerated() {
            switch slots[index] {
            case .success(let read)?: loaded.candidates.append(.init(profile: read.profile, source: name))
            case .failure(let problem)?: loaded.skipped.append((name, problem.reason(in: messages)))
            case nil:
                loaded.skipped.append(
                    (name, messages.problems.skippedCandidate(.unreadable(path: name, reason: .phrase("")))))
            }
        }
        if var cache {
            for index in pending {
                if let stamp = stamps[index], case .success(let read)? = slots[index] {
                    cache.store(.init(stamp: stamp, profile: read.profile, created: read.created), for: files[index])
                }
            }
            cache.keep(only: Set(files))
            cache.save()
        }
        return loaded
    }

    /// Why a file is left out, as a typed value: worded once all files are
    /// read, in the language of the city's session.
    enum LoadProblem: Error {
        case unusable(WizardFailure)
        case copyOfCity

        func reason(in messages: Messages) -> String {
            switch self {
            case .unusable(let failure): failure.candidateReason(in: messages)
            case .copyOfCity: messages.problems.skippedCopyOfCity()
            }
        }
    }
}

/// What makes two files the same session: the city and the moment the
/// session was created (a copy or a link of the city's own file).
struct SessionIdentity: Equatable {
    var city: AnswerValue?
    var created: Date

    init(_ session: Session) {
        city = session.answers["city-name"]
        created = session.createdAt
    }

    /// Whether a cached profile (its city's name and its session's creation
    /// time in seconds, as the cache keeps them) is this session's.
    func isSame(name: String, created seconds: Int64) -> Bool {
        guard case .text(let own)? = city else { return false }
        return own == name && Self.seconds(created) == seconds
    }

    /// A moment in whole seconds since 1970, as the cache stores it (the
    /// wizard writes times to the second).
    static func seconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970).rounded(.down))
    }
}

extension WizardFailure {
    /// A short reason for the list of skipped candidates: the advice written
    /// for a single session (resume it, pass --questionnaire) does not fit there.
    func candidateReason(in messages: Messages) -> String {
        switch self {
        case .sessionFile(let error): return messages.problems.skippedCandidate(error)
        default: return message(in: messages)
        }
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
