import Foundation
import Testing

@testable import Storage

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct DocumentFileTests {
    private static let session = """
        {"schemaVersion": 2, "questionnaireID": "eu-china-city-partnership", "answers": {}}
        """

    /// Issue 14, item 1: any file that reads as a session is never replaced
    /// by a document, with or without --force.
    @Test(arguments: [false, true]) func aSessionIsNeverReplaced(force: Bool) throws {
        let file = try Scratch.folder().appendingPathComponent("B.json")
        try Data(Self.session.utf8).write(to: file)
        #expect(throws: OutputFailure.wouldReplaceSession(path: file.path)) {
            try DocumentFile.destination(for: file.path, force: force)
        }
    }

    /// A version-1 session, or one with damaged answers, is still a session.
    @Test func anOldOrDamagedSessionIsStillASession() throws {
        let file = try Scratch.folder().appendingPathComponent("old.json")
        try Data(#"{"questionnaireID": "x", "schemaVersion": 1, "answers": {"city-name": 42}}"#.utf8).write(to: file)
        #expect(SessionFileSniffer.readsAsSession(file.path))
        try Data(#"{"title": "Partnership plan", "schemaVersion": 1}"#.utf8).write(to: file)
        #expect(!SessionFileSniffer.readsAsSession(file.path))
    }

    /// Issue 14, item 5: a link is written through to its target, never replaced by a new file.
    @Test func aLinkIsWrittenThroughAndStaysALink() throws {
        let folder = try Scratch.folder()
        let target = folder.appendingPathComponent("real-plan.md")
        try Data("old plan".utf8).write(to: target)
        chmod(target.path, 0o640)
        let link = folder.appendingPathComponent("plan.md")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let destination = try DocumentFile.destination(for: link.path, force: true)
        try DocumentFile.write(Data("new plan".utf8), to: destination, path: link.path)
        #expect(Scratch.isLink(link))
        #expect(Scratch.text(target) == "new plan")
        #expect(Scratch.mode(target) == 0o640)
    }

    /// A link to nowhere is refused with where it points.
    @Test func aDanglingLinkIsRefused() throws {
        let link = try Scratch.folder().appendingPathComponent("plan.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/nowhere/plan.md")
        #expect(throws: OutputFailure.danglingLink(path: link.path, target: "/nowhere/plan.md")) {
            try DocumentFile.destination(for: link.path, force: true)
        }
    }

    /// Issue 14, item 5: "-" and /dev/stdout mean standard output, and a
    /// device is written into, never replaced (root could replace /dev/null).
    @Test func standardOutputAndDevicesAreNotReplaced() throws {
        for name in ["-", "/dev/stdout", "/dev/fd/1"] {
            #expect(try DocumentFile.destination(for: name, force: true) == .standardOutput)
        }
        let null = try DocumentFile.destination(for: "/dev/null", force: false)
        #expect(null == .stream(URL(fileURLWithPath: "/dev/null")))
        try DocumentFile.write(Data("plan".utf8), to: null, path: "/dev/null")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
    }

    /// Issue 14, item 13: a new document is private like the session; a
    /// replaced one keeps its mode, but never gains or keeps execute bits.
    @Test func newDocumentsArePrivateAndReplacedOnesKeepTheirMode() throws {
        let folder = try Scratch.folder()
        let fresh = folder.appendingPathComponent("plan.md")
        try DocumentFile.write(
            Data("plan".utf8), to: try DocumentFile.destination(for: fresh.path, force: false), path: fresh.path)
        #expect(Scratch.mode(fresh) == 0o600)

        let shared = folder.appendingPathComponent("shared.md")
        try Data("old".utf8).write(to: shared)
        chmod(shared.path, 0o754)
        try DocumentFile.write(
            Data("new".utf8), to: try DocumentFile.destination(for: shared.path, force: true), path: shared.path)
        #expect(Scratch.mode(shared) == 0o644)
        #expect(Scratch.text(shared) == "new")
    }

    @Test func anExistingFileNeedsForceAndAFolderIsRefused() throws {
        let folder = try Scratch.folder()
        let file = folder.appendingPathComponent("plan.md")
        try Data("old".utf8).write(to: file)
        #expect(throws: OutputFailure.exists(path: file.path)) {
            try DocumentFile.destination(for: file.path, force: false)
        }
        #expect(throws: OutputFailure.isFolder(path: folder.path)) {
            try DocumentFile.destination(for: folder.path, force: true)
        }
    }

    /// A session cut short still reads as one; a plan's JSON (whose first key
    /// is also "answers", but a list) does not.
    @Test func cutOffSessionsAreSessionsAndPlansAreNot() throws {
        let folder = try Scratch.folder()
        let cut = folder.appendingPathComponent("cut.json")
        try Data("{\n  \"answers\" : {\n    \"city-name\" : \"Ro".utf8).write(to: cut)
        #expect(SessionFileSniffer.readsAsSession(cut.path))
        let plan = folder.appendingPathComponent("plan.json")
        try Data("{\n  \"answers\" : [\n    {\"id\": \"city-name\"}\n  ],\n  \"city\" : {}\n}".utf8).write(to: plan)
        #expect(!SessionFileSniffer.readsAsSession(plan.path))
    }
}
