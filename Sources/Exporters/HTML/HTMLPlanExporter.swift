import Foundation
import Messages
import PlanModel
import Plot

/// Writes the plan as one self-contained HTML page to circulate, show on a
/// projector or print on A4 (issue 12): inline CSS (`PlanStylesheet`) and
/// inline SVG charts, no script, no web font, nothing fetched (a
/// Content-Security-Policy says so to the browser too).
///
/// The sections are the Markdown plan's, in its words (`PlanMessages`); the
/// SWOC grid, the agreement ladder, the health check and the five-year plan
/// are drawn (`TimelineChart`, `AgreementLadderChart`,
/// `CharacteristicBarsChart`), and each activity is a card with its details
/// beneath rather than a row of eight columns. The SWOC grid is HTML (a CSS
/// grid), not SVG: a long SWOC then wraps and breaks across printed pages
/// like any text, stays selectable, and is read as four lists by a screen
/// reader; the pictures that have no text flow of their own are SVG.
///
/// An unfinished session says "Draft" at the very top, with how many
/// questions are open, and its empty sections say they are not answered yet.
/// In several languages each program text is in each, the first leading and
/// the others quieter (with their `lang`); what the team typed appears once.
public struct HTMLPlanExporter: Sendable {
    public let questionnaire: Questionnaire
    /// The typed texts to isolate inside generated sentences, found once per plan.
    var isolation: BidiIsolation?

    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    /// The plan in its document's language.
    public func export(_ plan: PlanDocument, names: PlanNames = .builtIn) -> String {
        render(Voices(editions: [PlanEdition(plan, names: names)]))
    }

    /// The plan in the editions' languages, the first leading; the editions
    /// come from one session (`PlanEditions.check`).
    public func export(_ editions: [PlanEdition]) -> String {
        precondition(!editions.isEmpty, "a plan needs at least one language")
        return render(Voices(editions: editions))
    }

    typealias Plan = Voices<PlanEdition>
    typealias Content = HTMLMarkup.Content

    /// The policy that lets the page use its own styles and nothing else.
    public static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

    private func render(_ plan: Plan) -> String {
        var exporter = self
        exporter.isolation = BidiIsolation(plan.first.document)
        return exporter.page(plan)
    }

    private func page(_ plan: Plan) -> String {
        let first = plan.first
        let draft = first.document.draft
        var heading = first.plan.planTitle + first.plan.labelSeparator + first.cities
        if draft != nil { heading = first.plan.draftLabel + " – " + heading }
        let head = HTMLMarkup.element(
            "head", [],
            [
                HTMLMarkup.void("meta", [("charset", "utf-8")]),
                HTMLMarkup.void("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                HTMLMarkup.void(
                    "meta", [("http-equiv", "Content-Security-Policy"), ("content", Self.contentSecurityPolicy)]),
                HTMLMarkup.element("title", [], [HTMLMarkup.text(heading)]),
                HTMLMarkup.element("style", [], [.raw(PlanStylesheet.css)]),
            ])
        var body: [Content] = []
        if let draft { body.append(draftBanner(plan, draft)) }
        var main: [Content] = [
            HTMLMarkup.element(
                "header", [],
                [
                    HTMLMarkup.element(
                        "h1", [],
                        said(plan.say { $0.plan.planTitle }, plan) + [
                            HTMLMarkup.element("span", [("class", "cities")], [HTMLMarkup.typed(first.cities)])
                        ]),
                    HTMLMarkup.element(
                        "p", [("class", "lede")],
                        said(plan.say { $0.plan.preparedWith(updated: $0.document.timestamps.updated.day) }, plan)),
                ])
        ]
        main += summary(plan)
        main += cityAndPartner(plan)
        main += changes(plan)
        main += swoc(plan)
        main += strategies(plan)
        main += health(plan)
        main += agreement(plan)
        main += fiveYearPlan(plan)
        main += indicators(plan)
        main += funding(plan)
        main += sources(plan)
        body.append(HTMLMarkup.element("main", [], main))
        let page = HTMLMarkup.element(
            "html", [("lang", first.language)], [head, HTMLMarkup.element("body", [], body)])
        return "<!DOCTYPE html>\n" + page.render() + "\n"
    }

    // MARK: Helpers

    /// A program text in each language: the first as it is, each other one
    /// (left out when empty or the same) quieter, with its `lang`.
    func said(_ said: Said, _ plan: Plan) -> [Content] {
        var nodes: [Content] = []
        var seen: [String] = []
        for (index, candidate) in said.texts.enumerated() where !candidate.isEmpty && !seen.contains(candidate) {
            seen.append(candidate)
            let text = isolation?.isolate(candidate) ?? candidate
            if nodes.isEmpty {
                nodes.append(
                    index == 0
                        ? HTMLMarkup.text(text)
                        : HTMLMarkup.element("span", [("lang", plan.editions[index].language)], [HTMLMarkup.text(text)])
                )
            } else {
                nodes.append(
                    HTMLMarkup.element(
                        "span", [("class", "also"), ("lang", plan.editions[index].language)], [HTMLMarkup.text(text)]))
            }
        }
        return nodes
    }

    /// The team's words once, the program's in each language.
    func phrase(_ phrase: Phrase, _ plan: Plan) -> [Content] {
        phrase.parts.flatMap { part -> [Content] in
            switch part {
            case .typed(let text): text.isEmpty ? [] : [HTMLMarkup.typed(text)]
            case .said(let words): said(words, plan)
            }
        }
    }

    func element(_ name: String, _ attributes: [(String, String)], _ said: Said, _ plan: Plan) -> Content {
        HTMLMarkup.element(name, attributes, self.said(said, plan))
    }

    func element(_ name: String, _ said: Said, _ plan: Plan) -> Content {
        HTMLMarkup.element(name, [], self.said(said, plan))
    }

    /// A section with its heading; `id` lets the page link to it.
    func section(_ id: String, _ plan: Plan, heading: (PlanEdition) -> String, _ content: [Content]) -> Content {
        HTMLMarkup.element(
            "section", [("id", id), ("class", "part")], [element("h2", plan.say(heading), plan)] + content)
    }

    /// What stands in a section an unfinished session has not reached.
    func notAnsweredYet(_ plan: Plan) -> Content {
        element("p", [("class", "empty")], plan.say { $0.plan.notAnsweredYet }, plan)
    }

    /// A list of label–text pairs.
    func facts(_ rows: [(label: Said, value: [Content])], _ plan: Plan) -> Content {
        HTMLMarkup.element(
            "dl", [("class", "facts")],
            rows.map { row in
                HTMLMarkup.element(
                    "div", [],
                    [HTMLMarkup.element("dt", [], said(row.label, plan)), HTMLMarkup.element("dd", [], row.value)])
            })
    }

    /// A chart with a visible caption, kept whole on a printed page.
    func figure(_ chart: SVGNode, caption: Said, _ plan: Plan) -> Content {
        HTMLMarkup.element(
            "figure", [("class", "chart")],
            [HTMLMarkup.svg(chart), element("figcaption", caption, plan)])
    }

    func label(_ id: String, vocabulary: String, in edition: PlanEdition) -> String {
        questionnaire.label(id, in: vocabulary, language: edition.language)
    }

    // MARK: Draft, summary, city

    private func draftBanner(_ plan: Plan, _ draft: PlanDocument.Draft) -> Content {
        HTMLMarkup.element(
            "div", [("class", "draft"), ("role", "note")],
            [
                element("p", [("class", "draft-label")], plan.say { $0.plan.draftLabel }, plan),
                element(
                    "p", [],
                    plan.say {
                        $0.draftNotice ?? ""
                    }, plan),
            ])
    }

    private func summary(_ plan: Plan) -> [Content] {
        let suggestions = plan.first.document.suggestions
        var rows: [(label: Said, value: [Content])] = []
        rows.append(
            (
                plan.say { $0.plan.nextAgreementLabel },
                said(plan.say { $0.document.suggestions.agreement.headline }, plan)
            ))
        if suggestions.health.isLevel {
            rows.append((plan.say { $0.plan.healthCheckLabel }, said(plan.say { $0.plan.allFiveScoreTheSame }, plan)))
        } else if let weakest = suggestions.health.score(of: suggestions.health.weakest) {
            rows.append(
                (
                    plan.say { $0.plan.weakestCharacteristicLabel },
                    said(
                        plan.say {
                            $0.plan.bracketed(
                                $0.names.characteristic(weakest.characteristic),
                                detail: $0.plan.score(weakest.score, of: HealthCheck.maximumScore))
                        }, plan)
                ))
        }
        if let first = suggestions.plan.first, let last = suggestions.plan.last {
            rows.append(
                (
                    plan.say { $0.plan.fiveYearPlanLabel },
                    said(plan.say { $0.plan.activities(suggestions.plan.count, from: first.year, to: last.year) }, plan)
                ))
        }
        for index in suggestions.agreement.warnings.indices {
            rows.append(
                (
                    plan.say { $0.plan.warningLabel },
                    said(
                        plan.say {
                            let warning = $0.document.suggestions.agreement.warnings[index]
                            return $0.plan.cited(warning.text, source: warning.source)
                        }, plan)
                ))
        }
        return [section("summary", plan, heading: { $0.plan.summaryHeading }, [facts(rows, plan)])]
    }

    private func cityAndPartner(_ plan: Plan) -> [Content] {
        let rows = CityAndPartnerRows.rows(plan).map { (label: $0.label, value: phrase($0.value, plan)) }
        if rows.isEmpty {
            guard plan.first.document.draft != nil else { return [] }
            return [section("city", plan, heading: { $0.plan.cityAndPartnerHeading }, [notAnsweredYet(plan)])]
        }
        return [section("city", plan, heading: { $0.plan.cityAndPartnerHeading }, [facts(rows, plan)])]
    }
}
