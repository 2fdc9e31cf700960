/// One line of a SWOC quadrant: what was said, the cooperation areas it touches,
/// and which quadruple-helix actor raised it (report §1.1).
public struct SwocEntry: Codable, Sendable, Equatable, Hashable {
    public var text: String
    /// Ids from the cooperation-areas vocabulary.
    public var areas: [String]
    /// An id from the helix-actors vocabulary, when known.
    public var actor: String?

    public init(text: String, areas: [String] = [], actor: String? = nil) {
        self.text = text
        self.areas = areas
        self.actor = actor
    }

    private enum CodingKeys: String, CodingKey { case text, areas, actor }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        areas = try container.decodeIfPresent([String].self, forKey: .areas) ?? []
        actor = try container.decodeIfPresent(String.self, forKey: .actor)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(areas, forKey: .areas)
        try container.encodeIfPresent(actor, forKey: .actor)
    }
}
