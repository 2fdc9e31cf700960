/// Choices named in an answers file: by id (as the template writes them), by
/// name in any language of the questionnaire, by number or first letters, as
/// typed answers are. What names no choice is reported with the ids accepted
/// and the nearest one, and a choice hidden by a condition says which.
extension AnswersImport {
    /// The ids of the choices `items` name, each item checked on its own.
    /// - Parameters:
    ///   - offered: the choices offered given the file's earlier answers; `full` all of them.
    ///   - separated: whether one item may name several choices, separated by commas.
    func choices(
        _ items: [Item], field: String?, offered: Vocabulary, full: Vocabulary, id: String, separated: Bool = true
    ) -> (ids: [String], problems: [Problem]) {
        let parser = AnswerParser(language: language, fallbackLanguage: questionnaire.defaultLanguage)
        var ids: [String] = []
        var problems: [Problem] = []
        for item in items {
            func problem(_ kind: Problem.Kind) {
                problems.append(Problem(questionID: id, entry: item.entry, field: field, kind: kind))
            }
            guard let text = item.text else {
                problem(.expectedSingleValue)
                continue
            }
            let cleaned = InputSanitizer.clean(text)
            let tokens =
                separated ? cleaned.split(whereSeparator: AnswerParser.isChoiceSeparator).map(String.init) : [cleaned]
            for token in tokens.map({ $0.trimmingWhitespace() }) where !token.isEmpty {
                switch parser.matcher(offered).match(token) {
                case .success(let choice):
                    if ids.contains(choice.id) {
                        problem(.answer(.repeatedChoice(label: parser.matcher(offered).label(of: choice))))
                    } else {
                        ids.append(choice.id)
                    }
                case .failure(.notAChoice):
                    problem(unknown(token, offered: offered, full: full))
                case .failure(let reason):
                    problem(.answer(reason))
                }
            }
        }
        return (ids, problems)
    }

    /// Why `token` names no offered choice: a choice offered only under a
    /// condition these answers do not meet, or no choice at all.
    private func unknown(_ token: String, offered: Vocabulary, full: Vocabulary) -> Problem.Kind {
        let parser = AnswerParser(language: language, fallbackLanguage: questionnaire.defaultLanguage)
        if offered != full, case .success(let choice) = parser.matcher(full).match(token),
            let condition = choice.condition
        {
            return .notOffered(
                label: parser.matcher(full).label(of: choice), choiceID: choice.id, condition: condition.summary,
                dependsOn: condition.referencedQuestions, vocabulary: full.name)
        }
        return .unknownChoice(
            given: token, vocabulary: offered.name, accepted: offered.choices.map(\.id),
            nearest: Self.nearestChoice(to: token, in: offered))
    }

    /// The id of the choice whose id or name (in any language) is nearest to `token`.
    static func nearestChoice(to token: String, in vocabulary: Vocabulary) -> String? {
        let names = vocabulary.choices.flatMap { [$0.id] + $0.label.texts.values.sorted() }
        guard let name = NearestName.to(token, among: names) else { return nil }
        return vocabulary.choices.first { $0.id == name || $0.label.texts.values.contains(name) }?.id
    }
}
