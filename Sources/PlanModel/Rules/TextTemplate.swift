/// A rule's text with the city's details in it: `{slot}` is replaced by a
/// detail of the answers (`PlanSlot`), `{slot|other words}` says what to write
/// when the slot is empty, and `[[ … ]]` is a part kept only when every slot
/// inside it has something to show. Parsed when the catalogue loads, so a
/// mistyped slot is a load problem with its line, not a gap in a plan.
public struct TextTemplate: Sendable, Equatable {
    indirect enum Part: Sendable, Equatable {
        case text(String)
        case slot(PlanSlot, fallback: String?)
        case optional([Part])
    }

    let parts: [Part]

    /// The slots the text can name, for the load check.
    var slots: [PlanSlot] {
        func collect(_ parts: [Part]) -> [PlanSlot] {
            parts.flatMap { part -> [PlanSlot] in
                switch part {
                case .text: []
                case .slot(let slot, _): [slot]
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

    private static func parse(_ input: inout ArraySlice<Unicode.Scalar>, closing: Bool) throws(ParseError) -> [Part] {
        var parts: [Part] = []
        var literal = String.UnicodeScalarView()
        func flush() {
            if !literal.isEmpty { parts.append(.text(String(literal))) }
            literal = String.UnicodeScalarView()
        }
        while let scalar = input.first {
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
                guard let end = input.firstIndex(of: "}") else {
                    throw ParseError(message: "a \"{\" is not closed with \"}\"")
                }
                let inside = String(String.UnicodeScalarView(input[..<end]))
                input = input[input.index(after: end)...]
                let pieces = inside.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
                let name = String(pieces[0]).trimmingWhitespace()
                guard let slot = PlanSlot(rawValue: name) else {
                    let known = PlanSlot.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ParseError(message: "unknown detail {\(name)} (known: \(known))")
                }
                flush()
                parts.append(.slot(slot, fallback: pieces.count > 1 ? String(pieces[1]) : nil))
            } else {
                literal.append(scalar)
                input = input.dropFirst()
            }
        }
        if closing { throw ParseError(message: "a \"[[\" part is not closed with \"]]\"") }
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
                if let value = slot.value(in: context), !value.isEmpty {
                    output += value
                    if slot.isFromAnswers { filled.insert(slot) }
                } else if let fallback {
                    output += fallback
                } else if topLevel {
                    output += slot.generalName
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
