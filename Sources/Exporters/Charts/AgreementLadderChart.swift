import Messages
import PlanModel

/// The agreement ladder (report §1.3, §3) drawn as four rising rungs, from
/// the Memorandum of Understanding to the Project Contract, named as the
/// catalogue names them (`PlanNames.stage`). The rung reached so far is
/// filled, the next one (`suggestions.agreement.next`) has a thick dashed
/// outline and the one after it (`then`) a thin one; each carries a tag in
/// words and a legend beneath says what fill and outlines mean, so nothing
/// rests on colour alone.
public struct AgreementLadderChart: Sendable {
    let editions: [PlanEdition]

    public init(_ editions: [PlanEdition]) {
        precondition(!editions.isEmpty, "a chart needs at least one language")
        self.editions = editions
    }

    /// The chart as a standalone SVG document.
    public var svg: String { ChartFrame.document(node(standalone: true)) }

    static let width = 960.0
    static let rungs: [AgreementStage] = [.memorandum, .letterOfIntent, .projectAgreement, .projectContract]
    static let rise = 30.0
    static let padding = 10.0

    enum State {
        case passed, reached, next, then, ahead
    }

    func state(of stage: AgreementStage) -> State {
        let advice = editions[0].document.suggestions.agreement
        if stage == advice.currentStage { return .reached }
        if stage == advice.next { return .next }
        if stage == advice.then { return .then }
        return stage < advice.currentStage ? .passed : .ahead
    }

    /// A word in each language, joined: "Next / 下一步".
    private func said(_ words: (any ChartMessages) -> String) -> String {
        Said(editions.map { words($0.messages.charts) }).shown.joined(separator: " / ")
    }

    func node(standalone: Bool) -> SVGNode {
        let first = editions[0]
        let advice = first.document.suggestions.agreement
        let charts = first.messages.charts
        let description = charts.ladderDescription(
            reached: first.names.stage(advice.currentStage), next: advice.next.map(first.names.stage),
            then: advice.then.map(first.names.stage))
        let boxWidth = (Self.width - 32 - 3 * 12) / 4
        let names = Self.rungs.map { stage in
            ChartFrame.Lines(
                editions.map { $0.names.stage(stage) }, width: boxWidth - 2 * Self.padding, size: 15, weight: "bold")
        }
        let tagHeight = 20.0
        let boxHeight = (names.map(\.height).max() ?? 20) + tagHeight + 2 * Self.padding
        let ground = 12 + boxHeight + 3 * Self.rise
        var children: [SVGNode] = []
        for (index, stage) in Self.rungs.enumerated() {
            let x = 16 + Double(index) * (boxWidth + 12)
            let y = ground - boxHeight - Double(index) * Self.rise
            let state = state(of: stage)
            var box: [(String, String)] = [
                ("x", SVGNode.number(x)), ("y", SVGNode.number(y)), ("width", SVGNode.number(boxWidth)),
                ("height", SVGNode.number(boxHeight)), ("rx", "6"),
            ]
            var text = ChartFrame.ink
            var tag: String?
            switch state {
            case .reached:
                box += [("fill", "#1F4E79"), ("stroke", "#1F4E79"), ("stroke-width", "2")]
                text = "#FFFFFF"
                tag = said(\.reachedTag)
            case .next:
                box += [
                    ("fill", "#FFFFFF"), ("stroke", "#B35000"), ("stroke-width", "4"), ("stroke-dasharray", "10 6"),
                ]
                tag = said(\.nextTag)
            case .then:
                box += [
                    ("fill", "#FFFFFF"), ("stroke", "#B35000"), ("stroke-width", "1.5"), ("stroke-dasharray", "5 4"),
                ]
                tag = said(\.thenTag)
            case .passed:
                box += [("fill", "#DCE6F0"), ("stroke", "#7F9DB9"), ("stroke-width", "1")]
            case .ahead:
                box += [("fill", "#F2F2F2"), ("stroke", ChartFrame.rule), ("stroke-width", "1")]
                text = ChartFrame.quiet
            }
            children.append(SVGNode("rect", box))
            if let tag {
                children.append(
                    ChartFrame.line(
                        tag, x: x + Self.padding, y: y + Self.padding + 13, size: 13,
                        color: state == .reached ? "#FFFFFF" : "#8A3D00", weight: "bold"))
            }
            var lines = names[index]
            for line in lines.lines.indices where lines.lines[line].color == ChartFrame.ink {
                lines.lines[line].color = text
            }
            if state == .reached {
                for line in lines.lines.indices { lines.lines[line].color = "#FFFFFF" }
            }
            children += lines.nodes(x: x + Self.padding, top: y + Self.padding + tagHeight)
        }
        children.append(
            SVGNode(
                "line",
                [
                    ("x1", "8"), ("y1", SVGNode.number(ground + 6)), ("x2", SVGNode.number(Self.width - 8)),
                    ("y2", SVGNode.number(ground + 6)), ("stroke", ChartFrame.quiet), ("stroke-width", "2"),
                ]))
        var top = ground + 14
        if advice.currentStage == .noAgreement {
            children.append(
                ChartFrame.line(
                    said(\.notStartedTag) + " · " + said(\.reachedTag), x: 16, y: top + 16, size: 13,
                    color: "#1F4E79", weight: "bold"))
            top += 24
        }
        top += 8
        var legend: [(swatch: [(String, String)], words: (any ChartMessages) -> String)] = [
            ([("fill", "#1F4E79"), ("stroke", "#1F4E79"), ("stroke-width", "2")], \.reachedLegend)
        ]
        if advice.next != nil {
            legend.append(
                (
                    [("fill", "#FFFFFF"), ("stroke", "#B35000"), ("stroke-width", "3"), ("stroke-dasharray", "6 4")],
                    \.nextLegend
                ))
        }
        if advice.then != nil {
            legend.append(
                (
                    [("fill", "#FFFFFF"), ("stroke", "#B35000"), ("stroke-width", "1.5"), ("stroke-dasharray", "4 3")],
                    \.thenLegend
                ))
        }
        for entry in legend {
            let words = ChartFrame.Lines(
                editions.map { entry.words($0.messages.charts) }, width: Self.width - 80, size: 13)
            children.append(
                SVGNode(
                    "rect",
                    [("x", "18"), ("y", SVGNode.number(top + 2)), ("width", "30"), ("height", "16"), ("rx", "3")]
                        + entry.swatch))
            children += words.nodes(x: 60, top: top)
            top += max(words.height, 20) + 6
        }
        return ChartFrame.svg(
            width: Self.width, height: top + 4, title: charts.ladderTitle, description: description,
            standalone: standalone, children)
    }
}
