import Foundation
import Messages
import PlanModel

/// Writes what changed between two SWOC rounds as Markdown: on its own for
/// `swoc-wizard diff --format md`, or as the "What changed" section of a plan.
public struct MarkdownDiffExporter: Sendable {
    public let questionnaire: Questionnaire
    /// The program's words, in the language of the comparison.
    public let messages: Messages

    public init(questionnaire: Questionnaire, messages: Messages = .english) {
        self.questionnaire = questionnaire
        self.messages = messages
    }

    public func export(_ diff: RoundDiff) -> String {
        var document = MarkdownDocument()
        document.raw(
            "# " + messages.plan.whatChangedTitle + messages.plan.labelSeparator
                + MarkdownText.escape("\(diff.from.label) → \(diff.to.label)"))
        let edition = DiffEdition(messages: messages.plan, diff: diff, language: messages.language)
        write(Voices(editions: [edition]), into: &document, level: 2)
        return document.text
    }

    /// The comparison in each edition's language, the first leading; the
    /// editions compare the same rounds, so their lists line up.
    func write(_ diffs: Voices<DiffEdition>, into document: inout MarkdownDocument, level: Int) {
        let diff = diffs.first.diff
        document.paragraph(diffs.say { $0.messages.compared(describe($0.diff.from, $0), describe($0.diff.to, $0)) })
        if diff.isEmpty {
            document.paragraph(diffs.say { $0.messages.nothingChanged })
            return
        }
        func label(_ text: (any PlanMessages) -> String) -> Said { diffs.say { text($0.messages) } }
        func bullet(_ name: (any PlanMessages) -> String, _ text: Phrase) {
            document.bullet(label: label(name), separator: diffs.first.messages.labelSeparator, text)
        }
        for (index, quadrant) in diff.quadrants.enumerated() where !quadrant.isEmpty {
            document.heading(level, diffs.say { Self.name(of: quadrant.quadrant, $0.messages) })
            func entry(_ pick: (RoundDiff.QuadrantDiff) -> SwocEntry) -> Phrase {
                text(pick(quadrant), diffs) { pick($0.diff.quadrants[index]) }
            }
            for added in quadrant.added.indices { bullet(\.addedLabel, entry { $0.added[added] }) }
            for changed in quadrant.changed.indices {
                let before = entry { $0.changed[changed].before }
                let after = entry { $0.changed[changed].after }
                bullet(\.changedLabel, Phrase(before.parts + [.typed(" → ")] + after.parts))
            }
            for dropped in quadrant.dropped.indices { bullet(\.droppedLabel, entry { $0.dropped[dropped] }) }
            if quadrant.kept > 0 {
                document.bullet(diffs.say { $0.messages.kept(quadrant.kept) })
            }
        }
        if !diff.areasAdded.isEmpty || !diff.areasDropped.isEmpty {
            document.heading(level, label(\.cooperationAreasHeading))
            if !diff.areasAdded.isEmpty {
                bullet(\.newAreasLabel, .said(diffs.say { areaList($0.diff.areasAdded, $0) }))
            }
            if !diff.areasDropped.isEmpty {
                bullet(\.noLongerNamedLabel, .said(diffs.say { areaList($0.diff.areasDropped, $0) }))
            }
        }
        if !diff.answers.isEmpty {
            document.heading(level, label(\.stageAndResourcesHeading))
            document.table(
                [label(\.questionColumn), label(\.beforeColumn), label(\.nowColumn)],
                diff.answers.indices.map { index in
                    [
                        .said(diffs.say { $0.diff.answers[index].question }),
                        .said(diffs.say { $0.diff.answers[index].before ?? "" }),
                        .said(diffs.say { $0.diff.answers[index].after ?? "" }),
                    ]
                })
        }
    }

    static func name(of quadrant: SwocQuadrant, _ messages: any PlanMessages) -> String {
        switch quadrant {
        case .strengths: messages.strengths
        case .weaknesses: messages.weaknesses
        case .opportunities: messages.opportunities
        case .challenges: messages.challenges
        }
    }

    private func areaList(_ ids: [String], _ edition: DiffEdition) -> String {
        ids.map { questionnaire.label($0, in: "cooperation-areas", language: edition.language) }
            .joined(separator: edition.messages.listSeparator)
    }

    /// The entry as typed, once, then its details in each language.
    private func text(_ entry: SwocEntry, _ diffs: Voices<DiffEdition>, _ pick: (DiffEdition) -> SwocEntry) -> Phrase {
        Phrase([
            .typed(entry.text),
            .said(
                diffs.say { edition in
                    entryDetail(pick(edition), edition).map { edition.messages.bracket($0) } ?? ""
                }),
        ])
    }

    /// Areas, who raised it and its obstacle kinds, in the edition's language.
    private func entryDetail(_ entry: SwocEntry, _ edition: DiffEdition) -> String? {
        let messages = edition.messages
        var parts: [String] = []
        if !entry.areas.isEmpty { parts.append(areaList(entry.areas, edition)) }
        if let actor = entry.actor {
            parts.append(messages.raisedBy(questionnaire.label(actor, in: "helix-actors", language: edition.language)))
        }
        if !entry.obstacles.isEmpty {
            // Shown so that a diff whose only change is a tag says what changed.
            let kinds = entry.obstacles.map {
                questionnaire.label($0, in: "obstacle-kinds", language: edition.language)
            }
            parts.append(messages.obstacle(kinds.joined(separator: messages.listSeparator)))
        }
        return parts.isEmpty ? nil : parts.joined(separator: messages.detailSeparator)
    }

    private func describe(_ round: RoundDiff.RoundInfo, _ edition: DiffEdition) -> String {
        edition.messages.round(round.label, startedOn: round.startedAt.day, participants: round.participants)
    }
}
