import Foundation
import PlanModel
import Testing

@testable import Exporters

/// Issue 12: the health check's five characteristics drawn as bars, each
/// score also written in words.
@Suite struct CharacteristicBarsChartTests {
    let plans = ExamplePlans.shared

    /// A bar per characteristic as long as its score out of the maximum, the
    /// score in words beside it and the weakest tagged.
    @Test func barsAreAsLongAsTheScores() throws {
        let editions = try plans.editions(try plans.session(example: "nottingham-ningbo"))
        let health = editions[0].document.suggestions.health
        let reader = try #require(SVGReader.read(CharacteristicBarsChart(editions).svg))
        let filled = reader.named("rect").filter { ["#1F4E79", "#2E7D4F"].contains($0.attributes["fill"]) }
        let scored = health.scores.filter { $0.score > 0 }
        #expect(filled.count == scored.count)
        for (bar, score) in zip(filled, scored) {
            let expected =
                Double(score.score) / Double(HealthCheck.maximumScore) * CharacteristicBarsChart.barWidth
            #expect(bar.attributes["width"] == SVGNode.number(expected))
        }
        for score in health.scores {
            #expect(reader.lines.contains(score.characteristic.title))
        }
        #expect(!health.isLevel)
        let weakest = try #require(health.score(of: health.weakest))
        #expect(reader.lines.contains("\(weakest.score) of 3 · weakest"))
        #expect(reader.elements[0].attributes["aria-label"]?.contains("Human factors: 2 of 3") == true)
    }

    /// When all five score the same, none is called the weakest.
    @Test func aLevelHealthCheckTagsNone() throws {
        var editions = try plans.editions(try plans.session(example: "nottingham-ningbo"))
        for index in editions[0].document.suggestions.health.scores.indices {
            editions[0].document.suggestions.health.scores[index].score = 2
        }
        let reader = try #require(SVGReader.read(CharacteristicBarsChart(editions).svg))
        #expect(!reader.lines.contains { $0.contains("weakest") })
        #expect(reader.lines.filter { $0 == "2 of 3" }.count == 5)
    }

    /// A Chinese plan writes the scores as a Chinese reader does.
    @Test func chineseScores() throws {
        let session = try plans.session(answers: "examples/ningbo-nottingham.zh.yaml", language: "zh")
        let reader = try #require(SVGReader.read(CharacteristicBarsChart(try plans.editions(session)).svg))
        #expect(reader.lines.contains("人的因素"))
        #expect(reader.lines.contains { $0.hasSuffix("分 · 最薄弱") })
    }
}
