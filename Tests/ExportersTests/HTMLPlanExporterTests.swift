import Exporters
import Foundation
import Messages
import PlanModel
import Testing

/// Issue 12, `export --format html`: one self-contained page with the plan's
/// sections, its charts drawn as SVG and every typed text shown as text.
@Suite struct HTMLPlanExporterTests {
    let plans = ExamplePlans.shared

    func html(_ session: Session, languages: [String]? = nil) throws -> String {
        HTMLPlanExporter(questionnaire: plans.questionnaire).export(try plans.editions(session, languages: languages))
    }

    /// The page read as XML (it is written so that it also is): nil when it is not well-formed.
    static func read(_ page: String) -> SVGReader? {
        SVGReader.read(String(page.dropFirst("<!DOCTYPE html>\n".count)))
    }

    /// Each `<svg>…</svg>` of the page, as written.
    static func charts(_ page: String) -> [String] {
        page.matches(of: /<svg [^>]*>.*?<\/svg>/.dotMatchesNewlines()).map { String($0.output) }
    }

    /// Issue 12: self-contained: no script, nothing fetched (no src, href or
    /// URL at all), a CSP that allows only inline styles, UTF-8, a viewport
    /// and the language on `<html>`.
    @Test func isSelfContained() throws {
        let page = try html(try plans.session(example: "nottingham-ningbo"))
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"))
        #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"))
        #expect(
            page.contains(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; "
                    + "style-src &#39;unsafe-inline&#39;; img-src data:\"/>"))
        for forbidden in ["<script", "src=", "href=", "http:", "https:", "@import", "url(", "<link"] {
            #expect(!page.lowercased().contains(forbidden), "\(forbidden)")
        }
        #expect(page.contains("@page { size: A4; margin: 15mm; }"))
        #expect(page.contains("\"Noto Sans CJK SC\""), "a Chinese system font in the stack")
    }

    /// Issue 12: the Markdown plan's sections, in order, with what the citations mean under the sources.
    @Test func hasThePlanSectionsInOrder() throws {
        let page = try html(try plans.session(example: "nottingham-ningbo"))
        let ids = page.matches(of: /<section id="([a-z]+)"/).map { String($0.output.1) }
        #expect(
            ids == [
                "summary", "city", "swoc", "strategies", "health", "agreement", "plan", "indicators", "funding",
                "sources",
            ])
        let english = Messages.english.plan
        let reader = try #require(Self.read(page))
        let text = reader.elements[0].text
        #expect(text.contains(english.aboutCitations))
        #expect(text.contains(english.swocIntro))
        #expect(!page.contains("mermaid"))
    }

    /// Issue 12: three charts, each well-formed XML with role="img", an aria-label and a title.
    @Test func drawsThreeAccessibleCharts() throws {
        let page = try html(try plans.session(example: "nottingham-ningbo"))
        let charts = Self.charts(page)
        #expect(charts.count == 3)
        for chart in charts {
            let reader = try #require(SVGReader.read(chart))
            #expect(reader.elements[0].attributes["role"] == "img")
            #expect(reader.elements[0].attributes["aria-label"]?.isEmpty == false)
            #expect(reader.elements[1].name == "title")
            #expect(reader.elements[0].attributes["xmlns"] == nil, "inside HTML the parser gives the namespace")
        }
        #expect(page.contains("Five-year plan by stream and year"))
        #expect(page.contains("Agreement ladder"))
    }

    /// Issue 12: an activity is a card with its title, what, lead, cost and
    /// indicator, and why, the entries answered and the source beneath.
    @Test func activitiesAreCardsByYear() throws {
        let session = try plans.session(example: "nottingham-ningbo")
        let plan = try plans.editions(session)[0].document.suggestions.plan
        let page = try html(session)
        let reader = try #require(Self.read(page))
        let cards = reader.elements.filter { $0.name == "article" }
        #expect(cards.count == plan.count)
        for (card, activity) in zip(cards, plan) {
            #expect(card.text.hasPrefix(activity.title))
            #expect(card.text.contains(activity.indicator))
            #expect(card.text.contains("LeadGovernment") || card.text.contains("Lead"))
            #expect(card.text.contains("Why: " + activity.reason))
        }
        let years = reader.elements.filter { $0.name == "h3" }.map(\.text)
        for year in Set(plan.map(\.year)) { #expect(years.contains(String(year))) }
        #expect(cards.contains { $0.text.contains("Answers: S3, W3, O1, O2, O4, C2") })
    }

    /// Issue 12: SWOC entries with their code and a short actor tag, not the full label.
    @Test func swocEntriesHaveAShortActorTag() throws {
        let page = try html(try plans.session(example: "nottingham-ningbo"))
        #expect(
            page.contains(
                "<span class=\"code\">S1</span> <bdi>Our university runs a full campus in Ningbo with its own network there</bdi> "
                    + "<span class=\"tag\">Academia</span>"))
        #expect(!page.contains("raised by"))
    }

    /// Issue 12, hostile text: the page is well-formed, has no script and no
    /// second `<svg>`, and every typed text is in its text exactly (a typed
    /// CR LF read as LF, as HTML reads it).
    @Test func hostileTextsAreTextNotMarkup() throws {
        let session = try plans.session(file: ExamplePlans.hostile)
        let page = try html(session)
        let reader = try #require(Self.read(page), "the page is well-formed")
        #expect(reader.named("script").isEmpty)
        #expect(reader.named("svg").count == 3)
        #expect(reader.named("b").isEmpty, "the typed <b> is text")
        for chart in Self.charts(page) { #expect(SVGReader.read(chart) != nil, "each chart is well-formed") }
        let text = reader.elements[0].text
        let typed = [
            "Pipe | Town\n<script>alert(1)</script> </svg>",
            "Ends </svg> early? ]]> and \u{202E}right-to-left\u{202C} text",
            "Line one\nline two </svg><svg onload=alert(1)> ]]> \u{202E}evil\u{202C} end", "Land <b>bold tag</b> & Co",
            "<!-- hidden --> Office of *stars* and ~~strike~~", "[A link](javascript:alert(1))",
        ]
        for hostile in typed { #expect(text.contains(hostile), "\(hostile)") }
    }

    /// Issue 12: a right-to-left override a team typed stays inside its own
    /// text: outside every `<bdi>` and isolate, no override is left open.
    @Test func rightToLeftOverridesAreIsolated() throws {
        let page = try html(try plans.session(file: ExamplePlans.hostile))
        let start = try #require(page.range(of: "<body>"))
        let body = String(page[start.lowerBound...])
            .replacing(/<svg .*?<\/svg>/.dotMatchesNewlines(), with: "")
        let outside = body.replacing(/<bdi>.*?<\/bdi>/.dotMatchesNewlines(), with: "")
            .replacing(/\u{2068}.*?\u{2069}/.dotMatchesNewlines(), with: "")
        #expect(body.contains("\u{202E}"))
        #expect(!outside.contains("\u{202E}"))
    }

    /// Issue 12: an unfinished session says Draft at the very top with how
    /// many questions are open, and its empty sections say not answered yet.
    @Test func anUnfinishedSessionIsMarkedDraft() throws {
        let session = try plans.session(file: ExamplePlans.unfinished)
        let document = try plans.editions(session)[0].document
        let draft = try #require(document.draft)
        let page = try html(session)
        let english = Messages.english.plan
        let banner =
            "<body><div class=\"draft\" role=\"note\"><p class=\"draft-label\">\(english.draftLabel)</p><p>"
            + HTMLMarkupEscape.text(
                english.draftNotice(unanswered: draft.unansweredQuestions, stepReached: draft.stepReached))
        #expect(page.contains(banner))
        #expect(page.contains("<title>Draft – Partnership plan: "))
        #expect(
            page.contains(
                "<section id=\"funding\" class=\"part\"><h2>Funding</h2><p class=\"empty\">Not answered yet.</p>"))
        let finished = try html(try plans.session(example: "nottingham-ningbo"))
        #expect(!finished.contains("class=\"draft\""))
    }

    /// Issue 12: a revived session shows what changed since the earlier
    /// round: entries added and changed, as typed, and the new areas.
    @Test func aRevivedSessionShowsWhatChanged() throws {
        let page = try html(try plans.session(file: "Tests/Fixtures/hostile-sessions/valid.json"))
        let ids = page.matches(of: /<section id="([a-z]+)"/).map { String($0.output.1) }
        #expect(ids.prefix(3) == ["summary", "city", "changes"])
        #expect(page.contains("<h2>What changed since 2019-03-01</h2>"))
        #expect(page.contains("<li><strong>Added: </strong><bdi>Film studios</bdi></li>"))
        #expect(page.contains("<bdi>Universities</bdi> → <bdi>Universities with Chinese programmes</bdi>"))
        #expect(page.contains("<dt>New</dt><dd>Smart cities</dd>"))
    }

    /// Issue 12: a bilingual page in Chinese first: `lang="zh"` on the page,
    /// English quieter with `lang="en"`, the team's texts once.
    @Test func aBilingualPageSaysProgramWordsTwiceAndTypedTextsOnce() throws {
        let session = try plans.session(answers: "examples/ningbo-nottingham.zh.yaml", language: "zh")
        let one = try html(session)
        let both = try html(session, languages: ["zh", "en"])
        #expect(both.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh\">"))
        #expect(both.contains("<h2>概要<span class=\"also\" lang=\"en\">Summary</span></h2>"))
        let entry = try #require(session.answers["strengths"])
        guard case .swocEntries(let entries) = entry, let first = entries.first else {
            Issue.record("no strengths")
            return
        }
        let typed = "<bdi>\(HTMLMarkupEscape.text(first.text))</bdi>"
        #expect(both.components(separatedBy: typed).count == one.components(separatedBy: typed).count)
        #expect(HTMLPlanExporterTests.charts(both).count == 3)
        #expect(Self.read(both) != nil)
    }
}

/// The escaping a test expects, written from HTML's rules rather than taken from the exporter.
enum HTMLMarkupEscape {
    static func text(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
