import Foundation
import PlanModel
import Testing

/// Issue 10, "Obstacles tagged, not guessed": the guess the wizard puts on the
/// line for a weakness or challenge, from the built-in obstacle-kinds words.
@Suite struct ObstacleGuesserTests {
    let vocabulary: Vocabulary

    init() throws {
        vocabulary = try #require(TestQuestionnaires.builtIn().vocabularies["obstacle-kinds"])
    }

    private func guess(_ text: String, language: String = "en") -> [String] {
        ObstacleGuesser(vocabulary: vocabulary, language: language).guess(text)
    }

    /// Issue 10: "Chinese" in an entry counted as a language barrier, so a
    /// security concern about investment got language briefings.
    @Test func aSecurityConcernAboutChineseInvestmentIsAPoliticalRiskNotLanguage() {
        #expect(guess("A security concern about Chinese investment in the port") == ["political-risk"])
    }

    /// Issue 10: "China" and "Chinese" never count on their own.
    @Test(arguments: [
        "Links with China are new", "Few Chinese visitors come to the city", "CHINA", "Chinese",
        "Europe and China", "中国", "欧洲城市",
    ])
    func theNamesOfTheTwoSidesAloneGuessNothing(_ text: String) {
        #expect(guess(text).isEmpty)
        #expect(guess(text, language: "zh").isEmpty)
    }

    @Test(arguments: [
        ("Few staff speak Chinese", ["language-culture"]),
        ("Language and cultural distance for firms", ["language-culture"]),
        ("The council budget alone cannot pay for every exchange", ["funding"]),
        ("If key staff leave we lose contacts", ["staff-turnover"]),
        ("Many local firms have no experience of doing business in China", ["experience"]),
        ("Visits may be reported as junkets", ["publicity"]),
        ("No companies take part in the low-carbon work", ["missing-helix"]),
        ("Funding is short and our translators have moved on", ["language-culture", "funding", "staff-turnover"]),
    ])
    func englishEntriesAreGuessedFromWholeWords(_ text: String, _ expected: [String]) {
        #expect(guess(text) == expected)
    }

    /// Whole words only: "agriculture" is not culture, "fundamental" not
    /// funding, and "food security" (a cooperation area) is no political risk.
    @Test(arguments: ["Agriculture is fundamental here", "Food security research is patchy"])
    func partsOfWordsAreNotGuesses(_ text: String) {
        #expect(guess(text).isEmpty)
    }

    /// Chinese has no spaces between words: its words are found anywhere, in a
    /// Chinese session and, by falling back to every language, in an English one.
    @Test(arguments: [
        ("国际合作经费有限", ["funding"]),
        ("缺少懂中文的翻译", ["language-culture"]),
        ("换届后联系人变动", ["staff-turnover"]),
        ("企业参与不足", ["missing-helix"]),
        ("对外投资存在政治风险和安全审查", ["political-risk"]),
        ("缺乏对外合作经验", ["experience"]),
        ("当地媒体宣传不够", ["publicity"]),
        // Missed before the review of issue 10:
        ("对中国投资的安全担忧", ["political-risk"]),
        ("企业没有参与", ["missing-helix"]),
    ])
    func chineseEntriesAreGuessedInAChineseAndInAnEnglishSession(_ text: String, _ expected: [String]) {
        #expect(guess(text, language: "zh") == expected)
        #expect(guess(text, language: "en") == expected)
        #expect(guess(text, language: "zh-Hans") == expected)
    }

    /// Review of issue 10: kinds the first word lists missed.
    @Test(arguments: [
        ("No local companies take part in our smart-city work", ["missing-helix"]),
        ("Our China officer is leaving next year", ["staff-turnover"]),
    ])
    func entriesTheFirstListsMissedAreGuessed(_ text: String, _ expected: [String]) {
        #expect(guess(text) == expected)
    }

    @Test func aSentenceWithTwoKindsGetsBoth() {
        #expect(Set(guess("缺乏资金，人员经常变动", language: "zh")) == ["funding", "staff-turnover"])
    }

    /// The session's language comes first: an English entry with a Chinese
    /// word in it is read by its English words when they find something.
    @Test func theSessionLanguageIsTriedBeforeTheOthers() {
        #expect(guess("Funding is short (经费)") == ["funding"])
        #expect(guess("Our partner office says 宣传不足") == ["publicity"])
    }

    @Test func aVocabularyWithoutWordsGuessesNothing() {
        let plain = Vocabulary(
            name: "plain", label: LocalizedText(["en": "Plain"]), source: "test",
            choices: [Choice(id: "funding", label: LocalizedText(["en": "Funding"]))])
        #expect(ObstacleGuesser(vocabulary: plain, language: "en").guess("No funding at all").isEmpty)
    }
}
