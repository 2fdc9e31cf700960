import Exporters
import Foundation
import PlanModel
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Issue 16: the draft agreement as Markdown (languages one after the other)
/// and HTML (side by side, a table that prints on A4): the notice at the top,
/// every clause paired, blanks visible, and a team's hostile text shown as
/// typed, never as markup.
@Suite struct AgreementDocumentTests {
    let plans = ExamplePlans.shared

    func draft(_ session: Session, type: AgreementType? = nil, languages: [String]) -> AgreementDraft {
        AgreementDrafter(questionnaire: plans.questionnaire, catalog: plans.catalog)
            .draft(city: session, partner: nil, type: type, languages: languages)
    }

    func markdown(_ draft: AgreementDraft, flavour: MarkdownAgreementExporter.Flavour = .markdown) -> String {
        MarkdownAgreementExporter(draft: draft, names: plans.catalog.names, flavour: flavour).export()
    }

    func html(_ draft: AgreementDraft) -> String {
        HTMLAgreementExporter(draft: draft, names: plans.catalog.names).export()
    }

    /// Issue 16: the top says it is a draft for discussion, not legal advice, and which sections it follows.
    @Test func theTopSaysDraftNotLegalAdvice() throws {
        let drafted = draft(try plans.session(example: "manchester-wuhan"), languages: ["en", "zh"])
        let text = markdown(drafted)
        let top = text.components(separatedBy: "## ").first ?? ""
        #expect(top.contains("A draft for discussion between the two cities, not legal advice"))
        #expect(top.contains("report §1.3; §1.3.2;"))
        #expect(top.contains("不构成法律意见"))
        let page = html(drafted)
        let banner = try #require(page.range(of: "<div class=\"draft\""))
        #expect(page[banner.lowerBound...].prefix(2000).contains("not legal advice"))
    }

    /// Issue 16: in Markdown each clause comes in the first language, then the second, then its citation.
    @Test func markdownGivesTheLanguagesOneAfterTheOther() throws {
        let drafted = draft(try plans.session(example: "manchester-wuhan"), type: .mou, languages: ["en", "zh"])
        let text = markdown(drafted)
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") && !$0.contains("/") }.map(String.init)
        #expect(headings.count == drafted.clauses.count * 2)
        for (index, pair) in stride(from: 0, to: headings.count, by: 2).enumerated() {
            #expect(headings[pair].hasPrefix("## Article \(index + 1) – "), "\(headings[pair])")
            #expect(headings[pair + 1].hasPrefix("## 第"), "\(headings[pair + 1])")
        }
        #expect(text.contains("\\[**\\_\\_\\_\\_ signatory's title**\\]"))
        #expect(text.contains("\\[**\\_\\_\\_\\_ 签署人职务**\\]"))
    }

    /// Issue 16: in HTML two languages stand side by side, one row per clause, each cell with its language.
    @Test func htmlPutsTheLanguagesSideBySide() throws {
        let drafted = draft(try plans.session(example: "manchester-wuhan"), languages: ["zh", "en"])
        let page = html(drafted)
        #expect(page.contains("<table class=\"clauses\">"))
        #expect(page.components(separatedBy: "<tr id=\"clause-").count - 1 == drafted.clauses.count)
        #expect(page.components(separatedBy: "<td lang=\"zh\">").count - 1 == drafted.clauses.count)
        #expect(page.components(separatedBy: "<td lang=\"en\">").count - 1 == drafted.clauses.count)
        #expect(page.contains("<html lang=\"zh\">"))
        #expect(page.contains("<span class=\"blank\">[____ 签署人职务]</span>"))
        #expect(page.contains("table-layout: fixed"))
        #expect(page.contains("@page { size: A4"))
        // Well-formed, as the plan's page is, so a reader can parse it.
        let parser = XMLParser(data: Data(page.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
    }

    /// Issue 16: in one language there is no table: a section per clause.
    @Test func oneLanguageHasASectionPerClause() throws {
        let drafted = draft(try plans.session(example: "manchester-wuhan"), languages: ["en"])
        let page = html(drafted)
        #expect(!page.contains("<table"))
        #expect(page.components(separatedBy: "<section class=\"clause\"").count - 1 == drafted.clauses.count)
    }

    /// Issue 16: a team's hostile text (markup, Markdown, line breaks, a
    /// right-to-left override) is escaped in every format of the draft.
    @Test(arguments: AgreementType.allCases)
    func hostileTextIsEscaped(type: AgreementType) throws {
        let session = try plans.session(file: ExamplePlans.hostile)
        let drafted = draft(session, type: type, languages: ["en", "zh"])
        let page = html(drafted)
        #expect(!page.contains("<script>"))
        #expect(!page.contains("<b>bold tag</b>"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("<bdi>Pipe | Town"))
        let parser = XMLParser(data: Data(page.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        #expect(parser.parse())
        for flavour in [MarkdownAgreementExporter.Flavour.markdown, .word] {
            let text = markdown(drafted, flavour: flavour)
            // Markdown shows `\<script>` as the text "<script>", never a tag.
            #expect(!text.replacingOccurrences(of: "\\<", with: "").contains("<script>"))
            #expect(text.contains("Pipe \\| Town \\<script>"))
            #expect(!text.contains("\r"))
            for line in text.split(separator: "\n") where line.hasPrefix("|") {
                #expect(line.hasSuffix("|"), "a table row is not cut by a typed line break: \(line)")
            }
        }
    }
}
