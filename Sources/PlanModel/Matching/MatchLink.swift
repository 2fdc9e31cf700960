/// A sign that two cities already know each other (report §1.2): one names
/// the other as its partner city, or one of its existing links mentions it.
public struct MatchLink: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable {
        /// `city` names `other` as its partner city.
        case partner
        /// One of `city`'s existing links mentions `other`.
        case mention
    }

    public var kind: Kind
    /// The city whose answers name the other.
    public var city: String
    /// The city named.
    public var other: String
    /// The existing link as the team typed it, for a mention.
    public var text: String?

    public init(kind: Kind, city: String, other: String, text: String? = nil) {
        self.kind = kind
        self.city = city
        self.other = other
        self.text = text
    }
}
