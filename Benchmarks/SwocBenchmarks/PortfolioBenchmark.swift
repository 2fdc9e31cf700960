import Foundation
import PlanModel
import Storage

#if canImport(Glibc)
    import Glibc
#endif

/// Times `swoc-wizard match CITY --candidates DIR` as a consultant runs it,
/// on portfolios of 1,000 and 10,000 session files (about 8.4 KB each, pretty
/// as the wizard writes them: more than the 5.5 KB of the portfolio issue 15
/// timed, so these figures err on the slow side), cold (`--fresh`: every file read) and warm (profiles cached,
/// files unchanged), and prints the medians beside the targets of issue 15:
/// cold at most 500 ms and warm at most 150 ms for 10,000 files, and ten
/// times the files costing at most eleven times the time, cold and warm.
struct PortfolioBenchmark {
    let binary: URL
    let folder: URL
    let city: Session
    let questionnaire: Questionnaire

    static let coldTarget = 500.0
    static let warmTarget = 150.0
    static let ratioTarget = 11.0

    struct SpawnFailed: Error { var status: Int32 }

    /// Runs the command with standard output to /dev/null and waits for it,
    /// through `posix_spawn`: Foundation's `Process` adds tens of
    /// milliseconds of its own to every run on Linux, which would swamp a
    /// warm ranking's time and its 10× ratio.
    static func spawn(_ path: String, _ arguments: [String], cache: String) throws {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = cache
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard status == 0 else { throw SpawnFailed(status: status) }
        var exit: Int32 = 0
        waitpid(pid, &exit, 0)
    }

    @MainActor func run() throws {
        let cityFile = folder.appendingPathComponent("city.json")
        try SessionFile().save(city, to: cityFile)
        var cold: [Int: Double] = [:]
        var warm: [Int: Double] = [:]
        var bytes: [Int: Int] = [:]
        for count in [1_000, 10_000] {
            let portfolio = folder.appendingPathComponent("portfolio-\(count)")
            try FileManager.default.createDirectory(at: portfolio, withIntermediateDirectories: true)
            var total = 0
            for (index, candidate) in Fixtures.candidates(count, from: city, questionnaire).enumerated() {
                let url = portfolio.appendingPathComponent(String(format: "s%05d.json", index))
                try SessionFile().save(candidate, to: url)
                total += (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            }
            bytes[count] = total
            // Flush the files just written, so the timings are of reading them,
            // not of the disk writing them back at the same time.
            sync()
            func match(_ extra: [String]) throws {
                try Self.spawn(
                    binary.path, ["match", cityFile.path, "--candidates", portfolio.path, "--limit", "3"] + extra,
                    cache: folder.appendingPathComponent("cache").path)
            }
            let megabytes = String(format: "%.1f MB", Double(total) / 1_000_000)
            let coldResult = try Stopwatch.measure(
                "match command, \(count) session files (\(megabytes)), cold", runs: count == 10_000 ? 7 : 9,
                warmUp: 1
            ) { try match(["--fresh"]) }
            record(coldResult, target: count == 10_000 ? Self.coldTarget : nil)
            cold[count] = coldResult.median.milliseconds
            try match([])
            let warmResult = try Stopwatch.measure(
                "match command, \(count) session files, warm", runs: 11, warmUp: 2
            ) { try match([]) }
            record(warmResult, target: count == 10_000 ? Self.warmTarget : nil)
            warm[count] = warmResult.median.milliseconds
        }
        if let small = cold[1_000], let big = cold[10_000] {
            print(ratioRow("match command, cold", big / small, target: Self.ratioTarget))
        }
        if let small = warm[1_000], let big = warm[10_000] {
            print(ratioRow("match command, warm", big / small, target: Self.ratioTarget))
        }
    }
}
