/// A clause's text with `{slot}` for the session's details. Parsed when the
/// catalogue loads, so an unknown detail is a load problem with its line.
///
/// Not `TextTemplate`: that one fills an empty slot with the catalogue's
/// general words ("the partner city") or drops a `[[ … ]]` part, which is
/// right for advice and wrong for an agreement, where every missing fact
/// must stay a blank someone fills in (`AgreementSlot`).
public struct ClauseTemplate: Sendable, Equatable {
    enum Part: Sendable, Equatable {
        case text(String)
        case slot(AgreementSlot)
    }

    let parts: [Part]
    /// The text as the file writes it, for checks of its wording.
    public let text: String

    var slots: [AgreementSlot] {
        parts.compactMap { part in
            if case .slot(let slot) = part { return slot }
            return nil
        }
    }

    public init(_ source: String) throws(TextTemplate.ParseError) {
        text = source
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else {
                throw TextTemplate.ParseError(message: "a \"{\" is not closed with \"}\"")
            }
            let name = String(rest[afterOpen..<close]).trimmingWhitespace()
            guard let slot = AgreementSlot(rawValue: name) else {
                let known = AgreementSlot.allCases.map(\.rawValue).joined(separator: ", ")
                throw TextTemplate.ParseError(message: "unknown detail {\(name)} (known: \(known))")
            }
            if !literal.isEmpty { parts.append(.text(literal)) }
            literal = ""
            parts.append(.slot(slot))
            rest = rest[rest.index(after: close)...]
        }
        if rest.contains("}") { throw TextTemplate.ParseError(message: "a \"}\" closes nothing; open it with \"{\"") }
        literal += rest
        if !literal.isEmpty { parts.append(.text(literal)) }
        self.parts = parts
    }
}
