extension String {
    /// True when the text holds a bidirectional control: an embedding or
    /// override (U+202A–U+202E) or an isolate (U+2066–U+2069).
    public var hasBidiControl: Bool {
        unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
    }

    /// The text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE when
    /// it holds a bidirectional control, else as it is. A team's right-to-left
    /// override (U+202E) typed into a city's name must not turn around the
    /// rest of every sentence that quotes the name: the closing isolate ends
    /// whatever the text opened (Unicode's bidirectional algorithm, UAX #9).
    /// Nearly every text has no such control and is left alone, so plans and
    /// their golden files do not change.
    public var bidiIsolated: String {
        hasBidiControl ? "\u{2068}" + self + "\u{2069}" : self
    }
}
