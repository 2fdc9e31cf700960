import Foundation
import Yams

/// The language an answers file is written in, told from what it says when
/// it does not say it (no `language:` key): the names of choices written in one
/// language of the questionnaire, and the letters of its texts. So that
/// `--answers ningbo.zh.yaml` without `--language zh` makes a Chinese session,
/// not an English one with Chinese entries (issue 13).
///
/// It decides only on clear evidence: most of the file's letters appear in no
/// text of the session's language but in those of one other language, or the
/// choices are named in that language only.
public struct AnswersLanguage: Sendable {
    public let questionnaire: Questionnaire

    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    /// The language the answers in `text` are written in, when it is clearly
    /// another of the questionnaire's languages than `current`; nil otherwise.
    public func likely(in text: String, unless current: String) -> String? {
        guard let mapping = try? AnswersImport.topMapping(text) else { return nil }
        var values: [String] = []
        for (key, value) in mapping where key.string != AnswersImport.languageKey {
            Self.collect(value, into: &values)
        }
        let others = questionnaire.languages.subtracting([current]).sorted()
        guard !others.isEmpty else { return nil }
        if let named = namedChoices(values, current: current, others: others) { return named }
        // Choice ids are the same in every language: only the other texts tell.
        let ids = Set(questionnaire.vocabularies.values.flatMap(\.choices).map(\.id))
        return byLetters(values.filter { !ids.contains($0) }, current: current, others: others)
    }

    /// A language in which the file names choices, when it names none in `current`.
    private func namedChoices(_ values: [String], current: String, others: [String]) -> String? {
        var votes: [String: Int] = [:]
        let choices = questionnaire.vocabularies.values.flatMap(\.choices)
        for value in values.map({ $0.lowercased() }) {
            for choice in choices where choice.id != value {
                for (language, label) in choice.label.texts where label.lowercased() == value {
                    votes[language, default: 0] += 1
                }
            }
        }
        guard votes[current, default: 0] == 0 else { return nil }
        return others.filter { votes[$0, default: 0] > 0 }.max { votes[$0, default: 0] < votes[$1, default: 0] }
    }

    /// The language whose texts use the file's letters most alike (a model of
    /// each language's letter frequencies, from the questionnaire's own texts),
    /// when it is clearly more alike than `current`'s.
    private func byLetters(_ values: [String], current: String, others: [String]) -> String? {
        let letters = values.joined().filter(\.isLetter)
        let models = ([current] + others).map { ($0, LetterModel(texts: texts(in: $0))) }
        // Letters no text of `current` uses (Chinese characters in an English
        // session) say much more than common ones: a short file of them, a
        // city's name, country and one entry, is already clear (review of issue 13).
        let unknown = letters.filter { models[0].1.counts[$0] == nil }.count
        let clearlyForeign = unknown >= Self.fewestUnknownLetters && unknown * 2 >= letters.count
        guard letters.count >= Self.fewestLetters || clearlyForeign else { return nil }
        let alphabet = models.reduce(into: Set<Character>()) { $0.formUnion($1.1.counts.keys) }.count
        let scores = models.map { language, model in
            (language, letters.reduce(0.0) { $0 + model.logLikelihood(of: $1, alphabet: alphabet) })
        }
        guard let best = scores.max(by: { $0.1 < $1.1 }), best.0 != current, let ours = scores.first else {
            return nil
        }
        return (best.1 - ours.1) / Double(letters.count) > Self.margin ? best.0 : nil
    }

    /// Fewer letters than this say too little to tell a language.
    static let fewestLetters = 20
    /// Enough letters when at least half of them appear in no text of the
    /// session's language.
    static let fewestUnknownLetters = 4
    /// How much likelier, per letter (in nats), the other language must be.
    static let margin = 1.0

    /// Every text of the questionnaire in `language`.
    private func texts(in language: String) -> [String] {
        var texts: [String] = questionnaire.steps.compactMap { $0.title.texts[language] }
        for question in questionnaire.questions {
            texts += [question.prompt.texts[language], question.help.texts[language]].compactMap { $0 }
        }
        for vocabulary in questionnaire.vocabularies.values {
            texts += vocabulary.choices.compactMap { $0.label.texts[language] }
        }
        return texts
    }

    /// How often each letter appears in one language's texts.
    private struct LetterModel {
        var counts: [Character: Int] = [:]
        var total = 0

        init(texts: [String]) {
            for letter in texts.joined().filter(\.isLetter) {
                counts[Character(letter.lowercased()), default: 0] += 1
                total += 1
            }
        }

        func logLikelihood(of letter: Character, alphabet: Int) -> Double {
            let count = counts[Character(letter.lowercased())] ?? 0
            return log((Double(count) + 0.5) / (Double(total) + 0.5 * Double(alphabet + 1)))
        }
    }

    private static func collect(_ node: Node, into values: inout [String]) {
        if let scalar = node.scalar {
            values.append(scalar.string)
        } else if let sequence = node.sequence {
            for item in sequence { collect(item, into: &values) }
        } else if let mapping = node.mapping {
            for (_, value) in mapping { collect(value, into: &values) }
        }
    }
}
