import Foundation
import PlanModel
import Testing

/// Issue 13, "Never ask the same fact twice; pre-fill what is known": a
/// question's `prefill-from:` names an earlier question, the engine suggests
/// its answer, and the loader refuses a pre-fill that cannot work, with the line.
@Suite struct PrefillTests {
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

    private func question(_ id: String) throws -> Question {
        try #require(questionnaire.question(id: id))
    }

    /// The built-in files say where the MoU year and the agreements signed come from.
    @Test func theBuiltInQuestionnaireNamesItsPrefills() throws {
        #expect(try question("mou-year").prefill == Prefill(question: "partner-year"))
        #expect(try question("signed-agreements").prefill == Prefill(question: "partner-stage", choices: .upTo))
    }

    /// The MoU year is put on the line from the year the partnership was formalised.
    @Test func theMoUYearIsSuggestedFromThePartnershipYear() throws {
        let mouYear = try question("mou-year")
        let given: [String: AnswerValue] = [
            "has-partner": .flag(true), "partner-year": .number(2010), "signed-agreements": .texts(["mou"]),
        ]
        #expect(engine(given).suggestedAnswer(for: mouYear) == .number(2010))
        var answered = given
        answered["mou-year"] = .number(2012)
        #expect(engine(answered).suggestedAnswer(for: mouYear) == .number(2012), "an answer given wins")
        var unknown = given
        unknown["partner-year"] = nil
        #expect(engine(unknown).suggestedAnswer(for: mouYear) == nil)
    }

    /// The agreements signed start as every rung up to the one reached, and
    /// nothing for "no agreement yet".
    @Test func theAgreementsSignedAreSuggestedFromTheRungReached() throws {
        let signed = try question("signed-agreements")
        func suggested(_ stage: String) -> AnswerValue? {
            engine(["has-partner": .flag(true), "partner-stage": .text(stage)]).suggestedAnswer(for: signed)
        }
        #expect(suggested("mou") == .texts(["mou"]))
        #expect(suggested("letter-of-intent") == .texts(["mou", "letter-of-intent"]))
        #expect(
            suggested("project-contract")
                == .texts(["mou", "letter-of-intent", "project-agreement", "project-contract"]))
        #expect(suggested("no-agreement") == nil)
    }

    /// An answer left behind on a path the team changed is not suggested:
    /// after "no partner", the old partnership year pre-fills nothing.
    @Test func anAnswerThatIsNoLongerAskedIsNotSuggested() throws {
        let stale = engine(["has-partner": .flag(false), "partner-year": .number(2010)])
        #expect(stale.prefilledAnswer(for: try question("mou-year")) == nil)
    }

    /// Without an answer or a pre-fill, the question's own default is suggested.
    @Test func theDefaultComesLast() throws {
        var question = try question("mou-year")
        question.defaultValue = .number(2000)
        #expect(engine([:]).suggestedAnswer(for: question) == .number(2000))
        #expect(
            engine(["partner-year": .number(2010), "has-partner": .flag(true)]).suggestedAnswer(for: question)
                == .number(2010))
    }

    /// An answers file says what it says: an omitted MoU year stays omitted,
    /// and the plan then reads the partnership year for the first agreement,
    /// so the two never disagree.
    @Test func anAnswersFileIsNotPrefilledAndThePlanReadsThePartnershipYear() throws {
        let text = """
            city-name: Bonn
            city-country: Germany
            city-side: european
            has-partner: true
            partner-name: Chengdu
            partner-year: 2009
            partner-stage: mou
            signed-agreements: [mou]
            resource-level: lean
            """
        let session = try AnswersImport(questionnaire: questionnaire, language: "en").run(text: text, now: now).session
        #expect(session.answers["mou-year"] == nil)
        #expect(session.answers["signed-agreements"] == .texts(["mou"]))
        let facts = PlanFacts(questionnaire: questionnaire, session: session)
        #expect(facts.agreementYear == 2009)
        #expect(facts.partnerYear == 2009)
    }

    // MARK: The loader

    private func problems(_ stepTwo: String) throws -> [QuestionnaireProblem] {
        let directory = try TestQuestionnaires.small(["two.yaml": stepTwo])
        do {
            _ = try QuestionnaireLoader().load(directory: directory)
            return []
        } catch {
            return error.problems
        }
    }

    private func step(_ question: String) -> String {
        """
        id: swoc
        number: 1
        title: {en: SWOC analysis}
        source: "§1.1"
        questions:
          - id: areas
            kind: multiple-choice
            choices: cooperation-areas
            prompt: {en: Areas?}
            help: {en: Areas. (§1.1)}
            source: "§1.1"
          - id: staff
            kind: number
            prompt: {en: Staff?}
            help: {en: Staff. (§2.3)}
            source: "§2.3"
        \(question)
          - id: later
            kind: short-text
            prompt: {en: Later?}
            help: {en: Later. (§1)}
            source: "§1"
        """
    }

    /// A question that reads `prefill` as its pre-fill, in the step above.
    private func asking(kind: String, prefill: String, choices: String? = nil) -> String {
        """
          - id: asked
            kind: \(kind)
        \(choices.map { "    choices: \($0)\n" } ?? "")    prefill-from: \(prefill)
            prompt: {en: Asked?}
            help: {en: Asked. (§1)}
            source: "§1"
        """
    }

    /// A sound pre-fill loads; a partner's name may pre-fill a long text.
    @Test func aSoundPrefillLoads() throws {
        #expect(try problems(step(asking(kind: "long-text", prefill: "partner-name"))).isEmpty)
        #expect(try problems(step(asking(kind: "number", prefill: "staff"))).isEmpty)
    }

    /// Each wrong pre-fill is a problem at its file and line that says what to do.
    @Test(
        arguments: [
            ("short-text", "partner-nmae", nil, "names a question \"partner-nmae\" that does not exist"),
            ("short-text", "later", nil, "which is asked later"),
            ("short-text", "asked", nil, "names the question itself"),
            ("short-text", "staff", nil, "a number question, whose answer cannot be put on the line of a short-text"),
            ("short-text", "{question: city-name, choices: up-to}", nil, "needs a single-choice question"),
            ("short-text", "{question: city-name, choices: all}", nil, "choices is picked or up-to, not \"all\""),
            ("multiple-choice", "{choices: up-to}", "cooperation-areas", "prefill-from needs `question`"),
            ("multiple-choice", "has-partner", "cooperation-areas", "a yes-no question"),
            ("list", "city-name", nil, "cannot be put on the line of a list question"),
        ] as [(String, String, String?, String)])
    func aWrongPrefillIsAProblemWithItsLine(kind: String, prefill: String, choices: String?, message: String) throws {
        let found = try problems(step(asking(kind: kind, prefill: prefill, choices: choices)))
        let problem = try #require(found.first { $0.message.contains(message) }, "\(found)")
        #expect(problem.file.hasSuffix("two.yaml"))
        #expect(problem.line == (choices == nil ? 19 : 20))
    }

    /// Choices carried over must exist on both sides: a list of areas cannot
    /// be pre-filled from the helix actors.
    @Test func choicesThatShareNoIDAreAProblem() throws {
        let helix = """
              - id: helix
                kind: single-choice
                choices: helix-actors
                prompt: {en: Helix?}
                help: {en: Helix. (§1)}
                source: "§1"
            """
        let asked = asking(kind: "multiple-choice", prefill: "helix", choices: "cooperation-areas")
        let found = try problems(step(helix + "\n" + asked))
        #expect(found.contains { $0.message.contains("share no id") }, "\(found)")
    }
}
