import Foundation
import PlanModel
import Testing

@testable import Exporters

/// Issue 12: the agreement ladder with the rung reached and the next one
/// marked, in words as well as by fill and outline.
@Suite struct AgreementLadderChartTests {
    let plans = ExamplePlans.shared

    /// Four rungs named as the catalogue names them; the reached one and the
    /// next one tagged in words, and a legend that says what the marks mean.
    @Test func reachedAndNextRungsAreTaggedAndExplained() throws {
        let editions = try plans.editions(try plans.session(example: "nottingham-ningbo"))
        let advice = editions[0].document.suggestions.agreement
        let next = try #require(advice.next)
        let reader = try #require(SVGReader.read(AgreementLadderChart(editions).svg))
        let lines = reader.lines
        let shown = lines.joined(separator: " ")
        for stage in AgreementLadderChart.rungs {
            let name = editions[0].names.stage(stage)
            #expect(shown.contains(name.split(separator: " ").prefix(2).joined(separator: " ")), "\(name)")
        }
        #expect(lines.contains("Reached"))
        #expect(lines.contains("Next"))
        #expect(lines.contains("Filled: the agreement reached so far"))
        #expect(lines.contains("Thick dashed outline: the one to aim for next"))
        let label = try #require(reader.elements[0].attributes["aria-label"])
        #expect(label.contains("Reached so far: \(editions[0].names.stage(advice.currentStage))."))
        #expect(label.contains("Next: \(editions[0].names.stage(next))."))
    }

    /// The reached rung is filled and the next one drawn with a dashed outline.
    @Test func reachedIsFilledAndNextIsDashed() throws {
        var editions = try plans.editions(try plans.session(example: "nottingham-ningbo"))
        editions[0].document.suggestions.agreement.currentStage = .memorandum
        editions[0].document.suggestions.agreement.next = .letterOfIntent
        editions[0].document.suggestions.agreement.then = .projectAgreement
        let chart = AgreementLadderChart(editions)
        #expect(chart.state(of: .memorandum) == .reached)
        #expect(chart.state(of: .letterOfIntent) == .next)
        #expect(chart.state(of: .projectAgreement) == .then)
        #expect(chart.state(of: .projectContract) == .ahead)
        let reader = try #require(SVGReader.read(chart.svg))
        let rungs = reader.named("rect").filter { $0.attributes["rx"] == "6" }
        #expect(rungs.count == 4)
        #expect(rungs[0].attributes["fill"] == "#1F4E79")
        #expect(rungs[1].attributes["stroke-dasharray"] != nil && rungs[1].attributes["stroke-width"] == "4")
        #expect(rungs[2].attributes["stroke-dasharray"] != nil && rungs[2].attributes["stroke-width"] == "1.5")
        #expect(rungs[3].attributes["stroke-dasharray"] == nil)
        #expect(reader.lines.contains("Then"))
        #expect(reader.lines.contains("Thin dashed outline: the one after it"))
    }

    /// With no agreement yet, the ground of the ladder says so.
    @Test func noAgreementYetIsSaidAtTheGround() throws {
        var editions = try plans.editions(try plans.session(example: "nottingham-ningbo"))
        editions[0].document.suggestions.agreement.currentStage = .noAgreement
        editions[0].document.suggestions.agreement.next = .memorandum
        editions[0].document.suggestions.agreement.then = nil
        let reader = try #require(SVGReader.read(AgreementLadderChart(editions).svg))
        #expect(reader.lines.contains("No agreement yet · Reached"))
        #expect(!reader.lines.contains("Then"))
    }

    /// A bilingual ladder tags the rungs in both languages.
    @Test func bilingualTagsAreInBothLanguages() throws {
        let session = try plans.session(answers: "examples/ningbo-nottingham.zh.yaml", language: "zh")
        let editions = try plans.editions(session, languages: ["zh", "en"])
        let reader = try #require(SVGReader.read(AgreementLadderChart(editions).svg))
        #expect(reader.lines.contains("已达到 / Reached"))
        #expect(reader.lines.contains("实心：目前已达到的协议"))
        #expect(reader.lines.contains("Filled: the agreement reached so far"))
    }
}
