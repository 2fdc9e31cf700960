import Foundation
import PlanModel
import Testing

/// Issue 10, "Obstacles tagged, not guessed": the obstacle tags of weaknesses
/// and challenges, from the questionnaire files through sessions, answers
/// files and round comparisons to the facts the plan's rules read.
@Suite struct ObstacleTagTests {
    let questionnaire: Questionnaire
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
    }

    // MARK: The questionnaire files

    private static let obstacleVocabulary = """

        obstacle-kinds:
          label: {en: Kinds of obstacle}
          source: test
          choices:
            - id: funding
              label: {en: Funding}
              words: {en: [funding, budget], zh: [经费]}
            - {id: none, label: {en: None of these}}
        """

    private static let taggedStrengths = TestQuestionnaires.stepTwo.replacingOccurrences(
        of: "    quadrant: strengths\n", with: "    quadrant: strengths\n    obstacles: obstacle-kinds\n")

    private func problems(vocabularies: String, two: String = taggedStrengths) throws -> [QuestionnaireProblem] {
        let directory = try TestQuestionnaires.small(["vocabularies.yaml": vocabularies, "two.yaml": two])
        do {
            _ = try QuestionnaireLoader().load(directory: directory)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func theBuiltInWeaknessesAndChallengesAskForObstacleKinds() throws {
        for id in ["weaknesses", "challenges"] {
            let question = try #require(questionnaire.question(id: id))
            #expect(question.obstacles?.name == "obstacle-kinds")
        }
        #expect(questionnaire.question(id: "strengths")?.obstacles == nil)
        let kinds = try #require(questionnaire.vocabularies["obstacle-kinds"])
        #expect(
            kinds.choices.map(\.id) == [
                "language-culture", "funding", "staff-turnover", "experience", "publicity", "missing-helix",
                "political-risk", "none",
            ])
        #expect(kinds.choices.filter { $0.id != "none" }.allSatisfy { !($0.words["en"] ?? []).isEmpty })
        #expect(kinds.choices.filter { $0.id != "none" }.allSatisfy { !($0.words["zh"] ?? []).isEmpty })
        #expect(kinds.choice(id: "none")?.words.isEmpty == true)
    }

    @Test func aSmallQuestionnaireWithObstacleWordsLoads() throws {
        #expect(try problems(vocabularies: TestQuestionnaires.vocabularies + Self.obstacleVocabulary).isEmpty)
        let directory = try TestQuestionnaires.small([
            "vocabularies.yaml": TestQuestionnaires.vocabularies + Self.obstacleVocabulary,
            "two.yaml": Self.taggedStrengths,
        ])
        let loaded = try QuestionnaireLoader().load(directory: directory)
        #expect(
            loaded.vocabularies["obstacle-kinds"]?.choice(id: "funding")?.words == [
                "en": ["funding", "budget"], "zh": ["经费"],
            ])
    }

    @Test func anObstaclesVocabularyThatDoesNotExistIsReported() throws {
        let found = try problems(vocabularies: TestQuestionnaires.vocabularies)
        #expect(found.count == 1)
        #expect(
            found.first?.message.contains("obstacles names a vocabulary \"obstacle-kinds\" that does not exist") == true
        )
        #expect(found.first?.file.hasSuffix("two.yaml") == true)
        #expect(found.first?.line == 9)
    }

    @Test func onlySwocQuestionsTakeObstacles() throws {
        let two = TestQuestionnaires.stepTwo.replacingOccurrences(
            of: "    kind: number\n", with: "    kind: number\n    obstacles: obstacle-kinds\n")
        let found = try problems(vocabularies: TestQuestionnaires.vocabularies + Self.obstacleVocabulary, two: two)
        #expect(found.map(\.message) == ["question \"staff\": only swoc questions take `obstacles`"])
    }

    @Test(arguments: [
        ("[funding, \"\"]", "has an empty word"),
        ("[funding, \"  \"]", "has an empty word"),
        ("[funding, Chinese]", "\"Chinese\" on its own would match almost every entry"),
        ("[China]", "\"China\" on its own"),
        ("funding", "should be a list"),
    ])
    func badWordsAreReportedWithTheirLine(_ words: String, _ message: String) throws {
        let vocabulary = Self.obstacleVocabulary.replacingOccurrences(
            of: "{en: [funding, budget], zh: [经费]}", with: "{en: \(words)}")
        let found = try problems(vocabularies: TestQuestionnaires.vocabularies + vocabulary)
        #expect(found.count == 1)
        #expect(found.first?.message.contains(message) == true, "\(found)")
        #expect(found.first?.line == 21)
    }

    @Test func aChineseWordForChinaAloneIsRefusedToo() throws {
        let vocabulary = Self.obstacleVocabulary.replacingOccurrences(of: "zh: [经费]", with: "zh: [经费, 中国]")
        let found = try problems(vocabularies: TestQuestionnaires.vocabularies + vocabulary)
        #expect(found.map(\.message).first?.contains("\"中国\" on its own") == true)
    }

    // MARK: Session files

    private func session(_ answers: [String: AnswerValue]) -> Session {
        var session = Session(questionnaire: questionnaire, language: "en", now: now)
        session.answers = answers
        return session
    }

    @Test func anUnknownObstacleIdIsRefusedWithItsField() {
        let weaknesses: [SwocEntry] = [
            SwocEntry(text: "Little money", obstacles: ["funding"]),
            SwocEntry(text: "Nobody speaks Mandarin", obstacles: ["lingo", "funding"]),
        ]
        let problem = SessionShapeCheck.firstProblem(
            in: session(["weaknesses": .swocEntries(weaknesses)]), for: questionnaire)
        #expect(problem?.field == "answers.weaknesses[1].obstacles[0]")
        #expect(problem?.detail.contains("\"lingo\" is not one of the choices") == true)
        #expect(problem?.detail.contains("\"obstacle-kinds\"") == true)
        let fine = SessionShapeCheck.firstProblem(
            in: session(["challenges": .swocEntries([weaknesses[0]])]), for: questionnaire)
        #expect(fine == nil)
    }

    @Test func tagsAreStoredAsObstaclesAndLeftOutWhenEmpty() throws {
        let store = SessionStore(questionnaire: questionnaire)
        let tagged = SwocEntry(text: "Little money", obstacles: ["funding", "staff-turnover"])
        let data = try store.encode(session(["weaknesses": .swocEntries([tagged, SwocEntry(text: "Untagged")])]))
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains(#""obstacles""#))
        #expect(json.components(separatedBy: #""obstacles""#).count == 2, "only the tagged entry has the key")
        let back = try store.decode(data, path: "s.json")
        #expect(back.answers["weaknesses"] == .swocEntries([tagged, SwocEntry(text: "Untagged")]))
    }

    @Test func anEntryWrittenBeforeTagsStillLoads() throws {
        let entry = try JSONDecoder().decode(SwocEntry.self, from: Data(#"{"text": "Old", "areas": []}"#.utf8))
        #expect(entry.obstacles.isEmpty)
    }

    // MARK: Answers files

    private func imported(_ text: String) throws(AnswersImport.Failure) -> [String: AnswerValue] {
        let required =
            "city-name: Rome\ncity-country: Italy\ncity-side: european\nhas-partner: no\nresource-level: lean\n"
        return try AnswersImport(questionnaire: questionnaire, language: "en")
            .run(text: required + text, now: now).session.answers
    }

    private func problems(importing text: String) -> [AnswersImport.Problem] {
        do {
            _ = try imported(text)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func answersFilesGiveTagsByIdOrLabelAndSingly() throws {
        let answers = try imported(
            """
            weaknesses:
              - text: Nobody is in charge of Wuhan
                obstacles: [staff-turnover, Funding and resources]
              - text: A security concern about Chinese investment in the port
                obstacle: political-risk
              - text: Little is going on
                obstacles: none
            """)
        #expect(
            answers["weaknesses"]
                == .swocEntries([
                    SwocEntry(text: "Nobody is in charge of Wuhan", obstacles: ["staff-turnover", "funding"]),
                    SwocEntry(
                        text: "A security concern about Chinese investment in the port", obstacles: ["political-risk"]),
                    SwocEntry(text: "Little is going on", obstacles: ["none"]),
                ]))
    }

    @Test func entriesWithoutTagsInAnAnswersFileGetTheGuess() throws {
        let answers = try imported(
            """
            weaknesses:
              - The council budget cannot pay for every exchange
              - text: 国际合作经费有限
                actor: government
              - text: Nothing to say about this one
            challenges:
              - text: Funding again, but the team said no tags
                obstacles: []
            strengths:
              - Our budget is generous
            """)
        #expect(
            answers["weaknesses"]
                == .swocEntries([
                    SwocEntry(text: "The council budget cannot pay for every exchange", obstacles: ["funding"]),
                    SwocEntry(text: "国际合作经费有限", actor: "government", obstacles: ["funding"]),
                    SwocEntry(text: "Nothing to say about this one"),
                ]))
        #expect(answers["challenges"] == .swocEntries([SwocEntry(text: "Funding again, but the team said no tags")]))
        #expect(
            answers["strengths"] == .swocEntries([SwocEntry(text: "Our budget is generous")]), "strengths take no tags")
    }

    @Test func unknownOrContradictoryTagsAreProblemsOfTheQuestion() {
        let unknown = problems(
            importing: """
                weaknesses:
                  - text: Little money
                    obstacles: [funding, weather]
                """)
        #expect(unknown.map(\.questionID) == ["weaknesses"])
        #expect(unknown.first?.path == "weaknesses[1].obstacles")
        guard case .unknownChoice(let input, _, _, _)? = unknown.first?.kind else {
            Issue.record("expected an unknown choice: \(unknown)")
            return
        }
        #expect(input == "weather")
        let none = problems(
            importing: """
                challenges:
                  - text: Little money
                    obstacles: [none, funding]
                """)
        #expect(none.map(\.questionID) == ["challenges"])
        #expect(none.first?.kind == .answer(.noneWithOtherObstacles(label: "None of these")))
        let both = problems(
            importing: """
                challenges:
                  - text: Little money
                    obstacle: funding
                    obstacles: [funding]
                """)
        #expect(both.first?.kind == .obstacleAndObstacles)
        let strengths = problems(
            importing: """
                strengths:
                  - text: A big port
                    obstacles: [funding]
                """)
        #expect(strengths.map(\.questionID) == ["strengths"])
        #expect(strengths.first?.kind == .obstaclesNotTaken)
    }

    // MARK: The facts the plan reads

    @Test func obstacleReferencesUseTheTagsAndGuessOnlyForUntaggedEntries() {
        let facts = PlanFacts(
            questionnaire: questionnaire,
            session: session([
                "weaknesses": .swocEntries([
                    SwocEntry(text: "Funding is short", obstacles: ["staff-turnover"]),  // The team's tag wins.
                    SwocEntry(text: "Our budget is tiny"),  // Untagged: the guess.
                    SwocEntry(text: "No money at all", obstacles: ["none"]),
                ]),
                "challenges": .swocEntries([
                    SwocEntry(text: "A security concern about Chinese investment in the port"),
                    SwocEntry(text: "Travel", obstacles: ["funding", "publicity"]),
                ]),
                "strengths": .swocEntries([SwocEntry(text: "A big budget for events")]),
            ]))
        #expect(facts.obstacleReferences("funding").map(\.code) == ["W2", "C2"])
        #expect(facts.obstacleReferences("staff-turnover").map(\.code) == ["W1"])
        #expect(facts.obstacleReferences("political-risk").map(\.code) == ["C1"])
        #expect(facts.obstacleReferences("language-culture").isEmpty, "\"Chinese\" alone is no language barrier")
        #expect(facts.obstacleReferences("none").map(\.code) == ["W3"])
    }

    // MARK: Comparing rounds

    @Test func aChangedTagIsAChangeButAcceptingTheGuessIsNot() throws {
        let before = SessionRound(
            number: 1, startedAt: now, completedAt: now,
            answers: [
                "weaknesses": .swocEntries([SwocEntry(text: "Little money"), SwocEntry(text: "Our budget is tiny")])
            ],
            finished: [])
        var after = before
        after.answers["weaknesses"] = .swocEntries([
            SwocEntry(text: "Little money", obstacles: ["experience"]),
            SwocEntry(text: "Our budget is tiny", obstacles: ["funding"]),  // The guess, now a tag.
        ])
        let diff = RoundComparer(questionnaire: questionnaire, language: "en")
            .compare(before, labelled: "1", with: after, labelled: "2")
        let weaknesses = try #require(diff.quadrants.first { $0.quadrant == .weaknesses })
        #expect(weaknesses.changed.map(\.after.text) == ["Little money"])
        #expect(weaknesses.kept == 1)
        #expect(questionnaire.entryDetail(weaknesses.changed[0].after) == "obstacle: Lack of experience")
    }
}
