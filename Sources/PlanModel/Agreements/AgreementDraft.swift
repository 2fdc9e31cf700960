import Foundation

/// A draft agreement, worked out from the session(s) and the clause file, in
/// one or two languages: the title and each clause in every language, piece
/// by piece, so each format can show blanks and typed texts its own way.
/// Built by `AgreementDrafter`; written by the exporters.
public struct AgreementDraft: Sendable, Equatable {
    /// One clause in every language of the draft.
    public struct Clause: Sendable, Equatable {
        public let id: String
        public let source: String
        public let lawyersDecide: Bool
        /// Language code → heading.
        public let headings: [String: String]
        /// Language code → text.
        public let texts: [String: [AgreementPiece]]
    }

    public let type: AgreementType
    /// What the ladder suggests next for the city; nil at its top.
    public let suggested: AgreementType?
    /// In order, the first leading.
    public let languages: [String]
    /// Language code → title.
    public let titles: [String: [AgreementPiece]]
    public let clauses: [Clause]
    public let notes: [AgreementNote]
    /// The city's and the partner's names as typed, for the document's title bar.
    public let city: String?
    public let partner: String?

    /// The report sections and case studies the clauses follow, each once:
    /// the sections in the report's order, then the case studies in one
    /// citation ("§1.3; §1.3.1; §3; Case studies 5, 8, 9").
    public var sources: [String] {
        var sections: [String] = []
        var cases: [Int] = []
        var others: [String] = []
        for clause in clauses {
            for part in clause.source.split(separator: ";") {
                let source = String(part).trimmingWhitespace()
                if source.isEmpty { continue }
                if source.hasPrefix("§") {
                    if !sections.contains(source) { sections.append(source) }
                } else if let numbers = Self.caseStudies(source) {
                    for number in numbers where !cases.contains(number) { cases.append(number) }
                } else if !others.contains(source) {
                    others.append(source)
                }
            }
        }
        sections.sort { Self.order($0).lexicographicallyPrecedes(Self.order($1)) }
        cases.sort()
        let studies =
            cases.isEmpty
            ? []
            : [(cases.count == 1 ? "Case study " : "Case studies ") + cases.map(String.init).joined(separator: ", ")]
        return sections + studies + others
    }

    /// "Case study 5" → [5], "Case studies 6, 7" → [6, 7]; nil for any other citation.
    static func caseStudies(_ source: String) -> [Int]? {
        for prefix in ["Case studies ", "Case study "] where source.hasPrefix(prefix) {
            let list = source.dropFirst(prefix.count).replacingOccurrences(of: " and ", with: ", ")
            let numbers = list.split(separator: ",").map { Int(String($0).trimmingWhitespace()) }
            return numbers.contains(nil) ? nil : numbers.compactMap { $0 }
        }
        return nil
    }

    /// "§2.2.1" → [2, 2, 1]; "§I" first.
    static func order(_ section: String) -> [Int] {
        section.dropFirst().split(separator: ".").map { Int($0) ?? -1 }
    }

    /// Every blank left to fill, in the first language.
    public var blanks: [String] {
        guard let first = languages.first else { return [] }
        return (clauses.compactMap { $0.texts[first] } + [titles[first] ?? []]).flatMap { $0 }.compactMap {
            if case .blank(let words) = $0 { return words }
            return nil
        }
    }
}
