import PlanModel

/// The cache's bytes: a header naming the format and the questionnaire, then
/// one record per file (its name, stamp and profile) with fixed-width
/// numbers and length-prefixed UTF-8 text, little-endian. Written and read in
/// one go, with no parsing of field names: a warm ranking of ten thousand
/// sessions reads about a megabyte of these. Anything unexpected while
/// reading makes the whole cache count as empty, so every file is read again.
enum ProfileCacheFormat {
    static let magic = Array("SWOCMPC".utf8)

    struct Writer {
        private(set) var bytes: [UInt8] = []

        mutating func u8(_ value: UInt8) { bytes.append(value) }
        mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        mutating func i64(_ value: Int64) { u64(UInt64(bitPattern: value)) }
        mutating func string(_ value: String) {
            let utf8 = value.utf8
            u32(UInt32(utf8.count))
            bytes += utf8
        }
        mutating func optional(_ value: String?) {
            guard let value else { return u32(.max) }
            string(value)
        }
        mutating func hashes(_ values: [UInt64]) {
            u32(UInt32(values.count))
            for value in values { u64(value) }
        }
        mutating func areas(_ set: AreaSet) {
            u64(set.words.low)
            u64(set.words.high)
        }

        mutating func stamp(_ stamp: ProfileCache.Stamp) {
            i64(stamp.size)
            i64(stamp.modified)
            i64(stamp.changed)
            u64(stamp.inode)
        }

        mutating func profile(_ profile: MatchProfile) {
            string(profile.cityName)
            optional(profile.country)
            u8(profile.side.map { $0 == .european ? 1 : 2 } ?? 0)
            if let partner = profile.partner {
                u8(1)
                string(partner.name)
                optional(partner.country)
                u8(UInt8(partner.signed.rawValue))
                optional(partner.status)
            } else {
                u8(0)
            }
            for set in [
                profile.interests, profile.offers, profile.needs, profile.challengeAreas, profile.priorityOffers,
                profile.priorityNeeds,
            ] { areas(set) }
            u32(profile.obstacles)
            optional(profile.facts.band)
            u8(profile.facts.coastal.map { $0 ? 2 : 1 } ?? 0)
            u64(profile.facts.sectors)
            u32(UInt32(profile.knownNames.count))
            for name in profile.knownNames { string(name) }
            hashes(profile.nameHashes)
            u32(UInt32(profile.knownHashes.count))
            for known in profile.knownHashes { hashes(known) }
        }
    }

    struct Malformed: Error {}

    /// Reads the bytes front to back; every read checks that the bytes are there.
    struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

        init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        var isAtEnd: Bool { offset == bytes.count }

        private mutating func take(_ count: Int) throws(Malformed) -> UnsafeRawBufferPointer {
            guard count >= 0, bytes.count - offset >= count else { throw Malformed() }
            defer { offset += count }
            return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
        }
        mutating func u8() throws(Malformed) -> UInt8 { try take(1)[0] }
        mutating func u32() throws(Malformed) -> UInt32 {
            UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self))
        }
        mutating func u64() throws(Malformed) -> UInt64 {
            UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self))
        }
        mutating func i64() throws(Malformed) -> Int64 { Int64(bitPattern: try u64()) }
        mutating func string() throws(Malformed) -> String {
            let length = try u32()
            guard length != .max else { throw Malformed() }
            return String(decoding: try take(Int(length)), as: UTF8.self)
        }
        mutating func optional() throws(Malformed) -> String? {
            let length = try u32()
            if length == .max { return nil }
            return String(decoding: try take(Int(length)), as: UTF8.self)
        }
        mutating func hashes() throws(Malformed) -> [UInt64] {
            let count = Int(try u32())
            guard count <= (bytes.count - offset) / 8 else { throw Malformed() }
            var values: [UInt64] = []
            values.reserveCapacity(count)
            for _ in 0..<count { values.append(try u64()) }
            return values
        }
        mutating func areas() throws(Malformed) -> AreaSet { AreaSet(low: try u64(), high: try u64()) }

        mutating func stamp() throws(Malformed) -> ProfileCache.Stamp {
            ProfileCache.Stamp(size: try i64(), modified: try i64(), changed: try i64(), inode: try u64())
        }

        mutating func profile() throws(Malformed) -> MatchProfile {
            let name = try string()
            let country = try optional()
            let side: CitySide?
            switch try u8() {
            case 0: side = nil
            case 1: side = .european
            case 2: side = .chinese
            default: throw Malformed()
            }
            var partner: MatchPartnership?
            switch try u8() {
            case 0: partner = nil
            case 1:
                let partnerName = try string()
                let partnerCountry = try optional()
                guard let signed = AgreementStage(rawValue: Int(try u8())) else { throw Malformed() }
                partner = MatchPartnership(
                    name: partnerName, country: partnerCountry, signed: signed, status: try optional())
            default: throw Malformed()
            }
            let interests = try areas()
            let offers = try areas()
            let needs = try areas()
            let challengeAreas = try areas()
            let priorityOffers = try areas()
            let priorityNeeds = try areas()
            let obstacles = try u32()
            let band = try optional()
            let coastal: Bool?
            switch try u8() {
            case 0: coastal = nil
            case 1: coastal = false
            case 2: coastal = true
            default: throw Malformed()
            }
            let sectors = try u64()
            let count = Int(try u32())
            guard count <= bytes.count - offset else { throw Malformed() }
            var knownNames: [String] = []
            knownNames.reserveCapacity(count)
            for _ in 0..<count { knownNames.append(try string()) }
            let nameHashes = try hashes()
            let knownCount = Int(try u32())
            guard knownCount == knownNames.count else { throw Malformed() }
            var knownHashes: [[UInt64]] = []
            knownHashes.reserveCapacity(knownCount)
            for _ in 0..<knownCount { knownHashes.append(try hashes()) }
            return MatchProfile(
                cityName: name, country: country, side: side, partner: partner, interests: interests,
                offers: offers, needs: needs, challengeAreas: challengeAreas, obstacles: obstacles,
                priorityOffers: priorityOffers, priorityNeeds: priorityNeeds,
                facts: MatchCityFacts(band: band, coastal: coastal, sectors: sectors), knownNames: knownNames,
                hashes: (nameHashes, knownHashes))
        }
    }
}
