import Yams

/// Reads a question's `prefill-from:` (a question id, or `{question: ID,
/// choices: up-to}`) and checks, once every step is read, that it names an
/// earlier question whose answer fits this one. A facilitator who renames a
/// question or reorders the steps is told at load, with the line, rather
/// than the suggestion silently disappearing in a workshop.
enum PrefillReader {
    static func prefill(from node: Node, in file: YAMLFile, context: String) -> Prefill? {
        if node.scalar != nil {
            return file.string(node, context: "\(context) prefill-from").map { Prefill(question: $0) }
        }
        guard
            let fields = file.mapping(node, context: "\(context) prefill-from", allowed: ["question", "choices"])
        else { return nil }
        guard let question = file.string(fields["question"], context: "\(context) prefill-from question") else {
            file.report(node, "\(context): prefill-from needs `question`, the id of an earlier question")
            return nil
        }
        var choices = Prefill.Choices.picked
        if let name = file.string(fields["choices"], context: "\(context) prefill-from choices") {
            guard let known = Prefill.Choices(rawValue: name) else {
                let expected = Prefill.Choices.allCases.map(\.rawValue).joined(separator: " or ")
                file.report(
                    fields["choices"], "\(context): prefill-from choices is \(expected), not \"\(name)\"")
                return nil
            }
            choices = known
        }
        return Prefill(question: question, choices: choices)
    }

    /// What is wrong with `question`'s pre-fill, or nil when it is sound.
    /// `earlier` holds the questions asked before it; `all` every question id.
    static func problem(for question: Question, earlier: [String: Question], all: Set<String>) -> String? {
        guard let prefill = question.prefill else { return nil }
        let context = "question \"\(question.id)\""
        let reference = prefill.question
        if reference == question.id {
            return "\(context): prefill-from names the question itself; name an earlier question"
        }
        guard let source = earlier[reference] else {
            return all.contains(reference)
                ? "\(context): prefill-from names \"\(reference)\", which is asked later; "
                    + "a question can only be pre-filled from an earlier answer"
                : "\(context): prefill-from names a question \"\(reference)\" that does not exist"
        }
        guard Prefill.canCarry(from: source.kind, to: question.kind) else {
            return "\(context): prefill-from names \"\(reference)\", a \(source.kind.rawValue) question, "
                + "whose answer cannot be put on the line of a \(question.kind.rawValue) question"
        }
        if prefill.choices == .upTo, !(source.kind == .singleChoice && question.kind == .multipleChoice) {
            return "\(context): `choices: up-to` carries one choice into several; it needs a single-choice "
                + "question pre-filling a multiple-choice one"
        }
        if let target = question.choices, let offered = source.choices {
            let ids = Set(target.choices.map(\.id))
            if !offered.choices.contains(where: { ids.contains($0.id) }) {
                return "\(context): prefill-from names \"\(reference)\", whose choices (\"\(offered.name)\") "
                    + "share no id with this question's (\"\(target.name)\"), so nothing could be pre-filled"
            }
        }
        return nil
    }
}
