/// Points at one SWOC entry, e.g. "W2" for the second weakness, so that a
/// suggestion can say which of the team's own entries it answers.
public struct SwocReference: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var quadrant: SwocQuadrant
    /// 1-based, as shown to people.
    public var number: Int

    public init(quadrant: SwocQuadrant, number: Int) {
        self.quadrant = quadrant
        self.number = number
    }

    public var code: String {
        let letter: String
        switch quadrant {
        case .strengths: letter = "S"
        case .weaknesses: letter = "W"
        case .opportunities: letter = "O"
        case .challenges: letter = "C"
        }
        return "\(letter)\(number)"
    }

    public var description: String { code }

    /// "S1, W2, O3, O4, C1 and 12 more", in English, for callers without the
    /// catalogue; a plan in any language uses `CatalogNames.listStyle(in:)`.
    public static func shortList(_ references: [SwocReference], limit: Int = 5) -> String {
        ListStyle.plain.references(references, limit: limit)
    }

    public static func < (lhs: SwocReference, rhs: SwocReference) -> Bool {
        let order = SwocQuadrant.allCases
        let left = order.firstIndex(of: lhs.quadrant)!
        let right = order.firstIndex(of: rhs.quadrant)!
        return left != right ? left < right : lhs.number < rhs.number
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        let quadrants: [Character: SwocQuadrant] = [
            "S": .strengths, "W": .weaknesses, "O": .opportunities, "C": .challenges,
        ]
        guard let first = code.first, let quadrant = quadrants[first], let number = Int(code.dropFirst()) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a SWOC reference such as S1 or W2")
        }
        self.init(quadrant: quadrant, number: number)
    }
}
