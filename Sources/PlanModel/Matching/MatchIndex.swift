/// The questionnaire's vocabularies as match-making numbers them, made once
/// per ranking: cooperation areas, obstacle kinds and economic sectors become
/// bit positions, population bands their order. Profiles of thousands of
/// candidates are then compared with integer operations only.
public struct MatchIndex: Sendable {
    public let areaIDs: [String]
    public let areas: [String: Int]
    /// Obstacle kinds of the challenges question, without "none" (a challenge
    /// tagged "none" names no kind, and two such are nothing in common).
    public let obstacleIDs: [String]
    public let obstacles: [String: Int]
    public let sectorIDs: [String]
    public let sectors: [String: Int]
    /// Population bands smallest first, so neighbouring bands can be told.
    public let bands: [String: Int]
    /// The guesser for challenges the team never tagged (sessions from before
    /// tags): the same guess the plan uses, per language, made once.
    private let guessers: [String: ObstacleGuesser]
    private let obstacleVocabulary: Vocabulary?

    public init(questionnaire: Questionnaire) {
        func ids(_ vocabulary: Vocabulary?) -> [String] { vocabulary?.choices.map(\.id) ?? [] }
        func positions(_ ids: [String]) -> [String: Int] {
            Dictionary(ids.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        }
        areaIDs = Array(ids(questionnaire.vocabularies["cooperation-areas"]).prefix(AreaSet.capacity))
        areas = positions(areaIDs)
        let vocabulary = questionnaire.questionIDs(for: .challenges).lazy
            .compactMap { questionnaire.question(id: $0)?.obstacles }.first
        obstacleVocabulary = vocabulary
        obstacleIDs = Array(ids(vocabulary).filter { $0 != "none" }.prefix(32))
        obstacles = positions(obstacleIDs)
        sectorIDs = Array(ids(questionnaire.vocabularies[MatchCityFacts.sectorsVocabulary]).prefix(64))
        sectors = positions(sectorIDs)
        bands = positions(ids(questionnaire.vocabularies[MatchCityFacts.bandsVocabulary]))
        var guessers: [String: ObstacleGuesser] = [:]
        if let vocabulary {
            for language in questionnaire.languages {
                guessers[language] = ObstacleGuesser(vocabulary: vocabulary, language: language)
            }
        }
        self.guessers = guessers
    }

    /// The obstacle kinds of a challenge: its tags, or the guess from its words when it has none.
    func obstacleKinds(of entry: SwocEntry, language: String) -> [String] {
        if !entry.obstacles.isEmpty { return entry.obstacles }
        if let guesser = guessers[language] { return guesser.guess(entry.text) }
        guard let obstacleVocabulary else { return [] }
        return ObstacleGuesser(vocabulary: obstacleVocabulary, language: language).guess(entry.text)
    }

    /// The ids of the bits set in a mask, in the vocabulary's order.
    static func ids(_ mask: UInt64, _ ids: [String]) -> [String] {
        ids.enumerated().filter { mask & (1 << UInt64($0.offset)) != 0 }.map(\.element)
    }
}
