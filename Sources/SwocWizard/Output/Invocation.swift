import Foundation

/// How a person starts this program again, for the hints it prints ("To
/// continue later: swoc-wizard resume …"). Someone who followed the README's
/// quick start ran `swift run swoc-wizard` in the package's folder, where
/// `swoc-wizard` alone is not a command (issue 13); an installed copy is
/// found on the PATH as `swoc-wizard`.
enum Invocation {
    /// The command for this run, worked out once.
    static let command = detect(
        argument0: CommandLine.arguments.first ?? "", currentDirectory: FileManager.default.currentDirectoryPath,
        searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "")

    /// "swift run swoc-wizard" when the program was built in the package in
    /// `currentDirectory` (its executable lies under that folder's `.build`,
    /// beside a Package.swift); "swoc-wizard" when it was found by name or
    /// lies in a folder of `searchPath`; else the executable's own path,
    /// quoted for the shell, as a copy run from a folder not on the PATH
    /// (`/tmp/inst/bin/swoc-wizard`, a build run from another folder) is not
    /// found by its name alone.
    static func detect(argument0: String, currentDirectory: String, searchPath: String) -> String {
        let installed = "swoc-wizard"
        guard argument0.contains("/") else { return installed }
        let folder = URL(fileURLWithPath: currentDirectory, isDirectory: true)
        let executable = URL(fileURLWithPath: argument0, relativeTo: folder).standardizedFileURL
            .resolvingSymlinksInPath().path
        let build = folder.appendingPathComponent(".build", isDirectory: true).resolvingSymlinksInPath().path + "/"
        let package = folder.appendingPathComponent("Package.swift").path
        if executable.hasPrefix(build), FileManager.default.fileExists(atPath: package) {
            return "swift run swoc-wizard"
        }
        let directory = (executable as NSString).deletingLastPathComponent
        let onPath = searchPath.split(separator: ":").contains { entry in
            URL(fileURLWithPath: String(entry), isDirectory: true).standardizedFileURL.resolvingSymlinksInPath().path
                == directory
        }
        guard !onPath, (executable as NSString).lastPathComponent == installed else { return installed }
        return ShellQuote.quote(executable)
    }
}
