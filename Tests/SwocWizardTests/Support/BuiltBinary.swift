import Foundation

/// The `swoc-wizard` executable that `swift test` built next to the test bundle.
enum BuiltBinary {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// SWOC_TEST_BINARY runs the end-to-end tests against another build, such
    /// as an older one, to see that a regression test fails there.
    static var url: URL {
        if let other = ProcessInfo.processInfo.environment["SWOC_TEST_BINARY"], !other.isEmpty {
            return URL(fileURLWithPath: other)
        }
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("swoc-wizard"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
                "swoc-wizard"),
            repositoryRoot.appendingPathComponent(".build/debug/swoc-wizard"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }

    /// A fresh empty folder for one test's files.
    static func workingDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("swoc-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// Runs the binary with piped standard input (not a terminal).
    /// - Parameter outputTo: a file standard output is opened on instead of the
    ///   captured one (such as /dev/full); the result then has no output.
    static func run(
        _ arguments: [String], input: String = "", in directory: URL, environment extra: [String: String?] = [:],
        outputTo: String? = nil
    ) throws -> Result {
        try run(arguments, bytes: Data(input.utf8), in: directory, environment: extra, outputTo: outputTo)
    }

    /// The same with raw bytes as input, which need not be valid UTF-8.
    static func run(
        _ arguments: [String], bytes input: Data, in directory: URL, environment extra: [String: String?] = [:],
        outputTo: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // Keep caches (match profiles) inside the test's own folder.
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = directory.appendingPathComponent(".cache").path
        // The wizard speaks the locale's language (issue 11): tests ask for one explicitly.
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["LANG"] = "C.UTF-8"
        // As installed: the binary's folder is on the PATH, so its hints name
        // it `swoc-wizard` (InvocationTests cover the other cases).
        environment["PATH"] = BuiltBinary.searchPath
        for (name, value) in extra { environment[name] = value }
        process.environment = environment
        // Output goes to files, not pipes, so a chatty run can never fill a pipe and hang.
        let outputURL = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let errorURL = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        let stdin = Pipe()
        process.standardInput = stdin
        if let outputTo, let handle = FileHandle(forWritingAtPath: outputTo) {
            process.standardOutput = handle
        } else {
            process.standardOutput = try FileHandle(forWritingTo: outputURL)
        }
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        let output = try Data(contentsOf: outputURL)
        let errors = try Data(contentsOf: errorURL)
        return Result(
            status: process.terminationStatus, standardOutput: String(decoding: output, as: UTF8.self),
            standardError: String(decoding: errors, as: UTF8.self))
    }

    /// The PATH the end-to-end tests run the wizard with: the built binary's
    /// folder first, as for an installed copy.
    static var searchPath: String {
        url.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    }
}
