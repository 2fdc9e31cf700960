/// A rule's text with the city's details in it: `{slot}` is replaced by a
/// detail of the answers (`PlanSlot`), `{slot|other words}` says what to write
/// when the slot is empty, and `[[ … ]]` is a part kept only when every slot
/// inside it has something to show. Parsed when the catalogue loads, so a
/// mistyped slot is a load problem with its line, not a gap in a plan.
public struct TextTemplate: Sendable, Equatable {
    indirect enum Part: Sendable, Equatable {
        case text(String)
        /// A slot, and the words (which may name other slots) to use when it is empty.
        case slot(PlanSlot, fallback: [Part]?)
        case optional([Part])
    }

    let parts: [Part]

    /// The slots the text can name, for the load check.
    var slots: [PlanSlot] {
        func collect(_ parts: [Part]) -> [PlanSlot] {
            parts.flatMap { part -> [PlanSlot] in
                switch part {
                case .text: []
                case .slot(let slot, let fallback): [slot] + collect(fallback ?? [])
                case .optional(let inner): collect(inner)
                }
            }
        }
        return collect(parts)
    }

    /// What went wrong parsing a template, in words for the rule's author.
    public struct ParseError: Error, Equatable {
        public var message: String
    }

    public init(_ source: String) throws(ParseError) {
        var scalars = Array(source.unicodeScalars)[...]
        parts = try Self.parse(&scalars, closing: false)
    }

    /// Reads parts up to the end, to a closing "]]" (`closing`), or to `until`
    /// (the "}" that ends a slot's fallback words).
    private static func parse(
        _ input: inout ArraySlice<Unicode.Scalar>, closing: Bool, until end: Unicode.Scalar? = nil
    ) throws(ParseError) -> [Part] {
        var parts: [Part] = []
        var literal = String.UnicodeScalarView()
        func flush() {
            if !literal.isEmpty { parts.append(.text(String(literal))) }
            literal = String.UnicodeScalarView()
        }
        while let scalar = input.first {
            if let end, scalar == end {
                input = input.dropFirst()
                flush()
                return parts
            }
            if scalar == "[" && input.dropFirst().first == "[" {
                input = input.dropFirst(2)
                flush()
                parts.append(.optional(try parse(&input, closing: true)))
            } else if scalar == "]" && input.dropFirst().first == "]" {
                guard closing else { throw ParseError(message: "\"]]\" closes nothing; open the part with \"[[\"") }
                input = input.dropFirst(2)
                flush()
                return parts
            } else if scalar == "{" {
                input = input.dropFirst()
                let name = String(String.UnicodeScalarView(input.prefix { $0 != "}" && $0 != "|" }))
                input = input.dropFirst(name.unicodeScalars.count)
                guard let next = input.first else { throw ParseError(message: "a \"{\" is not closed with \"}\"") }
                guard let slot = PlanSlot(rawValue: name.trimmingWhitespace()) else {
                    let known = PlanSlot.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ParseError(message: "unknown detail {\(name)} (known: \(known))")
                }
                input = input.dropFirst()
                var fallback: [Part]?
                if next == "|" { fallback = try parse(&input, closing: false, until: "}") }
                flush()
                parts.append(.slot(slot, fallback: fallback))
            } else {
                literal.append(scalar)
                input = input.dropFirst()
            }
        }
        if closing { throw ParseError(message: "a \"[[\" part is not closed with \"]]\"") }
        if end != nil { throw ParseError(message: "a \"{\" is not closed with \"}\"") }
        flush()
        return parts
    }

    /// The text for one city, and the slots that showed something of its answers.
    func render(in context: RuleContext) -> (text: String, filled: Set<PlanSlot>) {
        var filled = Set<PlanSlot>()
        let text = Self.render(parts, context, &filled, topLevel: true) ?? ""
        return (Self.tidy(text), filled)
    }

    /// nil when a part inside `[[ ]]` has an empty slot without a fallback;
    /// outside such a part an empty slot is named in general words instead.
    private static func render(
        _ parts: [Part], _ context: RuleContext, _ filled: inout Set<PlanSlot>, topLevel: Bool = false
    ) -> String? {
        var output = ""
        for part in parts {
            switch part {
            case .text(let text):
                output += text
            case .slot(let slot, let fallback):
                if let value = slot.value(in: context).map(Self.withoutFinalStop), !value.isEmpty {
                    // A value typed with a right-to-left override stays inside its own isolate.
                    output += value.bidiIsolated
                    if slot.isFromAnswers { filled.insert(slot) }
                } else if let fallback {
                    guard let text = render(fallback, context, &filled, topLevel: topLevel) else { return nil }
                    output += text
                } else if topLevel {
                    output += slot.generalWords(in: context)
                } else {
                    return nil
                }
            case .optional(let inner):
                var innerFilled = Set<PlanSlot>()
                if let text = render(inner, context, &innerFilled) {
                    output += text
                    filled.formUnion(innerFilled)
                }
            }
        }
        return output
    }

    /// A team's sentence set into one of the rule's keeps its words but not its
    /// full stop: the rule's text goes on after it ("…in return, bringing in…").
    static func withoutFinalStop(_ value: String) -> String {
        if value.hasSuffix("。") { return String(value.dropLast()) }
        guard value.hasSuffix("."), !value.hasSuffix("..") else { return value }
        return String(value.dropLast())
    }

    /// Spaces left by a dropped part are not doubled, nor left before punctuation.
    private static func tidy(_ text: String) -> String {
        var result = text
        while result.contains("  ") { result = result.replacingOccurrences(of: "  ", with: " ") }
        for mark in [" .", " ,", " ;", " )"] {
            result = result.replacingOccurrences(of: mark, with: String(mark.dropFirst()))
        }

        return result.trimmingWhitespace()
    }
}
