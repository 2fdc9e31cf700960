import Foundation
import PlanModel

/// The plan as exported to JSON: what a city circulates or feeds to other
/// tools. Its shape is described by `schemas/plan.schema.json`; change both
/// together and raise `currentSchemaVersion` when a field changes meaning.
public struct PlanDocument: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1
    /// A plan in several languages (`BilingualJSON`): its program texts may
    /// be objects keyed by language, so a reader that knows only version 1
    /// refuses it rather than misreads it.
    public static let severalLanguagesSchemaVersion = 2

    public var schemaVersion: Int
    public var questionnaire: QuestionnaireInfo
    public var timestamps: Timestamps
    public var city: City
    public var partner: Partner?
    /// The rung of the agreement ladder reached with the partner (report §1.3).
    public var stage: Label?
    public var swoc: Swoc
    /// Every other answer, in the order the questions are asked.
    public var answers: [Answer]
    /// What the tool suggests, each part with its reasons and report sources.
    public var suggestions: Suggestions
    /// For a revived session: what changed since the previous round.
    public var changes: RoundDiff?
    /// Present while the session is unfinished, so every format can say
    /// "Draft" at the top: a plan from a session stopped at step 1 must not
    /// pass for a finished one (issue 12).
    public var draft: Draft?

    /// How far an unfinished session got.
    public struct Draft: Codable, Sendable, Equatable {
        /// Questions asked with the current answers that the team has not dealt with yet.
        public var unansweredQuestions: Int
        /// The step of the first such question: 0 for "About your city", then the guidelines' 1–4.
        public var stepReached: Int?

        /// The first year of the five-year plan when the team has not given it
        /// yet: the plan's years are then the tool's assumption, and a draft
        /// says so rather than pass them off as the team's choice.
        public var assumedStartYear: Int?

        public init(unansweredQuestions: Int, stepReached: Int?, assumedStartYear: Int? = nil) {
            self.unansweredQuestions = unansweredQuestions
            self.stepReached = stepReached
            self.assumedStartYear = assumedStartYear
        }
    }

    /// A stored id with the label a person reads.
    public struct Label: Codable, Sendable, Equatable {
        public var id: String
        public var label: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    public struct QuestionnaireInfo: Codable, Sendable, Equatable {
        public var id: String
        public var version: Int
        public var language: String
    }

    /// Taken from the session, not the clock, so exporting twice gives the same file.
    public struct Timestamps: Codable, Sendable, Equatable {
        public var created: Date
        public var updated: Date
        public var completed: Date?
    }

    public struct City: Codable, Sendable, Equatable {
        public var name: String?
        public var country: String?
        public var region: String?
        public var internationalOffice: String?
        public var internationalStaff: Double?
        public var helixInvolved: [Label]
    }

    public struct Partner: Codable, Sendable, Equatable {
        public var name: String?
        public var country: String?
        public var yearFormalised: Int?
        public var stage: Label?
        public var status: Label?
    }

    public struct Swoc: Codable, Sendable, Equatable {
        public var strengths: [Entry]
        public var weaknesses: [Entry]
        public var opportunities: [Entry]
        public var challenges: [Entry]
    }

    public struct Entry: Codable, Sendable, Equatable {
        public var text: String
        public var areas: [Label]
        public var actor: Label?
        /// Weaknesses and challenges: the kinds of obstacle the team tagged the
        /// entry with (vocabulary `obstacle-kinds`); left out when not tagged.
        public var obstacles: [Label]?
        /// True when the team marked it as mattering most; left out otherwise.
        public var priority: Bool?

        public init(
            text: String, areas: [Label], actor: Label? = nil, obstacles: [Label]? = nil, priority: Bool? = nil
        ) {
            self.text = text
            self.areas = areas
            self.actor = actor
            self.obstacles = obstacles
            self.priority = priority
        }

        public var isPriority: Bool { priority == true }
    }

    public struct Answer: Codable, Sendable, Equatable {
        public var id: String
        public var step: Int
        public var question: String
        public var value: AnswerValue
        /// For choice questions: the labels of the chosen ids.
        public var labels: [String]?
    }
}
