import PlanModel
import Testing

/// Issue 13, "Priorities": the team's "which matter most?" answer is entry
/// numbers, typed as people type them, within the questionnaire's limit.
@Suite struct PriorityChoiceTests {
    @Test func numbersWithCommasOrSpacesGivePositions() {
        #expect(PriorityChoice.parse("1, 3", count: 4, limit: 3) == .success([0, 2]))
        #expect(PriorityChoice.parse("3 1", count: 4, limit: 3) == .success([2, 0]))
        #expect(PriorityChoice.parse("2,2", count: 4, limit: 3) == .success([1]), "a number typed twice counts once")
    }

    /// A Chinese input method types 、 or ， and may type full-width digits.
    @Test func chineseSeparatorsAndFullWidthDigitsAreRead() {
        #expect(PriorityChoice.parse("1、3", count: 4, limit: 3) == .success([0, 2]))
        #expect(PriorityChoice.parse("１，４", count: 4, limit: 3) == .success([0, 3]))
    }

    @Test func anEmptyAnswerMarksNone() {
        #expect(PriorityChoice.parse("", count: 4, limit: 3) == .success([]))
        #expect(PriorityChoice.parse("  ", count: 4, limit: 3) == .success([]))
    }

    @Test func wrongAnswersSayWhatIsWrong() {
        #expect(PriorityChoice.parse("first", count: 4, limit: 3) == .failure(.notANumber("first")))
        #expect(PriorityChoice.parse("1, 5", count: 4, limit: 3) == .failure(.noSuchEntry(5, count: 4)))
        #expect(PriorityChoice.parse("0", count: 4, limit: 3) == .failure(.noSuchEntry(0, count: 4)))
        #expect(PriorityChoice.parse("1,2,3,4", count: 4, limit: 3) == .failure(.tooMany(limit: 3)))
        #expect(PriorityChoice.parse("-1", count: 4, limit: 3) == .failure(.notANumber("-1")))
    }
}
