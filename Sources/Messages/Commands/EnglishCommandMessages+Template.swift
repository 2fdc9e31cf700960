import PlanModel

/// The words of an answers template and of an imported file's language, in English (issue 13).
extension EnglishCommandMessages {
    func answersTemplateWords(title: String, language: String, use: String) -> AnswersTemplate.Words {
        var words = AnswersTemplate.Words(
            header: [
                "Answers file for swoc-wizard: \(title).",
                "Write each answer after its question id and the colon; leave it empty when the question does not "
                    + "apply to your city. Lines starting with # are notes and are not read.",
                "Above each question: its kind, whether it is required, when it is asked, the ids of its choices "
                    + "with their names, its help and an example. Write choices by their id.",
                "`language: \(language)` says which language the answers are written in; the session and the plan "
                    + "are made in it.",
                "When it is filled in: \(use)",
            ],
            kind: "kind", required: "required", optional: "optional", askedWhen: "asked when",
            offeredWhen: "only when", choices: "choices", example: "example", colon: ": ", yes: "yes",
            sampleText: "Your answer", sampleEntry: "What the team noted")
        words.priorityNote = { limit in
            "priority: true marks an entry the workshop chose as mattering most (at most \(limit) in this quadrant)"
        }
        return words
    }

    func answersLanguageFound(_ language: String, file: String) -> String {
        note(
            "the answers in \(file) are written in \(Self.languageName(language)), so the session is made in "
                + "\(Self.languageName(language)) (\(language)). "
                + "To choose another language, add `language: CODE` at the top of the file or pass --language CODE.")
    }

    /// A language the program speaks by its name, else its code.
    static func languageName(_ code: String) -> String {
        ["zh": "Chinese", "en": "English"][code] ?? "\"\(code)\""
    }
}
