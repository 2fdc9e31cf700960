/// How the partnership does on the five characteristics of successful
/// partnerships (report §3), each scored from the answers that produced it.
public struct HealthCheck: Sendable, Equatable, Codable {
    public static let maximumScore = 3

    public struct Score: Sendable, Equatable, Codable {
        public var characteristic: Characteristic
        /// 0 to `maximumScore`.
        public var score: Int
        /// The answers that earned points.
        public var evidence: [Reason]
        /// The answers that cost points (contacts that have moved on, a dormant partnership).
        public var setbacks: [Reason]
        /// What would raise the score.
        public var gaps: [String]
    }

    public var scores: [Score]
    /// The lowest score; ties go to the characteristic the report ranks first.
    public var weakest: Characteristic

    /// True when all five score the same, so none is really weaker than another.
    public var isLevel: Bool {
        Set(scores.map(\.score)).count <= 1
    }

    public func score(of characteristic: Characteristic) -> Score? {
        scores.first { $0.characteristic == characteristic }
    }
}
