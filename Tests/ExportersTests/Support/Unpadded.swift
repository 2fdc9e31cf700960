extension String {
    /// The Markdown with its tables' padding taken out (the spaces before a
    /// cell's closing pipe, the dashes of a delimiter row cut to three), so a
    /// test can name a row without caring how wide its column is.
    var unpadded: String {
        replacing(#/ {2,}\|/#, with: " |").replacing(/-{4,}/, with: "---")
    }
}
