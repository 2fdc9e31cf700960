import Foundation
import Testing

@testable import Storage

#if canImport(Glibc)
    import Glibc
#endif

/// `FileContents.read` reads a file straight into a buffer sized from its
/// stat (issue 15: a portfolio of ten thousand sessions is read file by
/// file). Every size reads back exactly, a pipe of unknown size grows the
/// buffer, and the limit holds at its exact edge.
@Suite struct FileContentsTests {
    private func bytes(_ count: Int) -> Data {
        Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
    }

    @Test(arguments: [0, 1, 4_095, 65_536, 65_537, 300_001])
    func aFileOfAnySizeReadsBackExactly(size: Int) throws {
        let file = try Scratch.folder().appendingPathComponent("f.json")
        try bytes(size).write(to: file)
        #expect(try FileContents.read(file.path) == bytes(size))
    }

    @Test func theLimitHoldsAtItsEdge() throws {
        let file = try Scratch.folder().appendingPathComponent("f.json")
        try bytes(1_000).write(to: file)
        #expect(try FileContents.read(file.path, limit: 1_000) == bytes(1_000))
        #expect(throws: FileContents.Failure.tooLarge(limit: 999)) { try FileContents.read(file.path, limit: 999) }
    }

    /// A pipe says nothing of its size: the buffer grows as it is read, and
    /// the limit still stops it.
    @Test func aPipeIsReadWhole() throws {
        // A pipe whose writing end is already open, as a shell's `<(…)` gives.
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let expected = bytes(200_000)
        let writing = ends[1]
        let writer = Thread {
            _ = expected.withUnsafeBytes { write(writing, $0.baseAddress!, $0.count) }
            close(writing)
        }
        writer.start()
        #expect(try FileContents.read("/dev/fd/\(ends[0])", kinds: .plainFilesAndPipes) == expected)
        close(ends[0])
        #expect(pipe(&ends) == 0)
        #expect(throws: FileContents.Failure.notAFile) { try FileContents.read("/dev/fd/\(ends[0])") }
        close(ends[0])
        close(ends[1])
    }

    @Test func aFolderIsRefused() throws {
        #expect(throws: FileContents.Failure.isFolder) { try FileContents.read(try Scratch.folder().path) }
    }
}
