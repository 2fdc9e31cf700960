import PlanModel

extension PlanDocument.Label {
    /// The label up to its first bracket: an entry is tagged "Government",
    /// not "Government (city council and public offices)", so a SWOC grid stays
    /// readable (issue 12). Works for whatever labels a facilitator writes, in
    /// either script's brackets; a label without one is kept whole.
    public var shortLabel: String {
        guard let cut = label.firstIndex(where: { $0 == "(" || $0 == "（" }) else { return label }
        let short = String(label[..<cut]).trimmingWhitespace()
        return short.isEmpty ? label : short
    }
}
