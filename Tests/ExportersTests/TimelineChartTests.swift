import Foundation
import PlanModel
import Testing

@testable import Exporters

/// Issue 12: the five-year plan drawn as a timeline by stream and year (not
/// Mermaid), a standalone SVG the Word plan can take as a picture.
@Suite struct TimelineChartTests {
    let plans = ExamplePlans.shared

    /// A file of its own: XML declaration, the SVG namespace, width, height
    /// and view box, a title and an aria-label for a screen reader.
    @Test func isAStandaloneSVGDocument() throws {
        let editions = try plans.editions(try plans.session(example: "nottingham-ningbo"))
        let svg = TimelineChart(editions).svg
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let reader = try #require(SVGReader.read(svg))
        let root = try #require(reader.elements.first)
        #expect(root.name == "svg")
        let width = try #require(root.attributes["width"].flatMap(Double.init))
        let height = try #require(root.attributes["height"].flatMap(Double.init))
        #expect(root.attributes["viewBox"] == "0 0 \(SVGNode.number(width)) \(SVGNode.number(height))")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-label"]?.hasPrefix("Five-year plan by stream and year: ") == true)
        #expect(reader.elements[1].name == "title")
    }

    /// One box per activity, each with its full title as a tooltip; every
    /// year is a column heading and every stream of the plan a row.
    @Test func oneBoxPerActivityInRowsByStreamAndColumnsByYear() throws {
        let editions = try plans.editions(try plans.session(example: "nottingham-ningbo"))
        let plan = editions[0].document.suggestions.plan
        let reader = try #require(SVGReader.read(TimelineChart(editions).svg))
        let boxes = reader.named("g")
        #expect(boxes.count == plan.count)
        let tooltips = reader.named("title").dropFirst().map(\.text)
        #expect(tooltips.sorted() == plan.map(\.title).sorted())
        let glance = PlanGlance(plan)
        for year in glance.years { #expect(reader.lines.contains(String(year))) }
        let shown = reader.lines.joined(separator: " ")
        for stream in glance.streams {
            #expect(shown.contains(stream.title.split(separator: " ")[0]), "the row of \(stream)")
        }
    }

    /// No line of a title is wider than its box: the chart's wrapping, at its own font size.
    @Test func titlesStayInsideTheirBoxes() throws {
        let editions = try plans.editions(try plans.session(example: "nottingham-ningbo"))
        let reader = try #require(SVGReader.read(TimelineChart(editions).svg))
        let boxWidths = reader.named("rect").filter { $0.attributes["rx"] == "4" }.compactMap {
            $0.attributes["width"].flatMap(Double.init)
        }
        let inner = try #require(boxWidths.first) - 2 * TimelineChart.padding
        let small = reader.named("text").filter { $0.attributes["font-size"] == "12" }
        #expect(!small.isEmpty)
        for line in small {
            #expect(
                Double(line.text.displayWidth) * ChartText.columnWidth(fontSize: 12) <= inner, "\(line.text)")
        }
    }

    /// A Chinese plan's timeline is in Chinese; a bilingual one names each
    /// stream in both languages, the second quieter.
    @Test func chineseAndBilingualTimelines() throws {
        let session = try plans.session(answers: "examples/ningbo-nottingham.zh.yaml", language: "zh")
        let chinese = try #require(SVGReader.read(TimelineChart(try plans.editions(session)).svg))
        #expect(chinese.elements[0].attributes["aria-label"]?.hasPrefix("五年行动计划") == true)
        let both = try plans.editions(session, languages: ["zh", "en"])
        let reader = try #require(SVGReader.read(TimelineChart(both).svg))
        let lines = reader.lines.joined(separator: " ")
        #expect(lines.contains(both[0].names.stream(.government)))
        #expect(lines.contains("Inter-government"))
        let quiet = reader.named("text").filter { $0.attributes["fill"] == ChartFrame.quiet }
        #expect(quiet.contains { $0.text.contains("Inter-government") }, "English second, quieter")
    }

    /// The hostile session's timeline is well-formed XML with one `<svg>`.
    @Test func hostileSessionGivesWellFormedXML() throws {
        let editions = try plans.editions(try plans.session(file: ExamplePlans.hostile))
        let reader = try #require(SVGReader.read(TimelineChart(editions).svg))
        #expect(reader.named("svg").count == 1)
        #expect(reader.named("g").count == editions[0].document.suggestions.plan.count)
    }

    /// A plan with no activities says so instead of drawing an empty grid.
    @Test func anEmptyPlanSaysNotAnsweredYet() throws {
        var editions = try plans.editions(try plans.session(example: "nottingham-ningbo"))
        editions[0].document.suggestions.plan = []
        let reader = try #require(SVGReader.read(TimelineChart(editions).svg))
        #expect(reader.lines == [editions[0].plan.notAnsweredYet])
    }
}
