/// One clause of a draft agreement as `rules/agreement-clauses.yaml` writes
/// it: its name, the agreements it belongs in, its heading and text in each
/// language of the file, and the report section it follows.
public struct AgreementClause: Sendable, Equatable {
    public let id: String
    public let types: Set<AgreementType>
    /// Language code → heading.
    public let headings: [String: String]
    /// Language code → text.
    public let texts: [String: ClauseTemplate]
    public let source: String
    /// For a Project Contract's checklist: a point only the parties' lawyers can settle.
    public let lawyersDecide: Bool
    /// Where the clause is written, for messages about it.
    public let file: String
    public let line: Int?
}
