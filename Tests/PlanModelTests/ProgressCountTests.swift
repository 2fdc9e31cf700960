import Foundation
import PlanModel
import Testing

/// Issue 13, "On the projector": the progress line above each question once
/// jumped from "question 7 of 7" to "question 8 of 12" as answers opened
/// conditional questions. The count of a step is now fixed while the team
/// walks through it, and the position never passes it.
@Suite struct ProgressCountTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// A step whose answers open (`b`) and close (`c`, `e`) later questions of
    /// the same step, and a step with a question opened from the first (`f`).
    static let stepOne = """
        id: first
        number: 0
        title: {en: First}
        source: "§1"
        questions:
          - {id: a, kind: yes-no, prompt: {en: A?}, help: {en: A. (§1)}, source: "§1"}
          - id: b
            kind: short-text
            when: {question: a, equals: true}
            prompt: {en: B?}
            help: {en: B. (§1)}
            source: "§1"
          - id: c
            kind: short-text
            when: {question: a, answered: false}
            prompt: {en: C?}
            help: {en: C. (§1)}
            source: "§1"
          - {id: d, kind: yes-no, prompt: {en: D?}, help: {en: D. (§1)}, source: "§1"}
          - id: e
            kind: short-text
            when: {not: {question: d, equals: true}}
            prompt: {en: E?}
            help: {en: E. (§1)}
            source: "§1"
        """

    static let stepTwo = """
        id: second
        number: 1
        title: {en: Second}
        source: "§1"
        questions:
          - id: f
            kind: short-text
            when: {question: a, equals: true}
            prompt: {en: F?}
            help: {en: F. (§1)}
            source: "§1"
          - {id: g, kind: yes-no, prompt: {en: G?}, help: {en: G. (§1)}, source: "§1"}
          - id: h
            kind: list
            when: {question: g, equals: true}
            prompt: {en: H?}
            help: {en: H. (§1)}
            source: "§1"
        """

    private func walk(_ questionnaire: Questionnaire, flags: [String: Bool]) -> [(String, QuestionProgress)] {
        var engine = WizardEngine(
            questionnaire: questionnaire, session: Session(questionnaire: questionnaire, language: "en", now: now))
        var seen: [(String, QuestionProgress)] = []
        var current = engine.firstUnfinishedQuestion
        while let question = current {
            guard let progress = engine.progress(of: question) else { break }
            seen.append((question.id, progress))
            let value: AnswerValue =
                switch question.kind {
                case .yesNo: .flag(flags[question.id] ?? false)
                case .list: .texts(["an entry"])
                default: .text("an answer")
                }
            engine.record(value, for: question.id, at: now)
            engine.finish(question.id, at: now)
            current = engine.question(after: question.id)
        }
        return seen
    }

    /// Every way through: within a step the count shown stays the same from
    /// the first question to the last (it neither drops when an answer closes
    /// a question nor grows when one opens), and the position never passes it.
    @Test(arguments: [
        ["a": true, "d": true, "g": true], ["a": false, "d": false, "g": false],
        ["a": true, "d": false, "g": false], ["a": false, "d": true, "g": true],
    ])
    func theCountOfAStepNeitherDropsNorJumps(flags: [String: Bool]) throws {
        let directory = try TestQuestionnaires.small([
            "one.yaml": Self.stepOne, "two.yaml": Self.stepTwo,
        ])
        let questionnaire = try QuestionnaireLoader().load(directory: directory)
        let seen = walk(questionnaire, flags: flags)
        #expect(seen.count >= 4)
        for (id, progress) in seen {
            #expect(
                progress.index >= 1 && progress.index <= progress.count, "\(id): \(progress.index) of \(progress.count)"
            )
        }
        for (before, after) in zip(seen, seen.dropFirst()) where before.1.step.id == after.1.step.id {
            #expect(after.1.count == before.1.count, "\(before.0) → \(after.0)")
            #expect(after.1.index == before.1.index + 1, "\(before.0) → \(after.0)")
        }
    }

    /// The second step's `f` depends only on the first step, decided before
    /// the second begins: it is counted as it stands, while `h`, which `g` in
    /// the same step opens, is counted from the start.
    @Test func aQuestionDecidedByAnEarlierStepIsCountedAsItStands() throws {
        let directory = try TestQuestionnaires.small(["one.yaml": Self.stepOne, "two.yaml": Self.stepTwo])
        let questionnaire = try QuestionnaireLoader().load(directory: directory)
        let withPartner = walk(questionnaire, flags: ["a": true, "g": true])
        let f = try #require(withPartner.first { $0.0 == "f" }?.1)
        #expect((f.index, f.count, f.mayAskFewer) == (1, 3, true))
        let h = try #require(withPartner.first { $0.0 == "h" }?.1)
        #expect((h.index, h.count, h.mayAskFewer) == (3, 3, false))
        let without = walk(questionnaire, flags: ["a": false, "g": false])
        let g = try #require(without.first { $0.0 == "g" }?.1)
        #expect((g.index, g.count, g.mayAskFewer) == (1, 2, true))
    }

    /// The built-in "About your city": the partner's questions are counted
    /// from the first question, as an upper bound until "has a partner?" is
    /// answered; a city without one passes it at "8 of up to 16", and for a
    /// city with one every question is asked ("9 of 16").
    @Test func theProfileCountsThePartnersQuestionsFromTheStart() throws {
        let questionnaire = try TestQuestionnaires.builtIn()
        var engine = WizardEngine(
            questionnaire: questionnaire, session: Session(questionnaire: questionnaire, language: "en", now: now))
        let cityName = try #require(questionnaire.question(id: "city-name"))
        let hasPartner = try #require(questionnaire.question(id: "has-partner"))
        let partnerName = try #require(questionnaire.question(id: "partner-name"))
        let first = try #require(engine.progress(of: cityName))
        #expect((first.index, first.count, first.mayAskFewer) == (1, 16, true))
        engine.record(.flag(false), for: "has-partner", at: now)
        let last = try #require(engine.progress(of: hasPartner))
        #expect((last.index, last.count, last.mayAskFewer) == (8, 16, true))
        engine.record(.flag(true), for: "has-partner", at: now)
        let partner = try #require(engine.progress(of: partnerName))
        #expect((partner.index, partner.count, partner.mayAskFewer) == (9, 16, false))
    }
}
