/// A strict reader of JSON bytes for the few fields match-making needs:
/// strings, numbers, booleans, lists and objects are read where wanted, and
/// every other value is stepped over byte by byte, its syntax still checked,
/// without building it. Any byte it does not expect throws `Refused`, and the
/// caller then reads the file with the full decoder (which says precisely
/// what is wrong), so this reader never accepts what the decoder would not.
struct JSONByteScanner {
    struct Refused: Error {}

    let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x0A, 0x09, 0x0D: offset += 1
            case 0x20:
                // A pretty-printed file is indented with runs of spaces: eight
                // bytes at a time, the run's end found from the first byte that
                // differs (the lowest in a little-endian load).
                guard bytes.count - offset >= 8 else {
                    offset += 1
                    continue
                }
                let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                let differs = word ^ 0x2020_2020_2020_2020
                offset += differs == 0 ? 8 : differs.trailingZeroBitCount / 8
            default: return
            }
        }
    }

    /// Steps over the bytes of a string that need no attention, eight at a
    /// time while none of the eight does: it stops at the first quote,
    /// backslash or control character (or the end), which the caller then
    /// reads. Texts are most of a session file's bytes.
    private mutating func skipPlainStringBytes() {
        while bytes.count - offset >= 8,
            !Self.mayNeedAttention(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        {
            offset += 8
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return }
            offset += 1
        }
    }

    /// Whether any of eight bytes is a quote, a backslash or below 0x20
    /// (the classic "has a zero byte" and "has a byte less than" tricks on a
    /// 64-bit word; bytes of 0x80 and above, as in UTF-8 Chinese, never count).
    static func mayNeedAttention(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let control = (word &- ones &* 0x20) & ~word & highs != 0
        return control || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }

    /// Whether only whitespace is left.
    mutating func isAtEnd() -> Bool {
        skipWhitespace()
        return offset == bytes.count
    }

    mutating func expect(_ byte: UInt8) throws(Refused) {
        skipWhitespace()
        guard current == byte else { throw Refused() }
        offset += 1
    }

    /// The next significant byte, without reading it.
    mutating func peek() -> UInt8? {
        skipWhitespace()
        return current
    }

    /// Reads `null` if it comes next.
    mutating func null() throws(Refused) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    private mutating func literal(_ word: StaticString) throws(Refused) {
        let count = word.utf8CodeUnitCount
        guard bytes.count - offset >= count else { throw Refused() }
        for index in 0..<count where bytes[offset + index] != word.utf8Start[index] { throw Refused() }
        offset += count
    }

    /// Where a reader is within an object or a list: read one member or item
    /// at a time with `nextKey(in:)` or `nextItem(in:)`, in a loop of the
    /// caller's, so no closure (and nothing it captures) is made per value.
    struct Container {
        fileprivate let closing: UInt8
        fileprivate var isFirst = true
    }

    /// Reads the `{` of an object.
    mutating func object() throws(Refused) -> Container {
        try expect(UInt8(ascii: "{"))
        return Container(closing: UInt8(ascii: "}"))
    }

    /// Reads the `[` of a list.
    mutating func array() throws(Refused) -> Container {
        try expect(UInt8(ascii: "["))
        return Container(closing: UInt8(ascii: "]"))
    }

    /// The next member's key, as the bytes between its quotes, its colon
    /// read; nil at the end of the object. The caller then reads or skips the
    /// value. A key written with an escape is refused: the wizard never
    /// writes one, and the full reader reads it.
    mutating func nextKey(in container: inout Container) throws(Refused) -> UnsafeRawBufferPointer? {
        guard try hasNext(&container) else { return nil }
        let key = try plainString()
        try expect(UInt8(ascii: ":"))
        return key
    }

    /// Whether another item of the list follows; the caller then reads or skips it.
    mutating func nextItem(in container: inout Container) throws(Refused) -> Bool {
        try hasNext(&container)
    }

    /// Before a member or an item: false at the closing bracket, true when
    /// one follows (after a comma, but for the first).
    private mutating func hasNext(_ container: inout Container) throws(Refused) -> Bool {
        skipWhitespace()
        guard let byte = current else { throw Refused() }
        if byte == container.closing {
            offset += 1
            return false
        }
        if container.isFirst {
            container.isFirst = false
            return true
        }
        guard byte == UInt8(ascii: ",") else { throw Refused() }
        offset += 1
        // A trailing comma is not JSON.
        skipWhitespace()
        guard current != container.closing else { throw Refused() }
        return true
    }

    /// The bytes of a string that has no escape, between its quotes; a string
    /// with an escape or a raw control character is refused.
    mutating func plainString() throws(Refused) -> UnsafeRawBufferPointer {
        try expect(UInt8(ascii: "\""))
        let start = offset
        skipPlainStringBytes()
        guard current == UInt8(ascii: "\"") else { throw Refused() }
        offset += 1
        return UnsafeRawBufferPointer(rebasing: bytes[start..<offset - 1])
    }

    /// Whether a key's bytes are exactly `word`.
    static func equals(_ key: UnsafeRawBufferPointer, _ word: StaticString) -> Bool {
        guard key.count == word.utf8CodeUnitCount else { return false }
        for index in 0..<key.count where key[index] != word.utf8Start[index] { return false }
        return true
    }

    /// A list of strings, each as `string(in:)` reads it.
    mutating func strings(in known: ByteKeyTable<String>?) throws(Refused) -> [String] {
        var result: [String] = []
        var list = try array()
        while try nextItem(in: &list) { result.append(try string(in: known)) }
        return result
    }

    /// One of the ids of `known`, given as the string stored there; any other
    /// string is refused (an id is never written with an escape). Without
    /// `known`, any string.
    mutating func string(in known: ByteKeyTable<String>?) throws(Refused) -> String {
        guard let known else { return try string() }
        guard let value = known.value(for: try plainString()) else { throw Refused() }
        return value
    }

    mutating func bool() throws(Refused) -> Bool {
        switch peek() {
        case UInt8(ascii: "t"):
            try literal("true")
            return true
        case UInt8(ascii: "f"):
            try literal("false")
            return false
        default: throw Refused()
        }
    }

    /// A whole number written with digits only, as the wizard writes `schemaVersion`.
    mutating func integer() throws(Refused) -> Int {
        skipWhitespace()
        let start = offset
        if current == UInt8(ascii: "-") { offset += 1 }
        let digits = offset
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { offset += 1 }
        // JSON writes no leading zero ("02"); the full reader refuses it.
        if offset - digits > 1, bytes[digits] == UInt8(ascii: "0") { throw Refused() }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        guard offset - start <= 9, let value = Int(text) else { throw Refused() }
        if let byte = current, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(byte) {
            throw Refused()
        }
        return value
    }

    mutating func number() throws(Refused) -> Double {
        skipWhitespace()
        let start = offset
        try skipNumber()
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw Refused() }
        return value
    }

    /// A string, its escapes decoded. Raw control characters are refused, as JSON requires.
    mutating func string() throws(Refused) -> String {
        try expect(UInt8(ascii: "\""))
        let start = offset
        // The usual case: no escape, a slice of the bytes as it is.
        skipPlainStringBytes()
        switch current {
        case UInt8(ascii: "\""):
            // Bytes that are not UTF-8 are refused, as the full reader refuses them (never replaced).
            guard
                let text = String(validating: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
            else { throw Refused() }
            offset += 1
            return text
        case UInt8(ascii: "\\"): break
        default: throw Refused()
        }
        var decoded = Array(UnsafeRawBufferPointer(rebasing: bytes[start..<offset]))
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: decoded, as: UTF8.self) else { throw Refused() }
                return text
            case UInt8(ascii: "\\"):
                guard let escaped = current else { throw Refused() }
                offset += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escaped)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        // A surrogate pair: the second half must follow.
                        try literal("\\u")
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw Refused() }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw Refused() }
                    decoded += Array(String(Character(unicode)).utf8)
                default: throw Refused()
                }
            default:
                guard byte >= 0x20 else { throw Refused() }
                decoded.append(byte)
            }
        }
        throw Refused()
    }

    private mutating func hex4() throws(Refused) -> UInt32 {
        guard bytes.count - offset >= 4 else { throw Refused() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            offset += 1
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Refused()
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// How deep lists and objects may nest in a value stepped over. The
    /// wizard writes four levels; Foundation's decoder refuses more than 512,
    /// so a file nested deeper is refused here too, before a hostile one
    /// (200,000 brackets) could exhaust the stack of the worker reading it.
    static let maximumDepth = 512

    /// Steps over any value, checking its syntax but building nothing.
    mutating func skipValue(depth: Int = 0) throws(Refused) {
        switch peek() {
        case UInt8(ascii: "{"):
            guard depth < Self.maximumDepth else { throw Refused() }
            // Keys of a skipped object may hold escapes: only their syntax matters.
            var members = try object()
            while try hasNext(&members) {
                try skipString()
                try expect(UInt8(ascii: ":"))
                try skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "["):
            guard depth < Self.maximumDepth else { throw Refused() }
            var items = try array()
            while try nextItem(in: &items) { try skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case .some: try skipNumber()
        case nil: throw Refused()
        }
    }

    /// Steps over a string without decoding it (its escapes still checked).
    private mutating func skipString() throws(Refused) {
        try expect(UInt8(ascii: "\""))
        while true {
            skipPlainStringBytes()
            guard let byte = current else { throw Refused() }
            offset += 1
            switch byte {
            case UInt8(ascii: "\""): return
            case UInt8(ascii: "\\"):
                guard let escaped = current else { throw Refused() }
                offset += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    break
                case UInt8(ascii: "u"): _ = try hex4()
                default: throw Refused()
                }
            // What stops the plain bytes and is neither: a raw control character.
            default: throw Refused()
            }
        }
    }

    /// A number by JSON's grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    private mutating func skipNumber() throws(Refused) {
        func digits() throws(Refused) {
            let start = offset
            while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { offset += 1 }
            guard offset > start else { throw Refused() }
        }
        if current == UInt8(ascii: "-") { offset += 1 }
        if current == UInt8(ascii: "0") {
            offset += 1
        } else {
            try digits()
        }
        if current == UInt8(ascii: ".") {
            offset += 1
            try digits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            try digits()
        }
    }
}
