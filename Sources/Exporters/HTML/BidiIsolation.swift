import PlanModel

/// Keeps a right-to-left override a team typed inside its own text when the
/// text is quoted in a sentence of the plan ("15th anniversary with
/// {partner}: review and refresh"). The typed text alone sits in `<bdi>`;
/// inside a generated sentence the override would turn the rest of the
/// sentence around, so each typed text that holds a bidirectional control
/// is wrapped there in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, which
/// ends whatever the text opened. Texts without such controls, nearly all,
/// are left alone and cost nothing.
struct BidiIsolation: Sendable {
    /// The typed texts with a bidirectional control, longest first (so a longer one is wrapped whole).
    let typed: [String]

    init(_ document: PlanDocument) {
        var texts: [String] = [
            document.city.name, document.city.region, document.city.country, document.city.internationalOffice,
            document.partner?.name, document.partner?.country,
        ].compactMap { $0 }
        let swoc = document.swoc
        texts += (swoc.strengths + swoc.weaknesses + swoc.opportunities + swoc.challenges).map(\.text)
        for answer in document.answers {
            switch answer.value {
            case .text(let text): texts.append(text)
            case .texts(let list): texts += list
            case .swocEntries(let entries): texts += entries.map(\.text)
            case .flag, .number: break
            }
        }
        typed = Set(texts.filter(Self.hasControl)).sorted { $0.count > $1.count }
    }

    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
    }

    /// A program text with each typed text in it isolated.
    func isolate(_ text: String) -> String {
        guard !typed.isEmpty, Self.hasControl(text) else { return text }
        var result = text
        for typed in typed where result.contains(typed) {
            result = result.replacingOccurrences(of: typed, with: "\u{2068}" + typed + "\u{2069}")
        }
        return result
    }
}
