import Messages
import PlanModel

/// The analysis sections of the HTML plan: what changed since the last
/// round, the SWOC grid, the TOWS strategies, the health check and the
/// agreement advice.
extension HTMLPlanExporter {
    func changes(_ plan: Plan) -> [Content] {
        guard let changes = plan.first.document.changes else { return [] }
        let diffs = Voices(
            editions: plan.editions.compactMap { edition in
                edition.document.changes.map {
                    DiffEdition(messages: edition.plan, diff: $0, language: edition.language)
                }
            })
        var content: [Content] = []
        if changes.isEmpty {
            content.append(element("p", plan.say { $0.plan.nothingChanged }, plan))
        }
        for (index, quadrant) in changes.quadrants.enumerated() where !quadrant.isEmpty {
            var items: [Content] = []
            func item(_ label: (any PlanMessages) -> String, _ text: [Content]) {
                items.append(
                    HTMLMarkup.element(
                        "li", [],
                        [element("strong", diffs.say { label($0.messages) + $0.messages.labelSeparator }, plan)] + text)
                )
            }
            for entry in quadrant.added { item(\.addedLabel, [HTMLMarkup.typed(entry.text)]) }
            for change in quadrant.changed {
                item(
                    \.changedLabel,
                    [HTMLMarkup.typed(change.before.text), HTMLMarkup.text(" → "), HTMLMarkup.typed(change.after.text)])
            }
            for entry in quadrant.dropped { item(\.droppedLabel, [HTMLMarkup.typed(entry.text)]) }
            if quadrant.kept > 0 { items.append(element("li", diffs.say { $0.messages.kept(quadrant.kept) }, plan)) }
            content.append(
                element(
                    "h3", diffs.say { MarkdownDiffExporter.name(of: $0.diff.quadrants[index].quadrant, $0.messages) },
                    plan))
            content.append(HTMLMarkup.element("ul", [], items))
        }
        func areas(_ ids: [String], _ edition: PlanEdition) -> String {
            ids.map { label($0, vocabulary: "cooperation-areas", in: edition) }.joined(
                separator: edition.plan.listSeparator)
        }
        var rows: [(label: Said, value: [Content])] = []
        if !changes.areasAdded.isEmpty {
            rows.append(
                (
                    plan.say { $0.plan.newAreasLabel },
                    said(plan.say { areas($0.document.changes?.areasAdded ?? [], $0) }, plan)
                ))
        }
        if !changes.areasDropped.isEmpty {
            rows.append(
                (
                    plan.say { $0.plan.noLongerNamedLabel },
                    said(plan.say { areas($0.document.changes?.areasDropped ?? [], $0) }, plan)
                ))
        }
        if !rows.isEmpty {
            content.append(element("h3", plan.say { $0.plan.cooperationAreasHeading }, plan))
            content.append(facts(rows, plan))
        }
        if !changes.answers.isEmpty {
            content.append(element("h3", plan.say { $0.plan.stageAndResourcesHeading }, plan))
            content.append(
                facts(
                    changes.answers.indices.map { index in
                        (
                            plan.say { $0.document.changes?.answers[index].question ?? "" },
                            said(plan.say { $0.document.changes?.answers[index].before ?? "–" }, plan) + [
                                HTMLMarkup.text(" → ")
                            ]
                                + said(plan.say { $0.document.changes?.answers[index].after ?? "–" }, plan)
                        )
                    }, plan))
        }
        return [section("changes", plan, heading: { $0.plan.changedSince(changes.from.startedAt.day) }, content)]
    }

    func swoc(_ plan: Plan) -> [Content] {
        let swoc = plan.first.document.swoc
        let isDraft = plan.first.document.draft != nil
        let all = swoc.strengths + swoc.weaknesses + swoc.opportunities + swoc.challenges
        guard !all.isEmpty || isDraft else { return [] }
        let quadrants:
            [(KeyPath<PlanDocument.Swoc, [PlanDocument.Entry]>, String, String, (any PlanMessages) -> String)] = [
                (\.strengths, "S", "strengths", \.strengths), (\.weaknesses, "W", "weaknesses", \.weaknesses),
                (\.opportunities, "O", "opportunities", \.opportunities),
                (\.challenges, "C", "challenges", \.challenges),
            ]
        let cells = quadrants.map { quadrant, letter, name, heading -> Content in
            let entries = swoc[keyPath: quadrant]
            let list: Content
            if entries.isEmpty {
                list =
                    isDraft
                    ? notAnsweredYet(plan) : HTMLMarkup.element("p", [("class", "empty")], [HTMLMarkup.text("–")])
            } else {
                list = HTMLMarkup.element(
                    "ol", [],
                    // The team's priorities first, marked; each keeps its code.
                    PriorityOrder.indices(of: entries).map { index in
                        var parts: [Content] = []
                        if entries[index].isPriority {
                            parts.append(
                                HTMLMarkup.element(
                                    "span",
                                    [("class", "priority"), ("title", plan.first.messages.plan.priorityLegend)],
                                    [HTMLMarkup.text(plan.first.messages.plan.priorityMark)]))
                            parts.append(HTMLMarkup.text(" "))
                        }
                        parts += [
                            HTMLMarkup.element("span", [("class", "code")], [HTMLMarkup.text("\(letter)\(index + 1)")]),
                            HTMLMarkup.text(" "), HTMLMarkup.typed(entries[index].text),
                        ]
                        if entries[index].actor != nil {
                            parts.append(HTMLMarkup.text(" "))
                            parts.append(
                                HTMLMarkup.element(
                                    "span", [("class", "tag")],
                                    said(
                                        plan.say { $0.document.swoc[keyPath: quadrant][index].actor?.shortLabel ?? "" },
                                        plan)))
                        }
                        return HTMLMarkup.element("li", [], parts)
                    })
            }
            return HTMLMarkup.element(
                "section", [("class", "quadrant \(name)")], [element("h3", plan.say { heading($0.plan) }, plan), list])
        }
        return [
            section(
                "swoc", plan, heading: { $0.plan.swocHeading },
                [
                    element("p", plan.say { $0.plan.swocIntro }, plan)
                ] + (all.contains(where: \.isPriority) ? [element("p", plan.say { $0.plan.priorityLegend }, plan)] : [])
                    + [
                        HTMLMarkup.element(
                            "div",
                            [
                                ("class", "swoc-grid"), ("role", "group"),
                                ("aria-label", plan.first.messages.charts.swocGridDescription),
                            ],
                            cells)
                    ])
        ]
    }

    func strategies(_ plan: Plan) -> [Content] {
        let strategies = plan.first.document.suggestions.strategies
        guard !strategies.isEmpty else {
            guard plan.first.document.draft != nil else { return [] }
            return [section("strategies", plan, heading: { $0.plan.strategiesHeading }, [notAnsweredYet(plan)])]
        }
        let items = strategies.indices.map { index -> Content in
            let strategy = strategies[index]
            return HTMLMarkup.element(
                "li", [],
                [
                    HTMLMarkup.element("span", [("class", "code")], [HTMLMarkup.text(strategy.kind.rawValue)]),
                    HTMLMarkup.text(" "),
                    element("strong", plan.say { $0.names.strategy(strategy.kind) }, plan),
                    element("p", plan.say { $0.document.suggestions.strategies[index].text }, plan),
                    element(
                        "p", [("class", "quiet")],
                        plan.say {
                            $0.plan.combinesColumn + $0.plan.labelSeparator
                                + $0.plan.combines(strategy.internalEntry.code, strategy.externalEntry.code)
                        }, plan),
                ])
        }
        return [
            section(
                "strategies", plan, heading: { $0.plan.strategiesHeading },
                [
                    element("p", plan.say { $0.plan.strategiesIntro }, plan),
                    HTMLMarkup.element("ul", [("class", "cards")], items),
                ])
        ]
    }

    func health(_ plan: Plan) -> [Content] {
        let health = plan.first.document.suggestions.health
        var content: [Content] = [
            element(
                "p",
                plan.say {
                    $0.plan.healthIntro(
                        maximum: HealthCheck.maximumScore,
                        weakest: health.isLevel ? nil : $0.names.characteristic(health.weakest))
                }, plan),
            figure(
                CharacteristicBarsChart(plan.editions).node(standalone: false),
                caption: plan.say { $0.messages.charts.healthBarsTitle }, plan),
        ]
        let cards = health.scores.indices.map { index -> Content in
            let score = health.scores[index]
            var parts: [Content] = [
                HTMLMarkup.element(
                    "h3", [],
                    said(plan.say { $0.names.characteristic(score.characteristic) }, plan) + [
                        HTMLMarkup.element(
                            "span", [("class", "score")],
                            said(plan.say { $0.plan.score(score.score, of: HealthCheck.maximumScore) }, plan))
                    ])
            ]
            if !score.evidence.isEmpty {
                parts.append(
                    HTMLMarkup.element(
                        "p", [],
                        said(plan.say { $0.plan.evidenceColumn + $0.plan.labelSeparator }, plan)
                            + said(
                                plan.say {
                                    $0.document.suggestions.health.scores[index].evidence.map(\.text).joined(
                                        separator: $0.names.sentenceGap)
                                }, plan)))
            }
            if !score.gaps.isEmpty {
                parts.append(
                    element(
                        "p", [("class", "quiet")],
                        plan.say {
                            $0.plan.toImproveColumn + $0.plan.labelSeparator
                                + $0.document.suggestions.health.scores[index].gaps.joined(
                                    separator: $0.plan.detailSeparator)
                        }, plan))
            }
            return HTMLMarkup.element("li", [], parts)
        }
        content.append(HTMLMarkup.element("ul", [("class", "cards")], cards))
        if health.scores.contains(where: { !$0.setbacks.isEmpty }) {
            content.append(element("p", [("class", "intro")], plan.say { $0.plan.answersThatCostPoints }, plan))
            var items: [Content] = []
            for (index, score) in health.scores.enumerated() {
                for setbackIndex in score.setbacks.indices {
                    items.append(
                        element(
                            "li",
                            plan.say {
                                let setback = $0.document.suggestions.health.scores[index].setbacks[setbackIndex]
                                return $0.plan.cited(
                                    $0.plan.setback($0.names.characteristic(score.characteristic), setback.text),
                                    source: setback.source)
                            }, plan))
                }
            }
            content.append(HTMLMarkup.element("ul", [], items))
        }
        return [section("health", plan, heading: { $0.plan.healthHeading }, content)]
    }

    func agreement(_ plan: Plan) -> [Content] {
        let advice = plan.first.document.suggestions.agreement
        var content: [Content] = [
            element("p", [("class", "headline")], plan.say { $0.document.suggestions.agreement.headline }, plan),
            figure(
                AgreementLadderChart(plan.editions).node(standalone: false),
                caption: plan.say { $0.messages.charts.ladderTitle }, plan),
        ]
        if advice.next != nil, advice.then != nil {
            content.append(
                element(
                    "p",
                    plan.say {
                        let advice = $0.document.suggestions.agreement
                        return $0.plan.nextThen(
                            advice.next.map($0.names.stage) ?? "", advice.then.map($0.names.stage) ?? "")
                    }, plan))
        }
        func list(_ count: Int, _ text: @escaping (PlanEdition, Int) -> String) -> Content {
            HTMLMarkup.element("ul", [], (0..<count).map { index in element("li", plan.say { text($0, index) }, plan) })
        }
        if !advice.reasons.isEmpty {
            content.append(
                list(advice.reasons.count) { edition, index in
                    let reason = edition.document.suggestions.agreement.reasons[index]
                    return edition.plan.cited(reason.text, source: reason.source)
                })
        }
        if !advice.prerequisites.isEmpty {
            content.append(element("p", [("class", "intro")], plan.say { $0.plan.beforeSigning }, plan))
            content.append(list(advice.prerequisites.count) { $0.document.suggestions.agreement.prerequisites[$1] })
        }
        if !advice.warnings.isEmpty {
            content.append(element("p", [("class", "intro")], plan.say { $0.plan.warningsIntro }, plan))
            content.append(
                list(advice.warnings.count) { edition, index in
                    let warning = edition.document.suggestions.agreement.warnings[index]
                    return edition.plan.cited(warning.text, source: warning.source)
                })
        }
        return [section("agreement", plan, heading: { $0.plan.agreementHeading }, content)]
    }
}
