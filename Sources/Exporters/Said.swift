/// A text the program says, once per language of the document (the first
/// language leading). Where the languages say the same (a citation, a code,
/// a name the questionnaire does not translate) it is shown once.
struct Said: Equatable {
    var texts: [String]

    init(_ texts: [String]) {
        self.texts = texts
    }

    /// The texts to show: empty ones and repeats left out, in order.
    var shown: [String] {
        var seen: [String] = []
        for text in texts where !text.isEmpty && !seen.contains(text) { seen.append(text) }
        return seen
    }
}

/// What a line or a cell shows: the team's own words, once and as typed,
/// and the program's words in every language of the document.
struct Phrase: Equatable {
    enum Part: Equatable {
        /// Typed by the team (an entry, a name): shown once.
        case typed(String)
        /// Said by the program (labels, generated sentences): in each language.
        case said(Said)
    }

    var parts: [Part]

    init(_ parts: [Part]) {
        self.parts = parts
    }

    static func typed(_ text: String) -> Phrase { Phrase([.typed(text)]) }
    static func said(_ said: Said) -> Phrase { Phrase([.said(said)]) }

    /// True when nothing in it would show.
    var isEmpty: Bool {
        parts.allSatisfy { part in
            switch part {
            case .typed(let text): text.isEmpty
            case .said(let said): said.shown.isEmpty
            }
        }
    }
}
