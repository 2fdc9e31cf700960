/// A set of cooperation areas as bits, indexed by the vocabulary's order, so
/// that comparing one city with ten thousand others is a handful of integer
/// operations per pair. The bits are stored inline (no heap array), which
/// keeps a large portfolio's profiles compact in memory: ranking time then
/// grows with the number of candidates, not with cache misses. Up to 128
/// areas are told apart; a vocabulary longer than that is not expected
/// (the report names about twenty) and the extra areas are ignored.
public struct AreaSet: Sendable, Equatable, Hashable {
    public static let capacity = 128

    private var low: UInt64 = 0
    private var high: UInt64 = 0

    public init() {}

    /// The set from its two words, as `words` gives them (for a compact cache).
    public init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The bits as two words, areas 0–63 and 64–127.
    public var words: (low: UInt64, high: UInt64) { (low, high) }

    public init(_ indices: some Sequence<Int>) {
        for index in indices { insert(index) }
    }

    public mutating func insert(_ index: Int) {
        switch index {
        case 0..<64: low |= 1 << UInt64(index)
        case 64..<Self.capacity: high |= 1 << UInt64(index - 64)
        default: break
        }
    }

    public func intersection(_ other: AreaSet) -> AreaSet {
        var result = AreaSet()
        result.low = low & other.low
        result.high = high & other.high
        return result
    }

    public func union(_ other: AreaSet) -> AreaSet {
        var result = AreaSet()
        result.low = low | other.low
        result.high = high | other.high
        return result
    }

    /// How many areas are in both, without building the intersection.
    public func overlap(with other: AreaSet) -> Int {
        (low & other.low).nonzeroBitCount + (high & other.high).nonzeroBitCount
    }

    public var count: Int { low.nonzeroBitCount + high.nonzeroBitCount }
    public var isEmpty: Bool { low == 0 && high == 0 }

    /// The indices in the set, in order.
    public var indices: [Int] {
        var result: [Int] = []
        for (offset, word) in [(0, low), (64, high)] {
            var bits = word
            while bits != 0 {
                result.append(offset + bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
        return result
    }
}
