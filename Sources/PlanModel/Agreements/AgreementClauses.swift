/// The clause texts of the draft agreements (`rules/agreement-clauses.yaml`,
/// named `agreementClauses` in the manifest): data, so a facilitator can
/// reword a clause to a city's customs, add one or translate them, and the
/// wizard checks the file when it starts like the other rule files.
public struct AgreementClauses: Sendable, Equatable {
    /// The languages every clause, title, blank and word is written in.
    public let languages: [String]
    /// Each agreement's title, per language.
    public let titles: [AgreementType: [String: ClauseTemplate]]
    /// In order.
    public let clauses: [AgreementClause]
    /// The words inside each slot's blank, per language: "signatory's title".
    public let blanks: [AgreementSlot: [String: String]]
    /// Fixed words a slot's value is made of (`agreed`, `not-agreed`), per language.
    public let words: [String: [String: String]]
    /// Plan activities a draft's first activities do not list: the signing
    /// of agreements themselves, which the draft is.
    public var leftOutActivities: Set<String> = []

    public init(
        languages: [String], titles: [AgreementType: [String: ClauseTemplate]], clauses: [AgreementClause],
        blanks: [AgreementSlot: [String: String]], words: [String: [String: String]]
    ) {
        self.languages = languages
        self.titles = titles
        self.clauses = clauses
        self.blanks = blanks
        self.words = words
    }

    /// No clauses: the rules folder names no clause file.
    public static let none = AgreementClauses(languages: [], titles: [:], clauses: [], blanks: [:], words: [:])

    public var isEmpty: Bool { clauses.isEmpty }

    /// The names of `words:`: `agreed` and `not-agreed` for the contract's
    /// checklist; each agreement's short name (`name-mou`: "Memorandum",
    /// "谅解备忘录") for "This {agreement}"; each language's name (`language-zh`)
    /// and `and` for the languages clause.
    static func wordNames(languages: [String]) -> [String] {
        ["agreed", "not-agreed", "and"] + AgreementType.allCases.map { "name-\($0.rawValue)" }
            + languages.map { "language-\($0)" }
    }

    /// The clauses of one agreement, in the file's order.
    public func clauses(of type: AgreementType) -> [AgreementClause] {
        clauses.filter { $0.types.contains(type) }
    }
}
