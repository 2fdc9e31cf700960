/// How a language joins the items of a list inside a sentence, read from the
/// `lists` part of `rules/names.yaml`: English writes "Smart cities, Sport",
/// Chinese 智慧城市、体育, and a team's own entries are kept apart with "; " or
/// "；". Kept as data so that a language is added without code.
public struct ListStyle: Sendable, Equatable {
    /// Between cooperation areas ("Smart cities, Sport").
    public var areas: String
    /// Between choice labels (funding sources, channels, helix groups).
    public var labels: String
    /// Between the team's own entries (links, participants, indicators).
    public var entries: String
    /// Between SWOC entry codes ("W2, C1").
    public var references: String
    /// After a shortened list of codes; `{count}` is how many were left out (" and 12 more").
    public var more: String
    /// Between two sentences of one text (a space in English, nothing in Chinese).
    public var sentences: String

    /// The placeholder `more` must hold.
    static let countPlaceholder = "{count}"

    public init(
        areas: String, labels: String, entries: String, references: String, more: String, sentences: String
    ) {
        self.areas = areas
        self.labels = labels
        self.entries = entries
        self.references = references
        self.more = more
        self.sentences = sentences
    }

    /// The English style, for a context made without a catalogue (tests of single templates).
    public static let plain = ListStyle(
        areas: ", ", labels: "; ", entries: "; ", references: ", ", more: " and {count} more", sentences: " ")

    /// "S1, W2, O3, O4, C1 and 12 more": a long SWOC must not flood a projector or a table cell.
    public func references(_ references: [SwocReference], limit: Int = 5) -> String {
        let shown = references.prefix(limit).map(\.code).joined(separator: self.references)
        guard references.count > limit else { return shown }
        return shown + more.replacingOccurrences(of: Self.countPlaceholder, with: String(references.count - limit))
    }
}
