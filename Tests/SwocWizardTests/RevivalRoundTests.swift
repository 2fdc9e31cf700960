import Foundation
import PlanModel
import Testing

@testable import SwocWizard

/// Where a revival round starts, with the built-in questionnaire.
@Suite struct RevivalRoundTests {
    let questionnaire: Questionnaire
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        questionnaire = try QuestionnaireLoader().load(
            directory: FlowFixtures.repositoryRoot.appendingPathComponent("questionnaires"))
    }

    /// Issue 11: a revival resumed at a side-dependent question (the funding
    /// sources) starts at that question resolved for the session, so a Chinese
    /// city is offered its own sources and not EU funds.
    @Test func aResumedRevivalShowsOnlyTheCitysSideChoices() throws {
        var session = Session(questionnaire: questionnaire, language: "en", now: now)
        session.answers = ["city-name": .text("Ningbo"), "city-country": .text("China"), "city-side": .text("chinese")]
        session.revive(at: now)
        let ids = questionnaire.questions.map(\.id)
        let funding = try #require(ids.firstIndex(of: "funding-sources"))
        for id in ids[..<funding] { session.markFinished(id) }
        let engine = WizardEngine(questionnaire: questionnaire, session: session)
        #expect(RevivalRound.isOpen(session))
        let start = try #require(RevivalRound.start(engine))
        #expect(start.id == "funding-sources")
        let offered = try #require(start.choices).choices.map(\.id)
        #expect(offered.contains("foreign-affairs-office-budget"))
        #expect(!offered.contains("eu-funds") && !offered.contains("city-council"), "\(offered)")
        #expect(start == engine.resolved(try #require(questionnaire.question(id: "funding-sources"))))
    }
}
