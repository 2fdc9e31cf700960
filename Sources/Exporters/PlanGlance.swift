import PlanModel

/// The five-year plan as a grid of streams by years: which activities fall
/// in each cell. The Markdown "plan at a glance" table, the HTML timeline and
/// the Word picture all draw this one grid, so they cannot disagree.
public struct PlanGlance: Sendable, Equatable {
    /// The plan's years in order, first to last, with none left out between.
    public let years: [Int]
    /// The streams that have at least one activity, in the catalogue's order.
    public let streams: [ActivityStream]
    /// The indices into the plan's activities, by stream and then by year.
    private let cells: [ActivityStream: [Int: [Int]]]

    public init(_ activities: [PlanActivity]) {
        var cells: [ActivityStream: [Int: [Int]]] = [:]
        for (index, activity) in activities.enumerated() {
            cells[activity.stream, default: [:]][activity.year, default: []].append(index)
        }
        self.cells = cells
        streams = ActivityStream.allCases.filter { cells[$0] != nil }
        if let first = activities.map(\.year).min(), let last = activities.map(\.year).max() {
            years = Array(first...last)
        } else {
            years = []
        }
    }

    /// The activities (indices into the plan) of one stream in one year, in plan order.
    public func activities(in stream: ActivityStream, year: Int) -> [Int] {
        cells[stream]?[year] ?? []
    }

    public var isEmpty: Bool { years.isEmpty }
}
