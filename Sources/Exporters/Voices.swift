/// The editions of a document, one per language, the first leading: asks
/// each for its words, so a section is written once for any number of
/// languages. The editions have the same shape (checked before writing), so
/// an index into one is an index into all.
struct Voices<Edition> {
    let editions: [Edition]

    var first: Edition { editions[0] }

    /// Each edition's words for the same thing.
    func say(_ words: (Edition) -> String) -> Said {
        Said(editions.map(words))
    }
}
