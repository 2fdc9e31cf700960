/// One line of a SWOC quadrant: what was said, the cooperation areas it touches,
/// and which quadruple-helix actor raised it (report §1.1).
public struct SwocEntry: Codable, Sendable, Equatable, Hashable {
    /// Stays with the entry when it is edited in a later SWOC round, so a
    /// comparison of rounds can tell "changed" from "dropped and added".
    /// Entries typed before any revival have none until one starts.
    public var id: String?
    public var text: String
    /// Ids from the cooperation-areas vocabulary.
    public var areas: [String]
    /// An id from the helix-actors vocabulary, when known.
    public var actor: String?

    public init(id: String? = nil, text: String, areas: [String] = [], actor: String? = nil) {
        self.id = id
        self.text = text
        self.areas = areas
        self.actor = actor
    }

    private enum CodingKeys: String, CodingKey { case id, text, areas, actor }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        text = try container.decode(String.self, forKey: .text)
        areas = try container.decodeIfPresent([String].self, forKey: .areas) ?? []
        actor = try container.decodeIfPresent(String.self, forKey: .actor)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encode(areas, forKey: .areas)
        try container.encodeIfPresent(actor, forKey: .actor)
    }
}
