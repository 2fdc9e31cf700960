import Foundation
import Testing

@testable import SwocWizard

/// Issue 13: the hints name a command that works for how the program was
/// started — `swift run swoc-wizard` in the package where it was built,
/// `swoc-wizard` for an installed copy.
@Suite struct InvocationTests {
    /// A folder with a Package.swift and a `.build` holding an executable.
    private func package() throws -> URL {
        let folder = try BuiltBinary.workingDirectory()
        try Data().write(to: folder.appendingPathComponent("Package.swift"))
        let debug = folder.appendingPathComponent(".build/debug")
        try FileManager.default.createDirectory(at: debug, withIntermediateDirectories: true)
        try Data().write(to: debug.appendingPathComponent("swoc-wizard"))
        return folder
    }

    @Test func aBuildInThePackageIsRunWithSwiftRun() throws {
        let folder = try package()
        #expect(
            Invocation.detect(
                argument0: folder.path + "/.build/debug/swoc-wizard", currentDirectory: folder.path, searchPath: "")
                == "swift run swoc-wizard")
        #expect(
            Invocation.detect(argument0: ".build/debug/swoc-wizard", currentDirectory: folder.path, searchPath: "")
                == "swift run swoc-wizard")
    }

    @Test func anInstalledCopyIsRunByItsName() throws {
        let folder = try package()
        let path = "/usr/bin:/home/officer/.local/bin"
        #expect(
            Invocation.detect(argument0: "swoc-wizard", currentDirectory: folder.path, searchPath: path)
                == "swoc-wizard")
        #expect(
            Invocation.detect(
                argument0: "/home/officer/.local/bin/swoc-wizard", currentDirectory: folder.path, searchPath: path)
                == "swoc-wizard")
    }

    /// Review of issue 13: a copy run by its path from a folder not on the PATH
    /// is named by that path, as its name alone would not be found.
    @Test func aCopyNotOnThePathIsNamedByItsPath() throws {
        let folder = try package()
        #expect(
            Invocation.detect(
                argument0: "/tmp/inst/bin/swoc-wizard", currentDirectory: folder.path, searchPath: "/usr/bin")
                == "/tmp/inst/bin/swoc-wizard")
        // A build of the package run from another folder: `swift run` would not work there.
        let elsewhere = try BuiltBinary.workingDirectory()
        let binary = folder.path + "/.build/debug/swoc-wizard"
        #expect(
            Invocation.detect(argument0: binary, currentDirectory: elsewhere.path, searchPath: "/usr/bin")
                == ShellQuote.quote(URL(fileURLWithPath: binary).resolvingSymlinksInPath().path))
        #expect(
            Invocation.detect(
                argument0: "/opt/my tools/swoc-wizard", currentDirectory: folder.path, searchPath: "/usr/bin")
                == "'/opt/my tools/swoc-wizard'")
    }

    /// Through the built binary, started from its package folder as `swift run` starts it: the hint to
    /// continue a session that exists says `swift run swoc-wizard resume`.
    @Test func theBuiltBinaryInItsPackageSaysSwiftRun() throws {
        let folder = try BuiltBinary.workingDirectory()
        try Data().write(to: folder.appendingPathComponent("Package.swift"))
        // The package's .build is where the binary lies (the test's own build folder).
        let build = BuiltBinary.url.deletingLastPathComponent().deletingLastPathComponent()
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent(".build"), withDestinationURL: build)
        try Data("{}".utf8).write(to: folder.appendingPathComponent("taken.json"))
        let result = try BuiltBinary.run(["--session", "taken.json"], input: "", in: folder)
        #expect(result.standardError.contains("swift run swoc-wizard resume taken.json"), "\(result.standardError)")
    }
}
