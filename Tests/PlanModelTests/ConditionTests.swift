import PlanModel
import Testing

@Suite struct ConditionTests {
    let answers: [String: AnswerValue] = [
        "has-partner": .flag(true), "stage": .text("mou"), "signed": .texts(["mou", "letter-of-intent"]),
        "year": .number(1986),
    ]

    @Test func equalsComparesTheStoredValue() {
        #expect(Condition.equals(question: "has-partner", value: .flag(true)).holds(in: answers))
        #expect(!Condition.equals(question: "has-partner", value: .flag(false)).holds(in: answers))
        #expect(Condition.equals(question: "year", value: .number(1986)).holds(in: answers))
        #expect(!Condition.equals(question: "missing", value: .flag(true)).holds(in: answers))
    }

    @Test func inAndIncludes() {
        #expect(
            Condition.isOneOf(question: "stage", values: [.text("mou"), .text("letter-of-intent")]).holds(in: answers))
        #expect(!Condition.isOneOf(question: "stage", values: [.text("project-contract")]).holds(in: answers))
        #expect(Condition.includes(question: "signed", value: "letter-of-intent").holds(in: answers))
        #expect(!Condition.includes(question: "signed", value: "project-contract").holds(in: answers))
    }

    @Test func answeredAndCombinations() {
        #expect(Condition.answered(question: "stage", expected: true).holds(in: answers))
        #expect(Condition.answered(question: "missing", expected: false).holds(in: answers))
        let both = Condition.all([
            .answered(question: "stage", expected: true), .includes(question: "signed", value: "mou"),
        ])
        let either = Condition.any([
            .answered(question: "missing", expected: true), .equals(question: "stage", value: .text("mou")),
        ])
        #expect(both.holds(in: answers))
        #expect(either.holds(in: answers))
        #expect(!Condition.not(both).holds(in: answers))
        #expect(Condition.all([]).holds(in: answers))
        #expect(!Condition.any([]).holds(in: answers))
        #expect(both.referencedQuestions == ["stage", "signed"])
    }

    @Test func builtInConditionsFollowTheAnswers() throws {
        let questionnaire = try TestQuestionnaires.builtIn()
        let mouYear = try #require(questionnaire.question(id: "mou-year")?.condition)
        #expect(mouYear.holds(in: ["signed-agreements": .texts(["friendship-agreement"])]))
        #expect(!mouYear.holds(in: ["signed-agreements": .texts(["project-contract"])]))
        #expect(!mouYear.holds(in: [:]))
    }
}
