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
    /// For weaknesses and challenges: ids from the question's obstacle kinds
    /// (language and culture, funding, ...), as the team tagged the entry.
    /// Empty when not tagged; the plan then falls back to a guess from the words.
    public var obstacles: [String]
    /// Marked by the team as one of the quadrant's entries that matter most
    /// (the workshop's closing choice, issue 13): the plan, TOWS and the
    /// exported SWOC put these first.
    public var isPriority: Bool
    /// Fields of a stored entry this version does not know, written back unchanged.
    public var otherFields: [String: JSONValue] = [:]

    public init(
        id: String? = nil, text: String, areas: [String] = [], actor: String? = nil, obstacles: [String] = [],
        isPriority: Bool = false
    ) {
        self.id = id
        self.text = text
        self.areas = areas
        self.actor = actor
        self.obstacles = obstacles
        self.isPriority = isPriority
    }

    private enum CodingKeys: String, CodingKey, CaseIterable { case id, text, areas, actor, obstacles, priority }

    private static let knownFields = Set(CodingKeys.allCases.map(\.stringValue))

    /// Read through one container keyed by any name, so that the fields this
    /// version does not know are found without a second pass (a portfolio
    /// holds hundreds of thousands of entries). An id is checked: new ids are
    /// counted on from the highest "e" number, which must not be too large to
    /// count on from.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: JSONKey.self)
        id = try container.decodeIfPresent(String.self, forKey: JSONKey("id"))
        if let id, let problem = SessionValueLimits.entryIDProblem(id) {
            throw container.invalid(
                JSONKey("id"), problem + "; remove the id and swoc-wizard gives the entry a new one")
        }
        text = try container.decode(String.self, forKey: JSONKey("text"))
        areas = try container.decodeIfPresent([String].self, forKey: JSONKey("areas")) ?? []
        actor = try container.decodeIfPresent(String.self, forKey: JSONKey("actor"))
        // Files written before obstacle tags existed have none.
        obstacles = try container.decodeIfPresent([String].self, forKey: JSONKey("obstacles")) ?? []
        isPriority = try container.decodeIfPresent(Bool.self, forKey: JSONKey("priority")) ?? false
        otherFields = try container.otherFields(besides: Self.knownFields)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encode(areas, forKey: .areas)
        try container.encodeIfPresent(actor, forKey: .actor)
        // Left out when empty, so sessions without tags are written as before.
        if !obstacles.isEmpty { try container.encode(obstacles, forKey: .obstacles) }
        if isPriority { try container.encode(true, forKey: .priority) }
        try encoder.encode(otherFields: otherFields, besides: Self.knownFields)
    }
}
