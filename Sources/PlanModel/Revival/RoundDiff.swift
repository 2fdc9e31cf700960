import Foundation

/// What changed between two SWOC rounds: per quadrant the entries added,
/// dropped and changed, and the changes in cooperation areas, agreement stage
/// and resources. Used by `swoc-wizard diff` and by the plan's "What changed"
/// section.
public struct RoundDiff: Sendable, Equatable, Codable {
    public struct RoundInfo: Sendable, Equatable, Codable {
        /// The round's number in its session, or nil when comparing whole files.
        public var number: Int?
        public var startedAt: Date
        public var participants: [String]
        /// Where the round comes from, e.g. "rome.json round 1".
        public var label: String
    }

    public struct EntryChange: Sendable, Equatable, Codable {
        public var before: SwocEntry
        public var after: SwocEntry
    }

    public struct QuadrantDiff: Sendable, Equatable, Codable {
        public var quadrant: SwocQuadrant
        public var added: [SwocEntry]
        public var dropped: [SwocEntry]
        public var changed: [EntryChange]
        /// Entries found unchanged in both rounds.
        public var kept: Int

        public var isEmpty: Bool { added.isEmpty && dropped.isEmpty && changed.isEmpty }
    }

    /// An answer outside the SWOC that changed, shown as a person reads it.
    public struct AnswerChange: Sendable, Equatable, Codable {
        public var questionID: String
        public var question: String
        public var before: String?
        public var after: String?
    }

    public var from: RoundInfo
    public var to: RoundInfo
    public var quadrants: [QuadrantDiff]
    /// Cooperation areas (ids) named in the SWOC or as shared areas.
    public var areasAdded: [String]
    public var areasDropped: [String]
    /// Stage, status, resources and staffing answers that changed.
    public var answers: [AnswerChange]

    public var isEmpty: Bool {
        quadrants.allSatisfy(\.isEmpty) && areasAdded.isEmpty && areasDropped.isEmpty && answers.isEmpty
    }
}
