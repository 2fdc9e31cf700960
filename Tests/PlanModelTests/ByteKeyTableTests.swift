import Testing

@testable import PlanModel

/// The table the session scan looks ids up in by their bytes: every key is
/// found, nothing else is, and many keys (colliding slots) stay apart.
@Suite struct ByteKeyTableTests {
    private func lookUp<Value>(_ table: ByteKeyTable<Value>, _ key: String) -> Value? {
        Array(key.utf8).withUnsafeBytes { table.value(for: $0) }
    }

    @Test func findsEveryKeyAndNothingElse() {
        let keys = (0..<500).map { "key-\($0)" } + ["", "城市", "culture-tourism"]
        let table = ByteKeyTable(keys.enumerated().map { ($0.element, $0.offset) })
        for (position, key) in keys.enumerated() { #expect(lookUp(table, key) == position, "\(key)") }
        for missing in ["key-500", "key-", "Key-1", "culture-tourism ", "城", "key-10\u{0}"] {
            #expect(lookUp(table, missing) == nil, "\(missing)")
        }
    }

    @Test func ofTwoEqualKeysTheFirstIsKept() {
        let table = ByteKeyTable([(key: "a", value: 1), (key: "a", value: 2), (key: "b", value: 3)])
        #expect(lookUp(table, "a") == 1)
        #expect(lookUp(table, "b") == 3)
    }

    @Test func anEmptyTableFindsNothing() {
        let table = ByteKeyTable<Int>([(key: String, value: Int)]())
        #expect(lookUp(table, "") == nil)
        #expect(lookUp(table, "a") == nil)
    }
}
