/// Why a suggestion is made: a sentence built from the city's own answers,
/// the report section or case study it rests on, and the answers it read.
public struct Reason: Sendable, Equatable, Codable {
    public var text: String
    public var source: String
    /// Question ids whose answers produced this reason.
    public var answers: [String]
    /// The catalogue rule it comes from (a warning or a health sign), when it comes from one.
    public var rule: String?

    public init(_ text: String, source: String, answers: [String] = [], rule: String? = nil) {
        self.text = text
        self.source = source
        self.answers = answers
        self.rule = rule
    }
}
