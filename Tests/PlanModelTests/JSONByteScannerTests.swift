import Foundation
import Testing

@testable import PlanModel

/// The byte scanner reads strings eight bytes at a time while none of them
/// needs attention (issue 15, speed). Quotes, escapes, control characters
/// and Chinese text at every place within and across those eight bytes are
/// read exactly as JSONSerialization reads them, and refused where it refuses.
@Suite struct JSONByteScannerTests {
    /// A JSON document `{"k": "<text>"}` read by both, the text padded to move it across word boundaries.
    private func readBoth(_ body: String) -> (scanned: String?, skipped: Bool, plain: String?, foundation: String?) {
        let json = Data("{\"k\": \"\(body)\"}".utf8)
        let foundation = (try? JSONSerialization.jsonObject(with: json) as? [String: String])?["k"]
        func scan(_ read: (inout JSONByteScanner) throws(JSONByteScanner.Refused) -> Void) -> Bool {
            json.withUnsafeBytes { bytes in
                var scanner = JSONByteScanner(bytes)
                do {
                    var members = try scanner.object()
                    guard try scanner.nextKey(in: &members) != nil else { return false }
                    try read(&scanner)
                    return try scanner.nextKey(in: &members) == nil && scanner.isAtEnd()
                } catch {
                    return false
                }
            }
        }
        var scanned: String?
        let read = scan { (scanner: inout JSONByteScanner) throws(JSONByteScanner.Refused) in
            scanned = try scanner.string()
        }
        let skipped = scan { (scanner: inout JSONByteScanner) throws(JSONByteScanner.Refused) in
            try scanner.skipValue()
        }
        var plain: String?
        _ = scan { (scanner: inout JSONByteScanner) throws(JSONByteScanner.Refused) in
            plain = String(decoding: try scanner.plainString(), as: UTF8.self)
        }
        return (read ? scanned : nil, skipped, plain, foundation)
    }

    @Test func everySpecialCharacterIsSeenWhereverItFalls() {
        let specials = ["\\\"", "\\\\", "\\n", "\\u00e9", "\\ud83c\\udfdb", "城市", "\u{01}", "\t", "\\x", "\\u12"]
        for special in specials {
            for before in 0..<17 {
                for after in [0, 1, 7, 8, 9] {
                    let body = String(repeating: "a", count: before) + special + String(repeating: "b", count: after)
                    let (scanned, skipped, plain, foundation) = readBoth(body)
                    #expect(scanned == foundation, "\(body.debugDescription)")
                    #expect(skipped == (foundation != nil), "skipping \(body.debugDescription)")
                    // Only text with no escape and no control character is plain.
                    let isPlain = !special.contains("\\") && special.unicodeScalars.allSatisfy { $0.value >= 0x20 }
                    #expect((plain != nil) == isPlain, "plain \(body.debugDescription)")
                    if isPlain { #expect(plain == foundation) }
                }
            }
        }
    }

    /// The word test itself: each of the eight places, each byte value.
    @Test func theWordTestFlagsExactlyTheBytesThatNeedAttention() {
        for place in 0..<8 {
            for value in 0...255 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[place] = UInt8(value)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                let needs = value < 0x20 || value == 0x22 || value == 0x5C
                #expect(JSONByteScanner.mayNeedAttention(word) == needs, "byte \(value) at \(place)")
            }
        }
    }

    @Test func runsOfSpacesAreSkippedWhateverTheirLength() {
        for spaces in 0..<20 {
            let json = Data(
                "{\(String(repeating: " ", count: spaces))\"k\"\n\(String(repeating: " ", count: spaces)):1}".utf8)
            let ok = json.withUnsafeBytes { bytes -> Bool in
                var scanner = JSONByteScanner(bytes)
                do {
                    var members = try scanner.object()
                    guard let key = try scanner.nextKey(in: &members), JSONByteScanner.equals(key, "k"),
                        try scanner.integer() == 1
                    else { return false }
                    return try scanner.nextKey(in: &members) == nil && scanner.isAtEnd()
                } catch {
                    return false
                }
            }
            #expect(ok, "\(spaces) spaces")
        }
    }
}
