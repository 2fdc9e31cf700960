import Foundation
import PlanModel
import Testing

@testable import Storage

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct SessionLockTests {
    /// Issue 14, item 3: a lock file that could not be opened was silently
    /// skipped, so two wizards could both write. Now it is a refusal with the reason.
    @Test func aLockThatCannotBeTakenIsARefusal() throws {
        let missing = try Scratch.folder().appendingPathComponent("gone/s.json")
        #expect {
            try SessionLock.acquire(for: missing)
        } throws: { error in
            guard case .cannotLock(_, let reason) = error as? SessionFileError else { return false }
            return reason == .lockNotCreatable(name: ".s.json.lock", because: .phrase("the folder does not exist"))
        }
    }

    /// Issue 14, item 4: a link planted where the lock file belongs is not followed.
    @Test func aPlantedLinkInsteadOfTheLockFileIsRefused() throws {
        let folder = try Scratch.folder()
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("precious".utf8).write(to: victim)
        let session = folder.appendingPathComponent("s.json")
        try FileManager.default.createSymbolicLink(at: SessionLock.lockURL(for: session), withDestinationURL: victim)
        #expect {
            try SessionLock.acquire(for: session)
        } throws: { error in
            guard case .cannotLock(_, let reason) = error as? SessionFileError else { return false }
            return reason == .lockIsALink(name: ".s.json.lock")
        }
        #expect(Scratch.text(victim) == "precious")
    }

    /// Lesser item of issue 14: a hard link (a second name for the same file)
    /// had a lock of its own, so two wizards could open one session.
    @Test func aHardLinkToALockedSessionIsRefused() throws {
        let folder = try Scratch.folder()
        let session = folder.appendingPathComponent("s.json")
        try Data("{}".utf8).write(to: session)
        let other = folder.appendingPathComponent("other-name.json")
        #expect(link(session.path, other.path) == 0)
        let held = try SessionLock.acquire(for: session)
        #expect(throws: SessionFileError.inUse(path: other.displayPath, process: nil)) {
            try SessionLock.acquire(for: other)
        }
        withExtendedLifetime(held) {}
    }

    /// After a save replaces the file, a new hard link to it is refused too.
    @Test func theLockFollowsTheFileASavePutsInPlace() throws {
        let folder = try Scratch.folder()
        let session = folder.appendingPathComponent("s.json")
        let held = try SessionLock.acquire(for: session)
        try AtomicFile.write(Data("{}".utf8), to: session, permissions: 0o600)
        held.follow()
        let other = folder.appendingPathComponent("later-link.json")
        #expect(link(session.path, other.path) == 0)
        #expect(throws: SessionFileError.inUse(path: other.displayPath, process: nil)) {
            try SessionLock.acquire(for: other)
        }
    }

    /// The same name twice is refused with the holder's process number.
    @Test func aSecondLockOnTheSameNameNamesTheHolder() throws {
        let session = try Scratch.folder().appendingPathComponent("s.json")
        let held = try SessionLock.acquire(for: session)
        #expect(throws: SessionFileError.inUse(path: session.displayPath, process: getpid())) {
            try SessionLock.acquire(for: session)
        }
        withExtendedLifetime(held) {}
    }

    /// Review finding: a hard link made before the wizard opened the session
    /// was refused only until the first save replaced the file.
    @Test func aHardLinkMadeBeforeStaysRefusedAfterSaves() throws {
        let folder = try Scratch.folder()
        let session = folder.appendingPathComponent("s.json")
        try Data("{}".utf8).write(to: session)
        let other = folder.appendingPathComponent("old-name.json")
        #expect(link(session.path, other.path) == 0)
        let held = try SessionLock.acquire(for: session)
        for _ in 0..<3 {
            try AtomicFile.write(Data("{}".utf8), to: session, permissions: 0o600)
            held.follow()
        }
        #expect(throws: SessionFileError.inUse(path: other.displayPath, process: nil)) {
            try SessionLock.acquire(for: other)
        }
    }
}
