/// A set of cooperation areas as bits, indexed by the vocabulary's order, so
/// that comparing one city with ten thousand others is a handful of integer
/// operations per pair.
public struct AreaSet: Sendable, Equatable, Hashable, Codable {
    private var words: [UInt64]

    public init() {
        words = []
    }

    public init(_ indices: some Sequence<Int>) {
        words = []
        for index in indices { insert(index) }
    }

    public mutating func insert(_ index: Int) {
        let word = index / 64
        if word >= words.count { words += Array(repeating: 0, count: word - words.count + 1) }
        words[word] |= 1 << UInt64(index % 64)
    }

    public func intersection(_ other: AreaSet) -> AreaSet {
        var result = AreaSet()
        let count = min(words.count, other.words.count)
        result.words = (0..<count).map { words[$0] & other.words[$0] }
        return result
    }

    public func union(_ other: AreaSet) -> AreaSet {
        var result = AreaSet()
        let count = max(words.count, other.words.count)
        result.words = (0..<count).map {
            ($0 < words.count ? words[$0] : 0) | ($0 < other.words.count ? other.words[$0] : 0)
        }
        return result
    }

    /// How many areas are in both, without building the intersection.
    public func overlap(with other: AreaSet) -> Int {
        var total = 0
        for index in 0..<min(words.count, other.words.count) {
            total += (words[index] & other.words[index]).nonzeroBitCount
        }
        return total
    }

    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }
    public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    /// The indices in the set, in order.
    public var indices: [Int] {
        var result: [Int] = []
        for (wordIndex, word) in words.enumerated() {
            var bits = word
            while bits != 0 {
                let bit = bits.trailingZeroBitCount
                result.append(wordIndex * 64 + bit)
                bits &= bits - 1
            }
        }
        return result
    }
}
