/// Where a question's suggested answer comes from when it has no answer yet:
/// an earlier question that asks the same fact (`prefill-from:` in a step
/// file), so that the team confirms with Enter instead of typing it twice.
/// The year the MoU was signed is put on the line from the year the
/// partnership was formalised; the agreements signed from the rung reached.
public struct Prefill: Sendable, Equatable {
    /// How a choice answer is carried over.
    public enum Choices: String, Sendable, CaseIterable {
        /// The choices picked, those this question also offers.
        case picked
        /// Every choice of the earlier question's list up to and including
        /// the one picked, those this question also offers: the rungs of a
        /// ladder below the one reached (`agreement-stages` to `agreement-types`).
        case upTo = "up-to"
    }

    /// The earlier question whose answer is carried over.
    public var question: String
    public var choices: Choices

    public init(question: String, choices: Choices = .picked) {
        self.question = question
        self.choices = choices
    }

    /// The kinds an answer of `source` can be carried into `target` from: the
    /// same kind, a year into a number, one text kind into the other, and a
    /// choice into several. Lists and SWOC entries are typed entry by entry and
    /// are never pre-filled.
    public static func canCarry(from source: QuestionKind, to target: QuestionKind) -> Bool {
        switch (source, target) {
        case (.list, _), (.swoc, _), (_, .list), (_, .swoc): false
        case (.year, .number): true
        case (.shortText, .longText), (.longText, .shortText): true
        case (.singleChoice, .multipleChoice): true
        default: source == target
        }
    }

    /// The value put on the line for `target`, from the earlier question's
    /// answer; nil when nothing of it fits (a stage of "no agreement" yet, or
    /// choices this question does not offer). `target` is resolved for the
    /// session, so only choices offered to this city are suggested.
    public func value(of answer: AnswerValue, from source: Question, for target: Question) -> AnswerValue? {
        guard let offered = target.choices?.choices.map(\.id) else { return answer }
        let picked: [String]
        switch answer {
        case .text(let id): picked = [id]
        case .texts(let ids): picked = ids
        default: return nil
        }
        var carried = Set(picked)
        if choices == .upTo, let order = source.choices?.choices.map(\.id),
            let highest = picked.compactMap({ order.firstIndex(of: $0) }).max()
        {
            carried.formUnion(order[...highest])
        }
        let ids = offered.filter(carried.contains)
        if target.kind == .singleChoice { return ids.first.map { .text($0) } }
        return ids.isEmpty ? nil : .texts(ids)
    }
}
