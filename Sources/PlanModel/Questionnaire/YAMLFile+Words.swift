import Yams

extension YAMLFile {
    /// Words that would match nearly every entry of an EU–China partnership
    /// tool: the names of the two sides. A guess built on them says nothing
    /// (an entry that mentions China is not, for that reason, a language
    /// barrier), so a vocabulary may not list them on their own; phrases that
    /// contain them ("Chinese investment", "speak Chinese") are fine.
    static let tooCommonWords: Set<String> = [
        "china", "chinese", "europe", "european", "europeans", "eu", "中国", "中方", "欧洲", "欧盟", "欧方",
    ]

    /// A choice's `words:`: a list of words or phrases per language code,
    /// e.g. `{en: [funding, budget], zh: [经费, 预算]}`. An empty word, a list
    /// that is not a list, or a word that names one of the partnership's two
    /// sides is a problem at its line.
    func words(_ node: Node?, context: String) -> [String: [String]] {
        guard let node else { return [:] }
        guard let mapping = node.mapping else {
            report(node, "\(context) should list words per language (en: [word, ...])")
            return [:]
        }
        var result: [String: [String]] = [:]
        for (key, value) in mapping {
            guard
                let language = key.string.map({
                    checked($0, at: key, context: "\(context): a language code", multiline: false)
                })
            else {
                report(key, "\(context): each line should be `language: [word, ...]`")
                continue
            }
            guard let items = sequence(value, context: "\(context) (\(language))") else { continue }
            var words: [String] = []
            for item in items {
                guard let raw = string(item, context: "\(context) (\(language))") else { continue }
                let word = raw.trimmingWhitespace()
                if word.isEmpty {
                    report(item, "\(context) (\(language)) has an empty word; remove it or write the word")
                } else if Self.tooCommonWords.contains(word.lowercased()) {
                    report(
                        item,
                        "\(context) (\(language)): \"\(word)\" on its own would match almost every entry of an "
                            + "EU–China partnership; use a phrase that says more, as \"Chinese investment\" rather than \"Chinese\""
                    )
                } else {
                    words.append(word)
                }
            }
            result[language, default: []].append(contentsOf: words)
        }
        return result
    }
}
