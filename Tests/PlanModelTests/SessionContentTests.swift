import Foundation
import PlanModel
import Testing

/// What a session file may contain (issue 14, items 7 and 10 and the lesser
/// items): every value is checked against the questionnaire and its range, in
/// every round, before anything computes with it or exports it; fields this
/// version does not know are kept.
@Suite struct SessionContentTests {
    let questionnaire: Questionnaire
    let store: SessionStore

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
        store = SessionStore(questionnaire: questionnaire)
    }

    private func session(_ answers: [String: AnswerValue]) -> Session {
        var session = Session(
            questionnaire: questionnaire, language: "en", now: Date(timeIntervalSince1970: 1_700_000_000))
        session.answers = answers
        return session
    }

    private func problem(_ answers: [String: AnswerValue]) -> SessionShapeCheck.Problem? {
        SessionShapeCheck.firstProblem(in: session(answers), for: questionnaire)
    }

    /// Issue 14, item 10: choice ids outside the question's vocabulary are
    /// found, with the field path down to the entry and the list position.
    @Test func unknownChoiceIdsAreNamedByTheirPlaceInTheFile() {
        let entries: [SwocEntry] = [
            SwocEntry(text: "A port", areas: ["port-logistics"], actor: "government"),
            SwocEntry(text: "Universities", areas: ["smart-cities"], actor: "academia"),
            SwocEntry(text: "Films", areas: ["smart-cities", "Not An Id"]),
        ]
        #expect(problem(["strengths": .swocEntries(entries)])?.field == "answers.strengths[2].areas[1]")
        let actor = [SwocEntry(text: "A port", actor: "martians")]
        #expect(problem(["challenges": .swocEntries(actor)])?.field == "answers.challenges[0].actor")
        #expect(problem(["partner-stage": .text("sister-city")])?.field == "answers.partner-stage")
        #expect(problem(["shared-areas": .texts(["smart-cities", "x"])])?.field == "answers.shared-areas[1]")
        #expect(problem(["business-interest": .text("port-logistics\r\n")])?.field == "answers.business-interest")
        let fine = problem([
            "strengths": .swocEntries(Array(entries.prefix(2))), "partner-stage": .text("mou"),
            "shared-areas": .texts(["smart-cities"]),
        ])
        #expect(fine == nil)
    }

    /// Issue 14, items 7 and 10: years and numbers are range-checked; the
    /// values from the issue would otherwise overflow the first `year - 1`.
    @Test(arguments: [
        ("plan-start-year", -9_223_372_036_854_775_808.0), ("plan-start-year", 1e300), ("plan-start-year", 2027.5),
        ("partner-year", 1949), ("partner-year", 2101), ("international-staff", -1), ("international-staff", 501),
    ])
    func numbersOutOfRangeAreFound(id: String, value: Double) {
        let found = problem([id: .number(value)])
        #expect(found?.field == "answers.\(id)")
        #expect(found?.isWrongShape == false)
    }

    @Test func numbersWithinRangeAreAccepted() {
        #expect(problem(["plan-start-year": .number(2027), "partner-year": .number(1986)]) == nil)
        #expect(problem(["international-staff": .number(1.5)]) == nil)
    }

    /// Issue 14, item 10: without limits of their own, year answers must lie
    /// within 1900–2200, and dates must be real dates in those years.
    @Test func yearsAndDatesWithoutLimitsOfTheirOwnStayWithin1900To2200() throws {
        let folder = try TestQuestionnaires.small([
            "two.yaml": TestQuestionnaires.stepTwo + """

                  - id: founded
                    kind: year
                    prompt: {en: Founded?}
                    help: {en: The year. (§1)}
                    source: "§1"
                  - id: signed
                    kind: date
                    prompt: {en: Signed?}
                    help: {en: The day. (§1)}
                    source: "§1"
                """
        ])
        let small = try QuestionnaireLoader().load(directory: folder)
        func check(_ answers: [String: AnswerValue]) -> String? {
            var session = Session(questionnaire: small, language: "en", now: Date(timeIntervalSince1970: 0))
            session.answers = answers
            return SessionShapeCheck.firstProblem(in: session, for: small)?.field
        }
        #expect(check(["founded": .number(1900), "signed": .text("2200-12-31")]) == nil)
        #expect(check(["founded": .number(1899)]) == "answers.founded")
        #expect(check(["founded": .number(2201)]) == "answers.founded")
        #expect(check(["signed": .text("2201-01-01")]) == "answers.signed")
        #expect(check(["signed": .text("2023-02-29")]) == "answers.signed")
        #expect(check(["signed": .text("tomorrow")]) == "answers.signed")
        #expect(check(["staff": .number(51)]) == "answers.staff")
    }

    /// Issue 14, lesser item: earlier rounds get exactly the checks of the current one.
    @Test func earlierRoundsAreCheckedLikeTheCurrentOne() {
        var revived = session(["strengths": .swocEntries([SwocEntry(text: "A port", areas: ["port-logistics"])])])
        revived.revive(at: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(SessionShapeCheck.firstProblem(in: revived, for: questionnaire) == nil)
        revived.previousRounds[0].answers["strengths"] = .swocEntries([SwocEntry(text: "A port", areas: ["nope"])])
        #expect(
            SessionShapeCheck.firstProblem(in: revived, for: questionnaire)?.field
                == "previousRounds[0].answers.strengths[0].areas[0]")
        revived.previousRounds[0].answers["strengths"] = .flag(true)
        let shape = SessionShapeCheck.firstProblem(in: revived, for: questionnaire)
        #expect(shape?.field == "previousRounds[0].answers.strengths")
        #expect(shape?.isWrongShape == true)
    }

    private func sessionJSON(entryID id: String) -> Data {
        let json =
            #"{"schemaVersion": 2, "questionnaireID": "eu-china-city-partnership", "#
            + #""questionnaireVersion": 1, "language": "en", "createdAt": "2024-01-01T00:00:00Z", "#
            + #""updatedAt": "2024-01-01T00:00:00Z", "finished": [], "#
            + #""answers": {"strengths": [{"text": "ok"}, {"id": "\#(id)", "text": "A port"}]}}"#
        return Data(json.utf8)
    }

    /// Issue 14, item 7: an entry id too large to count on from (or empty, or
    /// with spaces or control characters) is refused on load, with its place,
    /// rather than overflowing when the next id is given.
    @Test(arguments: ["e9223372036854775807", "e1000000000", "e0", "", "e 1", "e\\u001b1"])
    func unusableEntryIdsAreRefused(id: String) throws {
        do {
            _ = try store.decode(sessionJSON(entryID: id), path: "s.json")
            Issue.record("accepted \(id)")
        } catch {
            guard case .invalidValue(_, let field, _) = error else {
                Issue.record("\(id): \(error)")
                return
            }
            #expect(field == "answers.strengths[1].id")
        }
    }

    /// Ids are otherwise opaque: one from another tool, or written by hand, still loads.
    @Test(arguments: ["e1", "e999999999", "e01", "ew1", "x1"])
    func otherEntryIdsAreKept(id: String) throws {
        let session = try store.decode(sessionJSON(entryID: id), path: "s.json")
        guard case .swocEntries(let entries)? = session.answers["strengths"] else {
            Issue.record("no strengths")
            return
        }
        #expect(entries[1].id == id)
    }

    /// Issue 14, item 7: new entry ids are counted on from the highest without
    /// ever passing the highest an id may have; the session still loads after.
    @Test func newEntryIdsNeverPassTheHighestAllowed() throws {
        var session = session([
            "strengths": .swocEntries([SwocEntry(id: "e999999999", text: "Old"), SwocEntry(text: "New")]),
            "weaknesses": .swocEntries([SwocEntry(text: "Newer"), SwocEntry(id: "e1", text: "First")]),
        ])
        session.revive(at: Date(timeIntervalSince1970: 1_800_000_000))
        var ids: [String] = []
        for key in ["strengths", "weaknesses"] {
            guard case .swocEntries(let entries)? = session.answers[key] else { continue }
            ids += entries.compactMap(\.id)
        }
        #expect(ids.count == 4)
        #expect(Set(ids).count == 4, "ids never repeat: \(ids)")
        #expect(ids.allSatisfy { (Int($0.dropFirst()) ?? .max) <= 999_999_999 }, "\(ids)")
        #expect(try store.decode(try store.encode(session), path: "s.json") == session)
    }

    /// Issue 14, lesser item: a bad date, a bad format number and a misnumbered
    /// round are named, not reported as "not valid JSON".
    @Test(arguments: [
        (#""createdAt": "yesterday""#, "createdAt"),
        (#""createdAt": 5"#, "createdAt"),
        (#""createdAt": "9999-01-01T00:00:00Z""#, "createdAt"),
        (#""schemaVersion": 1.5"#, "schemaVersion"),
        (#""schemaVersion": 99999999999999999999999"#, "schemaVersion"),
        (#""questionnaireVersion": -9223372036854775808"#, "questionnaireVersion"),
        (#""language": "en\r\n""#, "language"),
        (
            #""previousRounds": [{"number": 2, "startedAt": "2019-01-01T00:00:00Z", "answers": {}, "finished": []}]"#,
            "previousRounds[0].number"
        ),
        (
            #""previousRounds": [{"number": 1, "startedAt": "2019-13-01T00:00:00Z", "answers": {}, "finished": []}]"#,
            "previousRounds[0].startedAt"
        ),
    ])
    func badValuesAreNamedByField(replacement: String, field: String) throws {
        var fields = [
            #""schemaVersion": 2"#, #""questionnaireID": "eu-china-city-partnership""#,
            #""questionnaireVersion": 1"#, #""language": "en""#, #""createdAt": "2024-01-01T00:00:00Z""#,
            #""updatedAt": "2024-01-01T00:00:00Z""#, #""answers": {}"#, #""finished": []"#,
        ]
        let name = replacement.prefix { $0 != ":" }
        fields.removeAll { $0.hasPrefix(name) }
        fields.append(replacement)
        let json = "{" + fields.joined(separator: ", ") + "}"
        do {
            _ = try store.decode(Data(json.utf8), path: "s.json")
            Issue.record("accepted: \(json)")
        } catch {
            guard case .invalidValue(_, let found, _) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(found == field)
            guard case .invalidValue(_, _, let detail) = error else { return }
            #expect(!detail.contains("\r"), "a line break from the file is shown escaped")
        }
    }

    /// Issue 14, lesser item: unknown fields at the top, in an entry and in
    /// an earlier round are kept and written back exactly.
    @Test func unknownFieldsAreWrittenBack() throws {
        let url = TestQuestionnaires.repositoryRoot.appendingPathComponent(
            "Tests/Fixtures/hostile-sessions/unknown-fields.json")
        let original = try Data(contentsOf: url)
        let session = try store.decode(original, path: url.path)
        #expect(session.otherFields["reviewedBy"] != nil)
        let written = try store.encode(session)
        let before = try JSONSerialization.jsonObject(with: original) as? NSDictionary
        let after = try JSONSerialization.jsonObject(with: written) as? NSDictionary
        #expect(before != nil && before == after, "the file is written back with every field it had")
        #expect(try store.decode(written, path: url.path) == session)
    }

    /// Kept fields go back into the session file only: an entry in an
    /// exported diff has exactly the fields schemas/plan.schema.json allows.
    @Test func keptFieldsAreNotExported() throws {
        var entry = SwocEntry(id: "e1", text: "A port")
        entry.otherFields = ["note": .string("keep this note")]
        var revived = session(["strengths": .swocEntries([entry])])
        revived.revive(at: Date(timeIntervalSince1970: 1_800_000_000))
        revived.answers["strengths"] = .swocEntries([SwocEntry(text: "New"), entry])
        #expect(String(decoding: try store.encode(revived), as: UTF8.self).contains("keep this note"))
        revived.previousRounds[0].answers["strengths"] = .swocEntries([])
        let diff = RoundComparer(questionnaire: questionnaire, language: "en")
            .compare(revived.previousRounds[0], labelled: "1", with: revived.currentRound, labelled: "2")
        let exported = String(decoding: try SessionStore.encoder().encode(diff), as: UTF8.self)
        #expect(exported.contains("A port"))
        #expect(!exported.contains("keep this note"))
    }

    /// Issue 14, item 7: a session made in code, not loaded, with a plan start
    /// year of Int.min still gives a plan (from the default start year)
    /// instead of overflowing at `planStartYear - 1`.
    @Test func suggestionsNeverComputeWithAnImpossibleYear() throws {
        let facts = PlanFacts(
            questionnaire: questionnaire,
            session: session(["plan-start-year": .number(-9_223_372_036_854_775_808), "partner-year": .number(1e300)]))
        #expect(facts.planStartYear == 2024)
        #expect(facts.partnerYear == nil)
        let plan = try Suggestions(questionnaire: questionnaire, session: session(["plan-start-year": .number(-9e18)]))
            .plan
        #expect(plan.allSatisfy { (1900...2205).contains($0.year) })
    }
}
