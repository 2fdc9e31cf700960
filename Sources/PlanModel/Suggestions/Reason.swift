/// Why a suggestion is made: a sentence built from the city's own answers,
/// the report section or case study it rests on, and the answers it read.
public struct Reason: Sendable, Equatable, Codable {
    public var text: String
    public var source: String
    /// Question ids whose answers produced this reason.
    public var answers: [String]

    public init(_ text: String, source: String, answers: [String] = []) {
        self.text = text
        self.source = source
        self.answers = answers
    }
}
