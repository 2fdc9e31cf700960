import Messages
import PlanModel

/// The health check drawn as bars: one for each of the five characteristics
/// of successful partnerships (report §I, §3), its length the score out of
/// `HealthCheck.maximumScore`, the score written beside it in words ("2 of
/// 3") and the weakest tagged, so the bars read without colour.
public struct CharacteristicBarsChart: Sendable {
    let editions: [PlanEdition]

    public init(_ editions: [PlanEdition]) {
        precondition(!editions.isEmpty, "a chart needs at least one language")
        self.editions = editions
    }

    /// The chart as a standalone SVG document.
    public var svg: String { ChartFrame.document(node(standalone: true)) }

    static let width = 960.0
    static let labelWidth = 250.0
    static let barLeft = 270.0
    static let barWidth = 480.0

    func node(standalone: Bool) -> SVGNode {
        let first = editions[0]
        let health = first.document.suggestions.health
        let maximum = Double(HealthCheck.maximumScore)
        let description = first.messages.charts.healthBarsDescription(
            health.scores.map {
                first.names.characteristic($0.characteristic) + first.plan.labelSeparator
                    + first.plan.score($0.score, of: HealthCheck.maximumScore)
            })
        var children: [SVGNode] = []
        let axisTop = 10.0
        for tick in 0...HealthCheck.maximumScore {
            let x = Self.barLeft + Double(tick) / maximum * Self.barWidth
            children.append(
                ChartFrame.line(
                    String(tick), x: x, y: axisTop + 12, size: 12, color: ChartFrame.quiet, anchor: "middle"))
        }
        var top = axisTop + 22
        let rowsTop = top
        for score in health.scores {
            let label = ChartFrame.Lines(
                editions.map { $0.names.characteristic(score.characteristic) }, width: Self.labelWidth, size: 15,
                weight: "bold")
            let rowHeight = max(label.height, 26, valueHeight(score, health)) + 14
            let barTop = top + (rowHeight - 24) / 2
            children += label.nodes(x: Self.labelWidth + 6, top: top + (rowHeight - label.height) / 2, anchor: "end")
            children.append(
                SVGNode(
                    "rect",
                    [
                        ("x", SVGNode.number(Self.barLeft)), ("y", SVGNode.number(barTop)),
                        ("width", SVGNode.number(Self.barWidth)), ("height", "24"), ("fill", "#EEEEEE"),
                    ]))
            let length = Double(score.score) / maximum * Self.barWidth
            if score.score > 0 {
                children.append(
                    SVGNode(
                        "rect",
                        [
                            ("x", SVGNode.number(Self.barLeft)), ("y", SVGNode.number(barTop)),
                            ("width", SVGNode.number(length)), ("height", "24"),
                            ("fill", score.score == HealthCheck.maximumScore ? "#2E7D4F" : "#1F4E79"),
                        ]))
            }
            let weakest = !health.isLevel && score.characteristic == health.weakest
            let value = ChartFrame.Lines(
                editions.map {
                    $0.plan.score(score.score, of: HealthCheck.maximumScore)
                        + (weakest ? " · " + $0.messages.charts.weakestTag : "")
                }, width: Self.width - Self.barLeft - Self.barWidth - 20, size: 14, weight: weakest ? "bold" : nil)
            children += value.nodes(x: Self.barLeft + Self.barWidth + 12, top: top + (rowHeight - value.height) / 2)
            top += rowHeight
        }
        for tick in 0...HealthCheck.maximumScore {
            let x = Self.barLeft + Double(tick) / maximum * Self.barWidth
            children.append(
                SVGNode(
                    "line",
                    [
                        ("x1", SVGNode.number(x)), ("y1", SVGNode.number(rowsTop - 4)), ("x2", SVGNode.number(x)),
                        ("y2", SVGNode.number(top)), ("stroke", "#FFFFFF"), ("stroke-width", "2"),
                    ]))
        }
        return ChartFrame.svg(
            width: Self.width, height: top + 8, title: first.messages.charts.healthBarsTitle, description: description,
            standalone: standalone, children)
    }

    /// The height of the score written beside a bar, in each language.
    private func valueHeight(_ score: HealthCheck.Score, _ health: HealthCheck) -> Double {
        ChartFrame.Lines(
            editions.map {
                $0.plan.score(score.score, of: HealthCheck.maximumScore) + " · " + $0.messages.charts.weakestTag
            },
            width: Self.width - Self.barLeft - Self.barWidth - 20, size: 14
        ).height
    }
}
