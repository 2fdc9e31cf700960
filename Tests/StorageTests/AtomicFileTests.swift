import Foundation
import Testing

@testable import Storage

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct AtomicFileTests {
    /// Issue 14, item 4: a link planted under the temporary name the old code
    /// used (".s.json.PID.tmp") made the save write through it into the victim
    /// and then move the link over the session. The temporary file is now
    /// created exclusively under an unpredictable name, so neither can happen.
    @Test func aPlantedTemporaryLinkIsNeitherFollowedNorMovedIntoPlace() throws {
        let folder = try Scratch.folder()
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("precious".utf8).write(to: victim)
        chmod(victim.path, 0o644)
        let target = folder.appendingPathComponent("s.json")
        let planted = folder.appendingPathComponent(".s.json.\(getpid()).tmp")
        try FileManager.default.createSymbolicLink(at: planted, withDestinationURL: victim)

        try AtomicFile.write(Data("answers".utf8), to: target, permissions: 0o600)

        #expect(Scratch.text(victim) == "precious")
        #expect(Scratch.mode(victim) == 0o644)
        #expect(!Scratch.isLink(target))
        #expect(Scratch.text(target) == "answers")
        #expect(Scratch.mode(target) == 0o600)
        #expect(Scratch.isLink(planted), "the planted link is left alone, not renamed")
    }

    /// The mode asked for is the mode given, whatever the umask.
    @Test func thePermissionsAreExactDespiteTheUmask() throws {
        let folder = try Scratch.folder()
        let target = folder.appendingPathComponent("plan.md")
        let old = umask(0o077)
        defer { umask(old) }
        try AtomicFile.write(Data("plan".utf8), to: target, permissions: 0o640)
        #expect(Scratch.mode(target) == 0o640)
    }

    /// Lesser item of issue 14: a kill during a large save left a full-size
    /// hidden copy behind for good. Leftovers of dead processes are removed
    /// by the next save; a live process's and a recent one's are not.
    @Test func leftoversOfKilledProcessesAreRemovedByTheNextSave() throws {
        let folder = try Scratch.folder()
        let dead = try Self.deadProcessID()
        let old = Date().addingTimeInterval(-3600)
        func leftover(_ name: String, modified: Date) throws -> URL {
            let url = folder.appendingPathComponent(name)
            try Data(repeating: 0x41, count: 1 << 20).write(to: url)
            try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: url.path)
            return url
        }
        let stale = try leftover(".s.json.\(dead).tmp", modified: old)
        let staleNew = try leftover(".s.json.\(dead).1a2b.tmp", modified: old)
        let recent = try leftover(".s.json.\(dead).ffff.tmp", modified: Date())
        let alive = try leftover(".s.json.1.tmp", modified: old)  // init is always running
        let otherFile = try leftover(".t.json.\(dead).tmp", modified: old)
        let notOurs = try leftover(".s.json.\(dead).backup.tmp", modified: old)

        StaleTemporaryFiles.remove(in: folder.path, for: "s.json", now: Date())

        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(!FileManager.default.fileExists(atPath: staleNew.path))
        #expect(FileManager.default.fileExists(atPath: recent.path))
        #expect(FileManager.default.fileExists(atPath: alive.path))
        #expect(FileManager.default.fileExists(atPath: otherFile.path))
        #expect(FileManager.default.fileExists(atPath: notOurs.path), "only names AtomicFile makes are removed")
    }

    /// A link named like a leftover is never removed (nor what it points to).
    @Test func aLinkNamedLikeALeftoverIsLeftAlone() throws {
        let folder = try Scratch.folder()
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("precious".utf8).write(to: victim)
        let link = folder.appendingPathComponent(".s.json.\(try Self.deadProcessID()).tmp")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)
        StaleTemporaryFiles.remove(in: folder.path, for: "s.json", now: Date().addingTimeInterval(3600))
        #expect(Scratch.isLink(link))
        #expect(Scratch.text(victim) == "precious")
    }

    /// A failed save says why in plain words and leaves nothing behind.
    @Test func aSaveIntoAMissingFolderSaysSo() throws {
        let folder = try Scratch.folder()
        let target = folder.appendingPathComponent("gone/s.json")
        #expect(throws: WriteFailure(reason: "the folder does not exist")) {
            try AtomicFile.write(Data("new".utf8), to: target, permissions: 0o600)
        }
        #expect(Scratch.hiddenFiles(in: folder).isEmpty)
    }

    /// The number of a process that has ended.
    static func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
