/// Values looked up by the UTF-8 bytes of a JSON key or id, straight from a
/// file's bytes, without making a `String` of them first: reading ten
/// thousand sessions looks up about a hundred keys and ids in each, and
/// making and hashing a string for every one was a large part of that.
///
/// Open addressing over an FNV-1a hash of the bytes, the keys kept in one
/// buffer; made once from the questionnaire, read by every worker.
struct ByteKeyTable<Value: Sendable>: Sendable {
    /// For each slot, the entry stored there, or -1.
    private let slots: [Int32]
    private let keyStarts: [Int]
    private let keyBytes: [UInt8]
    private let values: [Value]
    private let mask: Int

    /// The pairs to look up; of two with the same key, the first is kept.
    init(_ pairs: some Sequence<(key: String, value: Value)>) {
        var unique: [(key: [UInt8], value: Value)] = []
        var seen = Set<String>()
        for pair in pairs where seen.insert(pair.key).inserted { unique.append((Array(pair.key.utf8), pair.value)) }
        var capacity = 16
        while capacity < unique.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        var starts: [Int] = [0]
        var bytes: [UInt8] = []
        for (position, pair) in unique.enumerated() {
            var slot = Int(truncatingIfNeeded: pair.key.withUnsafeBytes(Self.hash)) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(position)
            bytes += pair.key
            starts.append(bytes.count)
        }
        self.slots = slots
        keyStarts = starts
        keyBytes = bytes
        values = unique.map(\.value)
        mask = capacity - 1
    }

    /// The value stored for exactly these bytes.
    func value(for key: UnsafeRawBufferPointer) -> Value? {
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        while true {
            let entry = Int(slots[slot])
            guard entry >= 0 else { return nil }
            let start = keyStarts[entry]
            if keyStarts[entry + 1] - start == key.count, Self.equal(key, keyBytes, from: start) {
                return values[entry]
            }
            slot = (slot + 1) & mask
        }
    }

    private static func equal(_ key: UnsafeRawBufferPointer, _ bytes: [UInt8], from start: Int) -> Bool {
        for index in 0..<key.count where key[index] != bytes[start + index] { return false }
        return true
    }

    /// FNV-1a, 64 bits.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
