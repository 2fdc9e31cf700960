import Foundation

/// An output stream that collects bytes in memory. CSV.swift writes one byte
/// per call; Foundation's memory stream on Linux makes each call costly (the
/// large plan's table took 66 ms), this one appends to an array.
final class ByteSink: OutputStream {
    private(set) var bytes: [UInt8] = []

    convenience init() {
        self.init(toMemory: ())
    }

    required init(toMemory: ()) {
        super.init(toMemory: ())
    }

    override var streamStatus: Stream.Status { .open }
    override var hasSpaceAvailable: Bool { true }
    override func open() {}
    override func close() {}

    override func write(_ buffer: UnsafePointer<UInt8>, maxLength length: Int) -> Int {
        bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: length))
        return length
    }
}
