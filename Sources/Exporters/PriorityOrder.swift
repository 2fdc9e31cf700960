/// The order a quadrant is shown in: the entries the team marked as
/// mattering most first, then the others, each group as typed. Positions are
/// kept, so an entry keeps its code (S3) wherever it is listed and the plan's
/// references to it still match.
enum PriorityOrder {
    static func indices(of entries: [PlanDocument.Entry]) -> [Int] {
        entries.indices.filter { entries[$0].isPriority } + entries.indices.filter { !entries[$0].isPriority }
    }
}
