extension PlanFacts {
    /// The weaknesses and challenges the team tagged with the obstacle kind
    /// `kind` (an id of the question's obstacle-kinds vocabulary, such as
    /// "funding"), in the order the plan numbers them (W1, W2, ... then C1, ...).
    /// An entry the team never tagged (a session from before tags, or one
    /// whose tags were left empty) counts by the guess from its words, as the
    /// wizard would have offered it; an entry tagged "none" counts for no kind.
    public func obstacleReferences(_ kind: String) -> [SwocReference] {
        obstacleKinds().filter { $0.kinds.contains(kind) }.map(\.reference)
    }

    /// Every weakness and challenge with its obstacle kinds (the tags, or the
    /// guess for an untagged entry), worked out in one pass: a rule set that
    /// asks about several kinds can call this once instead of guessing every
    /// entry's kinds again for each.
    public func obstacleKinds() -> [(reference: SwocReference, kinds: [String])] {
        var result: [(reference: SwocReference, kinds: [String])] = []
        for quadrant in [SwocQuadrant.weaknesses, .challenges] {
            var number = 0
            for id in questionnaire.questionIDs(for: quadrant) {
                guard case .swocEntries(let entries) = answers[id] else { continue }
                let vocabulary = questionnaire.question(id: id)?.obstacles
                var guesser: ObstacleGuesser?
                for entry in entries {
                    number += 1
                    var kinds = entry.obstacles
                    if kinds.isEmpty, let vocabulary {
                        if guesser == nil { guesser = ObstacleGuesser(vocabulary: vocabulary, language: language) }
                        kinds = guesser!.guess(entry.text)
                    }
                    result.append((SwocReference(quadrant: quadrant, number: number), kinds))
                }
            }
        }
        return result
    }
}
