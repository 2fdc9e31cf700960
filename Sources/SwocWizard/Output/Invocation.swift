import Foundation

/// How a person starts this program again, for the hints it prints ("To
/// continue later: swoc-wizard resume …"). Someone who followed the README's
/// quick start ran `swift run swoc-wizard` in the package's folder, where
/// `swoc-wizard` alone is not a command (issue 13); an installed copy is
/// found on the PATH as `swoc-wizard`.
enum Invocation {
    /// The command for this run, worked out once.
    static let command = detect(
        argument0: CommandLine.arguments.first ?? "", currentDirectory: FileManager.default.currentDirectoryPath)

    /// "swift run swoc-wizard" when the program was built in the package in
    /// `currentDirectory` (its executable lies under that folder's `.build`,
    /// beside a Package.swift), else "swoc-wizard".
    static func detect(argument0: String, currentDirectory: String) -> String {
        let installed = "swoc-wizard"
        guard argument0.contains("/") else { return installed }
        let folder = URL(fileURLWithPath: currentDirectory, isDirectory: true)
        let executable = URL(fileURLWithPath: argument0, relativeTo: folder).standardizedFileURL
            .resolvingSymlinksInPath().path
        let build = folder.appendingPathComponent(".build", isDirectory: true).resolvingSymlinksInPath().path + "/"
        let package = folder.appendingPathComponent("Package.swift").path
        guard executable.hasPrefix(build), FileManager.default.fileExists(atPath: package) else { return installed }
        return "swift run swoc-wizard"
    }
}
