/// Which activities of the five-year plan are calendar milestones, of what
/// kind, and on which placeholder day of their year (`rules/milestones.yaml`).
/// The plan knows years, not days, so every kind has one fixed day that the
/// calendar says is to be agreed with the partner; a facilitator can move it
/// or add an activity without touching the code.
public struct MilestoneRules: Sendable, Equatable {
    /// A day of the year, without the year: the placeholder date of a kind.
    public struct Day: Sendable, Equatable {
        public let month: Int
        public let day: Int

        /// Nil unless it is a day every year has (29 February is not).
        public init?(month: Int, day: Int) {
            let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard (1...12).contains(month), (1...lengths[month - 1]).contains(day) else { return nil }
            self.month = month
            self.day = day
        }

        /// Mid-year, for a catalogue without a milestones file.
        static let fallback = Day(month: 7, day: 1)!
    }

    /// Activity rule id → the kind of milestone it is.
    public let kinds: [String: MilestoneKind]
    /// The placeholder day of each kind.
    public let days: [MilestoneKind: Day]

    public init(kinds: [String: MilestoneKind], days: [MilestoneKind: Day]) {
        self.kinds = kinds
        self.days = days
    }

    /// No activity is a milestone; anniversaries still are, on the fallback day.
    public static let none = MilestoneRules(kinds: [:], days: [:])

    /// The kind of milestone the activity of rule `rule` is, if any.
    public func kind(of rule: String) -> MilestoneKind? {
        kinds[rule]
    }

    /// The placeholder day for milestones of `kind`.
    public func day(of kind: MilestoneKind) -> Day {
        days[kind] ?? .fallback
    }
}
