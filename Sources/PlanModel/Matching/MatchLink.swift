/// A sign that two cities already know each other (report §1.2): one names
/// the other as its partner city, or one of its existing links mentions it.
public struct MatchLink: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable {
        /// `city` names `other` as its partner city (signed with, or intended).
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
    /// For a partner: the highest rung signed (`noAgreement` when nothing is, as for an intended partner).
    public var signed: AgreementStage?

    public init(kind: Kind, city: String, other: String, text: String? = nil, signed: AgreementStage? = nil) {
        self.kind = kind
        self.city = city
        self.other = other
        self.text = text
        self.signed = signed
    }
}
