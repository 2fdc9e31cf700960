import Foundation

/// Compares two rounds of answers. Entries are matched first by id (kept when
/// an entry is edited during a revival), then by the same text ignoring case
/// and spacing; what is left is dropped (old) or added (new).
public struct RoundComparer: Sendable {
    /// Answers compared besides the SWOC: the agreement ladder, the state of
    /// the partnership, and the resources behind it.
    public static let trackedAnswers = [
        "city-name", "partner-name", "partner-stage", "partner-status", "signed-agreements", "concrete-project",
        "resource-level", "funding-sources",
        "international-staff", "management-entity", "management-staff", "political-support",
    ]

    public let questionnaire: Questionnaire
    public let language: String

    public init(questionnaire: Questionnaire, language: String) {
        self.questionnaire = questionnaire
        self.language = language
    }

    public func compare(
        _ before: SessionRound, labelled beforeLabel: String, with after: SessionRound, labelled afterLabel: String,
        numbered: Bool = true, sameSession: Bool = true
    ) -> RoundDiff {
        // Entry ids only mean something within one session; two unrelated files
        // may both have an "e3" for entirely different entries.
        let quadrants = SwocQuadrant.allCases.map { quadrant in
            compare(
                entries(quadrant, before), entries(quadrant, after), quadrant: quadrant, byID: sameSession,
                obstacles: obstacleTags(quadrant))
        }
        let oldAreas = areas(before)
        let newAreas = areas(after)
        let order = questionnaire.vocabularies["cooperation-areas"]?.choices.map(\.id) ?? []
        func sorted(_ ids: Set<String>) -> [String] {
            ids.sorted { (order.firstIndex(of: $0) ?? .max, $0) < (order.firstIndex(of: $1) ?? .max, $1) }
        }
        return RoundDiff(
            from: info(before, beforeLabel, numbered), to: info(after, afterLabel, numbered), quadrants: quadrants,
            areasAdded: sorted(newAreas.subtracting(oldAreas)), areasDropped: sorted(oldAreas.subtracting(newAreas)),
            answers: answerChanges(before, after))
    }

    private func info(_ round: SessionRound, _ label: String, _ numbered: Bool) -> RoundDiff.RoundInfo {
        RoundDiff.RoundInfo(
            number: numbered ? round.number : nil, startedAt: round.startedAt, participants: round.participants,
            label: label)
    }

    private func entries(_ quadrant: SwocQuadrant, _ round: SessionRound) -> [SwocEntry] {
        questionnaire.questions.filter { $0.quadrant == quadrant }.flatMap { question -> [SwocEntry] in
            if case .swocEntries(let entries) = round.answers[question.id] { return entries }
            return []
        }
    }

    private func compare(
        _ old: [SwocEntry], _ new: [SwocEntry], quadrant: SwocQuadrant, byID: Bool,
        obstacles: (SwocEntry) -> Set<String>
    ) -> RoundDiff.QuadrantDiff {
        var unmatchedOld = old
        var pairs: [(SwocEntry, SwocEntry)] = []
        var added: [SwocEntry] = []
        for entry in new {
            let index =
                (byID ? unmatchedOld.firstIndex { $0.id != nil && $0.id == entry.id } : nil)
                ?? unmatchedOld.firstIndex { Self.normalized($0.text) == Self.normalized(entry.text) }
            if let index {
                pairs.append((unmatchedOld.remove(at: index), entry))
            } else {
                added.append(entry)
            }
        }
        let changed = pairs.filter { !Self.sameContent($0.0, $0.1, obstacles: obstacles) }.map {
            RoundDiff.EntryChange(before: $0.0, after: $0.1)
        }
        return RoundDiff.QuadrantDiff(
            quadrant: quadrant, added: added, dropped: unmatchedOld, changed: changed, kept: pairs.count - changed.count
        )
    }

    private static func sameContent(
        _ a: SwocEntry, _ b: SwocEntry, obstacles: (SwocEntry) -> Set<String>
    ) -> Bool {
        a.text == b.text && Set(a.areas) == Set(b.areas) && a.actor == b.actor && obstacles(a) == obstacles(b)
    }

    /// An entry's obstacle kinds as the plan reads them: its tags, or for an
    /// entry never tagged (a round typed before tags existed) the guess from
    /// its words. So accepting the guess in a revival is no change, while
    /// changing a tag is.
    private func obstacleTags(_ quadrant: SwocQuadrant) -> (SwocEntry) -> Set<String> {
        let vocabulary = questionnaire.questions.first { $0.quadrant == quadrant && $0.obstacles != nil }?.obstacles
        let guesser = vocabulary.map { ObstacleGuesser(vocabulary: $0, language: language) }
        return { entry in
            guard entry.obstacles.isEmpty, let guesser else { return Set(entry.obstacles) }
            return Set(guesser.guess(entry.text))
        }
    }

    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private func areas(_ round: SessionRound) -> Set<String> {
        var result = Set<String>()
        for value in round.answers.values {
            if case .swocEntries(let entries) = value { for entry in entries { result.formUnion(entry.areas) } }
        }
        if case .texts(let shared) = round.answers["shared-areas"] { result.formUnion(shared) }
        return result
    }

    private func answerChanges(_ before: SessionRound, _ after: SessionRound) -> [RoundDiff.AnswerChange] {
        let formatter = AnswerFormatter(language: language, fallbackLanguage: questionnaire.defaultLanguage)
        return Self.trackedAnswers.compactMap { id in
            guard let question = questionnaire.question(id: id) else { return nil }
            let old = before.answers[id]
            let new = after.answers[id]
            guard old != new else { return nil }
            if case .texts(let a)? = old, case .texts(let b)? = new, Set(a) == Set(b) { return nil }  // Only reordered.
            return RoundDiff.AnswerChange(
                questionID: id, question: question.prompt.text(in: language, fallback: questionnaire.defaultLanguage),
                before: old.map { formatter.display($0, for: question) },
                after: new.map { formatter.display($0, for: question) })
        }
    }
}
