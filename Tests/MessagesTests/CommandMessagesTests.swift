import Messages
import Testing

/// Issue 11: what start, resume, revive and translations print, in Chinese
/// with no English sentence left, and in English word for word as before.
@Suite struct CommandMessagesTests {
    private static func hasEnglishSentence(_ text: String) -> Bool {
        text.contains(/(?i)\b(the|is|are|to|not|and|of|in|it|with|was|has|be|this|that|or)\b/)
    }

    private static func every(_ words: any CommandMessages) -> [String] {
        [
            words.note("说明"), words.unreachableRules(["find-partner", "first-people-exchange"]),
            words.languageFallback(requested: "zh", used: "en", missing: 3, list: "swoc-wizard translations zh"),
            words.answersSaved(from: "a.yaml", to: "s.json"), words.documentWritten(.plan, to: "plan.md"),
            words.everythingDealtWith("s.json", resume: "swoc-wizard resume s.json --step 1"),
            words.continuingReviewRound(2), words.roundNotFinished(2, startedOn: "2024-05-01"),
            words.newRound(3, lastStartedOn: "2024-05-01", participants: ["王主任", "李科长"]),
            words.reviveInstructions(), words.planStartMoved(to: 2026), words.translationsComplete("zh"),
        ]
    }

    @Test func everyCommandMessageReadsInChinese() {
        for text in Self.every(Messages.chinese.commands) {
            #expect(!Self.hasEnglishSentence(text), "\(text)")
        }
    }

    /// The English words the end-to-end tests read (ReviveEndToEndTests, DiffEndToEndTests).
    @Test func theEnglishWordsAreUnchanged() {
        let english = Messages.english.commands
        #expect(
            english.newRound(2, lastStartedOn: "2017-03-01", participants: ["Deputy leader"])
                == "Round 2 of this session. The last round started on 2017-03-01 with Deputy leader; "
                + "it is kept as it was.")
        #expect(english.continuingReviewRound(2) == "Continuing the review round 2.")
        #expect(
            english.unreachableRules(["a", "b"])
                == "Note: with this questionnaire these rules of the plan can never apply, because they read "
                + "questions it does not ask: a, b.")
    }
}
