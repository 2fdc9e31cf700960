import Foundation
import Messages
import PlanModel

/// Writes the plan as a Markdown document that reads as plain text, shows on
/// GitHub, and converts with pandoc to HTML or Word (issue 12): a summary, the
/// city and partner, the SWOC as a list per quadrant, TOWS strategies, the
/// health check, the agreement advice, the five-year plan at a glance and
/// year by year (each activity with its details beneath, not as an
/// eight-column table), a Mermaid gantt chart, indicators, funding and the
/// report sections cited. No table is wider than four short columns.
///
/// A finished plan leaves out sections with nothing to say; an unfinished
/// session's plan says "Draft" in its title and first line, and "Not answered
/// yet" where the team has not got to.
///
/// In one language, or in several (`export(_ editions:)`): then every
/// heading, label and generated sentence is in each language, the first
/// leading, and what the team typed appears once.
public struct MarkdownPlanExporter: Sendable {
    public let questionnaire: Questionnaire
    public let flavour: Flavour

    /// Who reads the Markdown.
    public enum Flavour: Sendable, Equatable {
        /// People and GitHub: tables padded for a text editor, the plan also as a Mermaid chart.
        case text
        /// pandoc, on its way to Word (`WordPlanExporter`): no Mermaid (Word
        /// would show its source), the timeline as the picture at `timeline`
        /// instead (left out when nil).
        case word(timeline: String?)
    }

    public init(questionnaire: Questionnaire, flavour: Flavour = .text) {
        self.questionnaire = questionnaire
        self.flavour = flavour
    }

    /// The plan in its document's language, with the program's words in it.
    public func export(_ plan: PlanDocument, names: PlanNames = .builtIn) -> String {
        render(Voices(editions: [PlanEdition(plan, names: names)]))
    }

    /// The plan in the editions' languages, the first leading. The editions
    /// must come from the same session (`PlanEditions.check`).
    public func export(_ editions: [PlanEdition]) -> String {
        precondition(!editions.isEmpty, "a plan needs at least one language")
        return render(Voices(editions: editions))
    }

    typealias Plan = Voices<PlanEdition>

    private func render(_ plan: Plan) -> String {
        var document = MarkdownDocument()
        let first = plan.first
        let draft = first.document.draft
        document.raw(
            "# " + MarkdownDocument.inline(plan.say { $0.plan.planTitle }) + first.plan.labelSeparator
                + MarkdownText.escape(first.cities)
                + (draft == nil ? "" : first.plan.bracket(MarkdownDocument.inline(plan.say { $0.plan.draftLabel }))))
        if draft != nil {
            // The first thing a reader sees: how much is missing, and what to do about it.
            document.labelled(
                plan.say { $0.plan.draftLabel }, separator: first.plan.labelSeparator,
                plan.say { $0.draftNotice ?? "" })
        }
        document.paragraph(plan.say { $0.plan.preparedWith(updated: $0.document.timestamps.updated.day) })
        summary(plan, into: &document)
        cityAndPartner(plan, into: &document)
        changes(plan, into: &document)
        swoc(plan, into: &document)
        strategies(plan, into: &document)
        health(plan, into: &document)
        agreement(plan, into: &document)
        fiveYearPlan(plan, into: &document)
        indicators(plan, into: &document)
        funding(plan, into: &document)
        sources(plan, into: &document)
        return document.text
    }

    // MARK: Helpers

    func label(_ id: String, vocabulary: String, in edition: PlanEdition) -> String {
        questionnaire.label(id, in: vocabulary, language: edition.language)
    }

    /// True while the session is unfinished: empty sections then say so
    /// instead of being left out, so a thin plan does not pass for a whole one.

    /// "Not answered yet." where an unfinished session has nothing to show.
    func notAnsweredYet(_ plan: Plan, into document: inout MarkdownDocument) {
        document.paragraph(plan.say { $0.plan.notAnsweredYet })
    }

    /// A bullet with a bold label, in every language.
    private func bullet(
        _ plan: Plan, label: (any PlanMessages) -> String, _ text: Phrase, into document: inout MarkdownDocument
    ) {
        document.bullet(label: plan.say { label($0.plan) }, separator: plan.first.plan.labelSeparator, text)
    }

    // MARK: Sections

    private func summary(_ plan: Plan, into document: inout MarkdownDocument) {
        let suggestions = plan.first.document.suggestions
        document.heading(2, plan.say { $0.plan.summaryHeading })
        bullet(
            plan, label: \.nextAgreementLabel, .said(plan.say { $0.document.suggestions.agreement.headline }),
            into: &document)
        if suggestions.health.isLevel {
            bullet(plan, label: \.healthCheckLabel, .said(plan.say { $0.plan.allFiveScoreTheSame }), into: &document)
        } else if let weakest = suggestions.health.score(of: suggestions.health.weakest) {
            bullet(
                plan, label: \.weakestCharacteristicLabel,
                .said(
                    plan.say {
                        $0.plan.bracketed(
                            $0.names.characteristic(weakest.characteristic),
                            detail: $0.plan.score(weakest.score, of: HealthCheck.maximumScore))
                    }), into: &document)
        }
        if let first = suggestions.plan.first, let last = suggestions.plan.last {
            bullet(
                plan, label: \.fiveYearPlanLabel,
                .said(plan.say { $0.plan.activities(suggestions.plan.count, from: first.year, to: last.year) }),
                into: &document)
        }
        for index in suggestions.agreement.warnings.indices {
            bullet(
                plan, label: \.warningLabel,
                .said(
                    plan.say {
                        let warning = $0.document.suggestions.agreement.warnings[index]
                        return $0.plan.cited(warning.text, source: warning.source)
                    }), into: &document)
        }
    }

    private func cityAndPartner(_ plan: Plan, into document: inout MarkdownDocument) {
        let facts = CityAndPartnerRows.rows(plan)
        let draft = plan.first.document.draft != nil
        guard !facts.isEmpty || draft else { return }
        document.heading(2, plan.say { $0.plan.cityAndPartnerHeading })
        if facts.isEmpty { return notAnsweredYet(plan, into: &document) }
        if case .word = flavour {
            // Word shows a pipe table's empty header as a blank ruled row: a
            // list of labelled facts reads the same without it.
            for fact in facts {
                document.bullet(label: fact.label, separator: plan.first.plan.labelSeparator, fact.value)
            }
            document.blank()
            return
        }
        document.table([Said([""]), Said([""])], facts.map { [Phrase.said($0.label), $0.value] })
    }

    private func changes(_ plan: Plan, into document: inout MarkdownDocument) {
        guard let changes = plan.first.document.changes else { return }
        document.heading(2, plan.say { $0.plan.changedSince(changes.from.startedAt.day) })
        let diffs = Voices(
            editions: plan.editions.compactMap { edition in
                edition.document.changes.map {
                    DiffEdition(messages: edition.plan, diff: $0, language: edition.language)
                }
            })
        MarkdownDiffExporter(questionnaire: questionnaire).write(diffs, into: &document, level: 3)
    }

    private func strategies(_ plan: Plan, into document: inout MarkdownDocument) {
        let strategies = plan.first.document.suggestions.strategies
        let draft = plan.first.document.draft != nil
        guard !strategies.isEmpty || draft else { return }
        document.heading(2, plan.say { $0.plan.strategiesHeading })
        if strategies.isEmpty { return notAnsweredYet(plan, into: &document) }
        document.paragraph(plan.say { $0.plan.strategiesIntro })
        document.table(
            [
                plan.say { $0.plan.strategyTypeColumn }, plan.say { $0.plan.strategyColumn },
                plan.say { $0.plan.combinesColumn },
            ],
            strategies.indices.map { index in
                let strategy = strategies[index]
                return [
                    .said(
                        plan.say {
                            strategy.kind.rawValue + $0.plan.labelSeparator + $0.names.strategy(strategy.kind)
                        }),
                    .said(plan.say { $0.document.suggestions.strategies[index].text }),
                    .said(
                        plan.say {
                            $0.plan.combines(strategy.internalEntry.code, strategy.externalEntry.code)
                        }),
                ]
            })
    }

    private func health(_ plan: Plan, into document: inout MarkdownDocument) {
        let health = plan.first.document.suggestions.health
        document.heading(2, plan.say { $0.plan.healthHeading })
        document.paragraph(
            plan.say {
                $0.plan.healthIntro(
                    maximum: HealthCheck.maximumScore,
                    weakest: health.isLevel ? nil : $0.names.characteristic(health.weakest))
            })
        // A list rather than a four-column table: the evidence is a paragraph
        // per characteristic, which a narrow Word column would cut into words.
        for index in health.scores.indices {
            let score = health.scores[index]
            let label =
                "**" + MarkdownDocument.inline(plan.say { $0.names.characteristic(score.characteristic) }) + "**"
                + plan.first.plan.labelSeparator
                + MarkdownDocument.inline(plan.say { $0.plan.score(score.score, of: HealthCheck.maximumScore) })
            var lines = [label]
            let evidence = MarkdownDocument.block(
                plan.say {
                    $0.document.suggestions.health.scores[index].evidence.map(\.text).joined(
                        separator: $0.names.sentenceGap)
                }, indent: "")
            if evidence != [""] {
                lines[0] += "\\"
                lines += evidence
            }
            if !score.gaps.isEmpty {
                lines[lines.count - 1] += "\\"
                lines += MarkdownDocument.quiet(
                    plan.say {
                        $0.plan.toImproveColumn + $0.plan.labelSeparator
                            + $0.document.suggestions.health.scores[index].gaps.joined(
                                separator: $0.plan.detailSeparator)
                    })
            }
            document.item(lines)
        }
        setbacks(plan, into: &document)
    }

    /// The answers that cost points, below the table rather than in a fifth
    /// column: a reader sees why a characteristic scores low (a dormant
    /// partnership, staff changes named as a threat) and the table stays narrow.
    private func setbacks(_ plan: Plan, into document: inout MarkdownDocument) {
        let scores = plan.first.document.suggestions.health.scores
        guard scores.contains(where: { !$0.setbacks.isEmpty }) else { return }
        document.blank()
        document.intro(plan.say { $0.plan.answersThatCostPoints })
        document.raw("")
        for (index, score) in scores.enumerated() {
            for setbackIndex in score.setbacks.indices {
                document.bullet(
                    plan.say {
                        let setback = $0.document.suggestions.health.scores[index].setbacks[setbackIndex]
                        return $0.plan.cited(
                            $0.plan.setback($0.names.characteristic(score.characteristic), setback.text),
                            source: setback.source)
                    })
            }
        }
    }

    private func agreement(_ plan: Plan, into document: inout MarkdownDocument) {
        let advice = plan.first.document.suggestions.agreement
        document.heading(2, plan.say { $0.plan.agreementHeading })
        var headline = MarkdownDocument.block(plan.say { $0.document.suggestions.agreement.headline }, indent: "")
        headline[0] = "**" + headline[0].dropLast(headline.count > 1 ? 1 : 0) + "**" + (headline.count > 1 ? "\\" : "")
        for line in headline { document.raw(line) }
        document.raw("")
        if advice.next != nil, advice.then != nil {
            // When two rungs apply at once, both by name and in order, so the
            // ladder reads at a glance even when the headline is long (issue 10).
            document.paragraph(
                plan.say {
                    let advice = $0.document.suggestions.agreement
                    return $0.plan.nextThen(
                        advice.next.map($0.names.stage) ?? "", advice.then.map($0.names.stage) ?? "")
                })
        }
        for index in advice.reasons.indices {
            document.bullet(
                plan.say {
                    let reason = $0.document.suggestions.agreement.reasons[index]
                    return $0.plan.cited(reason.text, source: reason.source)
                })
        }
        if !advice.prerequisites.isEmpty {
            document.blank()
            document.intro(plan.say { $0.plan.beforeSigning })
            document.raw("")
            for index in advice.prerequisites.indices {
                document.bullet(plan.say { $0.document.suggestions.agreement.prerequisites[index] })
            }
        }
        if !advice.warnings.isEmpty {
            document.blank()
            document.intro(plan.say { $0.plan.warningsIntro })
            document.raw("")
            for index in advice.warnings.indices {
                document.bullet(
                    plan.say {
                        let warning = $0.document.suggestions.agreement.warnings[index]
                        return $0.plan.cited(warning.text, source: warning.source)
                    })
            }
        }
    }

    /// The indicators the team chose. Each activity's own indicator is
    /// under the activity in the five-year plan, so it is not listed twice.
    private func indicators(_ plan: Plan, into document: inout MarkdownDocument) {
        let first = plan.first.document
        let chosen = first.answers.first { $0.id == "monitoring-indicators" }
        var items: [String] = []
        if case .texts(let texts)? = chosen?.value { items = texts }
        guard !items.isEmpty || first.draft != nil else { return }
        document.heading(2, plan.say { $0.plan.indicatorsHeading })
        if items.isEmpty { return notAnsweredYet(plan, into: &document) }
        document.intro(plan.say { $0.plan.chosenByTheTeam })
        document.raw("")
        for item in items { document.bullet(.typed(item)) }
    }

    private func funding(_ plan: Plan, into document: inout MarkdownDocument) {
        func labels(_ edition: PlanEdition, _ id: String) -> [String] {
            edition.document.answers.first { $0.id == id }?.labels ?? []
        }
        let sources = labels(plan.first, "funding-sources")
        let level = labels(plan.first, "resource-level").first
        let draft = plan.first.document.draft != nil
        guard !sources.isEmpty || level != nil || draft else { return }
        document.heading(2, plan.say { $0.plan.fundingHeading })
        if sources.isEmpty && level == nil { notAnsweredYet(plan, into: &document) }
        if level != nil {
            bullet(
                plan, label: \.resourcesLabel, .said(plan.say { labels($0, "resource-level").first ?? "" }),
                into: &document)
        }
        for index in sources.indices {
            document.bullet(plan.say { labels($0, "funding-sources")[index] })
        }
        document.blank()
        document.paragraph(plan.say { $0.plan.fundingNote })
    }

    private func sources(_ plan: Plan, into document: inout MarkdownDocument) {
        document.heading(2, plan.say { $0.plan.sourcesHeading })
        // The report named once, with what its marks mean; then the marks in
        // one paragraph rather than a page-long list.
        document.paragraph(plan.say { $0.plan.aboutCitations })
        let sorted = CitedSources.sorted(in: plan.editions)
        document.paragraph(
            plan.say { edition in
                sorted.map { ReportCitation.text($0, in: edition.language) }.joined(
                    separator: edition.plan.detailSeparator)
            })
    }
}
