import Foundation
import PlanModel
import Testing

/// Issue 13, "Questions that fit the city": a city with no partner is not
/// asked about agreements signed with one, areas shared with one or a joint
/// project, and an answer left behind from a partner path is never read as
/// something signed.
@Suite struct FittingQuestionsTests {
    let questionnaire: Questionnaire
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
    }

    private func engine(_ answers: [String: AnswerValue]) -> WizardEngine {
        var session = Session(questionnaire: questionnaire, language: "en", now: now)
        session.answers = answers
        return WizardEngine(questionnaire: questionnaire, session: session)
    }

    static let partnerOnly = [
        "signed-agreements", "mou-year", "shared-areas", "concrete-project", "project-description",
        "project-funding-agreed", "project-responsibilities-agreed",
    ]

    /// None of the partner-only questions is asked of a city still looking.
    @Test func aCityWithNoPartnerIsNotAskedAboutOne() {
        let asked = Set(engine(["has-partner": .flag(false)]).askedQuestions.map(\.id))
        for id in Self.partnerOnly { #expect(!asked.contains(id), "\(id)") }
        #expect(asked.isSuperset(of: ["business-interest", "matchmaking-channels", "bridging-organisations"]))
    }

    /// A city with a partner is asked them, the MoU year once an MoU is ticked.
    @Test func aCityWithAPartnerIsAskedAboutIt() {
        let answers: [String: AnswerValue] = [
            "has-partner": .flag(true), "signed-agreements": .texts(["mou"]), "concrete-project": .flag(true),
        ]
        let asked = Set(engine(answers).askedQuestions.map(\.id))
        for id in Self.partnerOnly { #expect(asked.contains(id), "\(id)") }
    }

    /// A city still looking is asked the business interest as its own, not as a shared one.
    @Test func theBusinessInterestIsAskedAsTheCitysOwnWithoutAPartner() throws {
        let question = try #require(questionnaire.question(id: "business-interest"))
        let looking = engine(["has-partner": .flag(false)]).resolved(question).prompt.text(in: "en", fallback: "en")
        let paired = engine(["has-partner": .flag(true)]).resolved(question).prompt.text(in: "en", fallback: "en")
        #expect(looking.contains("future partner"))
        #expect(!looking.contains("shared"))
        #expect(paired.contains("shared interest"))
        let chinese = engine(["has-partner": .flag(false)]).resolved(question).prompt.text(in: "zh", fallback: "en")
        #expect(chinese.contains("经贸代表团"))
    }

    /// Agreements, a year and a project typed on the partner path, then "no
    /// partner": none of them is asked or read, so the plan sees nothing
    /// signed and no project, not the old MoU (the MoU year used to stay
    /// asked, because its condition read the old agreements).
    @Test func answersLeftFromAPartnerPathAreNotReadAsSigned() {
        let answers: [String: AnswerValue] = [
            "has-partner": .flag(false), "partner-year": .number(2010), "signed-agreements": .texts(["mou"]),
            "mou-year": .number(2010), "concrete-project": .flag(true), "project-description": .text("A lab"),
        ]
        let engine = engine(answers)
        for id in Self.partnerOnly { #expect(engine.askedAnswers[id] == nil, "\(id)") }
        let facts = PlanFacts(questionnaire: questionnaire, session: engine.session)
        #expect(facts.stage == .noAgreement)
        #expect(facts.agreementYear == nil)
        #expect(!facts.concreteProject)
        #expect(!facts.hasPartner)
    }

    /// A city with a partner that leaves the agreements signed empty keeps the
    /// rung it gave in step 0: skipping is not "nothing signed".
    @Test func skippingTheAgreementsSignedKeepsTheRungReached() {
        let facts = PlanFacts(
            questionnaire: questionnaire,
            session: engine(["has-partner": .flag(true), "partner-stage": .text("letter-of-intent")]).session)
        #expect(facts.stage == .letterOfIntent)
    }

    /// The Münster test city, still looking for a partner: its plan looks for
    /// one first and builds the business delegation on its own interest in
    /// year 2, with no answer to the joint project needed.
    @Test func munsterStillGetsItsSearchAndItsDelegation() throws {
        let url = TestQuestionnaires.repositoryRoot.appendingPathComponent(
            "Tests/Fixtures/cities/munster-no-partner.yaml")
        let outcome = try AnswersImport(questionnaire: questionnaire, language: "en")
            .run(text: try String(contentsOf: url, encoding: .utf8), now: now)
        #expect(outcome.session.answers["concrete-project"] == nil, "not asked of a city with no partner")
        let suggestions = Suggestions(
            questionnaire: questionnaire, session: outcome.session, catalog: try TestRules.catalog(for: questionnaire))
        let rules = Set(suggestions.plan.map(\.rule))
        #expect(rules.isSuperset(of: ["find-partner", "business-delegation"]))
        #expect(suggestions.agreement.next == .memorandum)
    }
}
