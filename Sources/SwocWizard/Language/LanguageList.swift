import ArgumentParser

/// The `--language` of a document command: one language, or two separated by
/// a comma for a document in both (`zh,en`, the first leading). Read and
/// checked in one place for `export` and `agreement`, so both accept and
/// refuse the same lists with the same words.
enum LanguageList {
    /// The codes, in order and trimmed; nil without `--language`.
    static func codes(_ text: String?) -> [String]? {
        text.map { text in
            text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    /// Refuses an empty code, more than two, or one given twice; `document`
    /// names what is made ("A plan", "A draft").
    static func validate(_ codes: [String]?, document: String) throws {
        guard let codes else { return }
        if codes.isEmpty || codes.contains(where: \.isEmpty) {
            throw ValidationError("Give one language, or two separated by a comma, e.g. --language zh,en.")
        }
        if codes.count > 2 {
            throw ValidationError(
                "\(document) can be in at most two languages (\(codes.count) given); e.g. --language zh,en.")
        }
        if Set(codes).count != codes.count {
            throw ValidationError("\(codes[0]) is given twice; give two different languages, e.g. --language zh,en.")
        }
    }
}
