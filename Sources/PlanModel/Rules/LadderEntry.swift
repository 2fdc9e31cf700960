/// One text of the agreement-ladder advice as written in
/// `rules/agreements.yaml`, with the report section a reason cites.
public struct LadderEntry: Sendable {
    public let text: LocalizedTemplate
    /// Empty for headlines and prerequisites, which are shown without a section.
    public let source: String
}
