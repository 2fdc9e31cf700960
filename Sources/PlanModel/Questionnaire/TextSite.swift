/// Where a text a person reads was written in a questionnaire or rule file,
/// and the languages it is written in: what a translator needs to find the
/// texts still missing in a language (`missing(in:)`), file and line.
public struct TextSite: Sendable, Equatable {
    public var file: String
    public var line: Int?
    /// What the text is, as the loader's messages name it ("question city-name prompt").
    public var context: String
    public var languages: Set<String>

    public init(file: String, line: Int?, context: String, languages: Set<String>) {
        self.file = file
        self.line = line
        self.context = context
        self.languages = languages
    }
}

extension Array where Element == TextSite {
    /// The texts not yet written in `language`, in file order.
    public func missing(in language: String) -> [TextSite] {
        filter { !$0.languages.contains(language) }
    }

    /// Every language some text is written in.
    public var languages: Set<String> {
        reduce(into: Set<String>()) { $0.formUnion($1.languages) }
    }
}
