import Messages
import PlanModel

/// The five-year plan drawn as a timeline: a row for each stream, a column
/// for each year, a box with the title of each activity in its cell (issue
/// 12: a picture, not Mermaid source). Drawn from `PlanGlance`, the grid the
/// Markdown "plan at a glance" table shows too, so the two cannot disagree.
///
/// Rows grow with the number and length of the titles (wrapped with
/// `ChartText`), so no title leaves its box however full a year is. In a
/// bilingual plan each name and title is in both languages, the second
/// smaller. `svg` is a file of its own (an image for the Word plan);
/// the HTML plan takes `node`.
public struct TimelineChart: Sendable {
    let editions: [PlanEdition]

    public init(_ editions: [PlanEdition]) {
        precondition(!editions.isEmpty, "a chart needs at least one language")
        self.editions = editions
    }

    /// The chart as a standalone SVG document, with width, height and view box.
    public var svg: String { ChartFrame.document(node(standalone: true)) }

    static let width = 960.0
    static let labelWidth = 190.0
    static let headerHeight = 34.0
    static let gap = 4.0
    static let padding = 6.0
    static let titleSize = 12.0
    static let maxTitleLines = 4

    /// Stroke and fill of each stream's boxes (the Okabe–Ito colours, told apart with colour blindness too).
    static func colors(_ stream: ActivityStream) -> (stroke: String, fill: String) {
        switch stream {
        case .government: ("#0072B2", "#E3F0F9")
        case .business: ("#B07400", "#FDF1DC")
        case .culture: ("#A8508A", "#F8E8F2")
        case .education: ("#00805C", "#DFF3EC")
        case .management: ("#3A7FA8", "#E6F2F9")
        }
    }

    func node(standalone: Bool) -> SVGNode {
        let first = editions[0]
        let activities = first.document.suggestions.plan
        let glance = PlanGlance(activities)
        let title = first.messages.charts.timelineTitle
        let description = first.messages.charts.timelineDescription(
            activities: activities.count, from: glance.years.first ?? 0, to: glance.years.last ?? 0)
        guard !glance.isEmpty else {
            return ChartFrame.svg(
                width: Self.width, height: 60, title: title, description: description, standalone: standalone,
                [ChartFrame.line(first.plan.notAnsweredYet, x: 12, y: 36, size: 14, color: ChartFrame.quiet)])
        }
        let columnWidth = (Self.width - Self.labelWidth - 8) / Double(glance.years.count)
        var children: [SVGNode] = []
        for (column, year) in glance.years.enumerated() {
            let x = Self.labelWidth + Double(column) * columnWidth
            children.append(
                ChartFrame.line(
                    String(year), x: x + columnWidth / 2, y: 23, size: 15, weight: "bold", anchor: "middle"))
        }
        var top = Self.headerHeight
        for (row, stream) in glance.streams.enumerated() {
            let colors = Self.colors(stream)
            let label = ChartFrame.Lines(
                editions.map { $0.names.stream(stream) }, width: Self.labelWidth - 22, size: 13, weight: "bold")
            var cells: [(x: Double, boxes: [(lines: ChartFrame.Lines, tooltip: String)])] = []
            var rowHeight = label.height + 2 * Self.padding
            for (column, year) in glance.years.enumerated() {
                let x = Self.labelWidth + Double(column) * columnWidth
                let boxes = glance.activities(in: stream, year: year).map { index in
                    let titles = editions.map { $0.document.suggestions.plan[index].title }
                    return (
                        lines: ChartFrame.Lines(
                            titles, width: columnWidth - 2 * Self.gap - 2 * Self.padding, size: Self.titleSize,
                            maxLines: Self.maxTitleLines),
                        tooltip: Said(titles).shown.joined(separator: " / ")
                    )
                }
                let height = boxes.reduce(Self.gap) { $0 + $1.lines.height + 2 * Self.padding - 2 + Self.gap }
                rowHeight = max(rowHeight, height + Self.gap)
                cells.append((x, boxes))
            }
            children.append(
                SVGNode(
                    "rect",
                    [
                        ("x", "0"), ("y", SVGNode.number(top)), ("width", SVGNode.number(Self.width)),
                        ("height", SVGNode.number(rowHeight)), ("fill", row % 2 == 0 ? "#F6F6F6" : "#FFFFFF"),
                    ]))
            children.append(
                SVGNode(
                    "rect",
                    [
                        ("x", "4"), ("y", SVGNode.number(top + 4)), ("width", "6"),
                        ("height", SVGNode.number(rowHeight - 8)), ("fill", colors.stroke),
                    ]))
            children += label.nodes(x: 18, top: top + Self.padding)
            for cell in cells {
                var y = top + Self.gap
                for box in cell.boxes {
                    let height = box.lines.height + 2 * Self.padding - 2
                    children.append(
                        SVGNode(
                            "g", [],
                            [
                                SVGNode("title", [], [.text(box.tooltip)]),
                                SVGNode(
                                    "rect",
                                    [
                                        ("x", SVGNode.number(cell.x + Self.gap)), ("y", SVGNode.number(y)),
                                        ("width", SVGNode.number(columnWidth - 2 * Self.gap)),
                                        ("height", SVGNode.number(height)), ("rx", "4"), ("fill", colors.fill),
                                        ("stroke", colors.stroke), ("stroke-width", "1.2"),
                                    ]),
                            ] + box.lines.nodes(x: cell.x + Self.gap + Self.padding, top: y + Self.padding - 1)))
                    y += height + Self.gap
                }
            }
            top += rowHeight
        }
        for column in 0...glance.years.count {
            let x = Self.labelWidth + Double(column) * columnWidth
            children.append(
                SVGNode(
                    "line",
                    [
                        ("x1", SVGNode.number(x)), ("y1", "8"), ("x2", SVGNode.number(x)),
                        ("y2", SVGNode.number(top)), ("stroke", ChartFrame.rule), ("stroke-width", "1"),
                    ]))
        }
        return ChartFrame.svg(
            width: Self.width, height: top + 4, title: title, description: description, standalone: standalone,
            children)
    }
}
