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
            case 0x20, 0x09, 0x0A, 0x0D: offset += 1
            default: return
            }
        }
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

    /// The members of an object, one key at a time; `body` reads or skips each value.
    mutating func object(_ body: (inout JSONByteScanner, String) throws(Refused) -> Void) throws(Refused) {
        try expect(UInt8(ascii: "{"))
        if peek() == UInt8(ascii: "}") {
            offset += 1
            return
        }
        while true {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try body(&self, key)
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "}"):
                offset += 1
                return
            default: throw Refused()
            }
        }
    }

    /// The items of a list; `body` reads or skips each.
    mutating func array(_ body: (inout JSONByteScanner) throws(Refused) -> Void) throws(Refused) {
        try expect(UInt8(ascii: "["))
        if peek() == UInt8(ascii: "]") {
            offset += 1
            return
        }
        while true {
            try body(&self)
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "]"):
                offset += 1
                return
            default: throw Refused()
            }
        }
    }

    mutating func strings() throws(Refused) -> [String] {
        var result: [String] = []
        try array { (scanner: inout JSONByteScanner) throws(Refused) in result.append(try scanner.string()) }
        return result
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
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { offset += 1 }
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
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                defer { offset += 1 }
                return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { break }
            guard byte >= 0x20 else { throw Refused() }
            offset += 1
        }
        var decoded = Array(UnsafeRawBufferPointer(rebasing: bytes[start..<offset]))
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: decoded, as: UTF8.self)
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

    /// Steps over any value, checking its syntax but building nothing.
    mutating func skipValue() throws(Refused) {
        switch peek() {
        case UInt8(ascii: "{"):
            try object { (scanner: inout JSONByteScanner, _: String) throws(Refused) in try scanner.skipValue() }
        case UInt8(ascii: "["):
            try array { (scanner: inout JSONByteScanner) throws(Refused) in try scanner.skipValue() }
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
        while offset < bytes.count {
            let byte = bytes[offset]
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
            default: guard byte >= 0x20 else { throw Refused() }
            }
        }
        throw Refused()
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
