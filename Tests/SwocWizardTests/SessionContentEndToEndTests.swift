import Foundation
import Testing

/// What a session file may contain (issue 14, items 7 and 10 and the lesser
/// items on rounds, unknown fields and messages): every hostile file under
/// Tests/Fixtures/hostile-sessions is refused with the field it is wrong at,
/// exit 65, and left exactly as it was; none stops the program with a runtime
/// failure, and none is exported as if its values were valid.
@Suite struct SessionContentEndToEndTests {
    static let fixtures = BuiltBinary.repositoryRoot.appendingPathComponent("Tests/Fixtures/hostile-sessions")

    /// A copy of a fixture in a fresh folder, and the folder.
    private func copy(_ name: String) throws -> URL {
        let directory = try BuiltBinary.workingDirectory()
        try FileManager.default.copyItem(
            at: Self.fixtures.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        return directory
    }

    /// Runs a command on a copy of a hostile fixture and checks that it is
    /// refused with exit 65, naming `field`, and that the file is unchanged.
    private func expectRefused(
        _ name: String, _ command: [String], field: String, input: String = "",
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> BuiltBinary.Result {
        let directory = try copy(name)
        let before = try Data(contentsOf: directory.appendingPathComponent(name))
        let result = try BuiltBinary.run(command + [name], input: input, in: directory)
        #expect(result.status == 65, "\(result.standardError)", sourceLocation: sourceLocation)
        #expect(
            result.standardError.contains(" at \(field)"), "\(result.standardError)", sourceLocation: sourceLocation)
        #expect(!result.standardError.contains("runtime failure"), sourceLocation: sourceLocation)
        #expect(result.standardOutput.isEmpty, sourceLocation: sourceLocation)
        #expect(
            try Data(contentsOf: directory.appendingPathComponent(name)) == before, "the file is left as it was",
            sourceLocation: sourceLocation)
        return result
    }

    /// The fixtures are one valid session each changed in one place: the valid
    /// one itself must pass every command, or the refusals below prove nothing.
    @Test func theUnchangedFixtureIsAccepted() throws {
        let directory = try copy("valid.json")
        for command in [["export", "--format", "json"], ["export", "--format", "md"], ["suggest"], ["diff"]] {
            let result = try BuiltBinary.run(command + ["valid.json"], in: directory)
            #expect(result.status == 0, "\(command): \(result.standardError)")
        }
    }

    /// Issue 14, item 7: numbers that made `suggest`, `export` and `revive`
    /// stop with "Swift runtime failure: arithmetic overflow" (exit 132): a
    /// plan start year of Int.min (`year - 1`), 1e300 (`Int(1e300)` when a
    /// revival moves the plan), and an entry id e9223372036854775807 (the next
    /// id is counted on from it). Each is now refused on load, naming the field.
    @Test(arguments: [
        ("plan-start-year-minimum-int.json", ["suggest"], "answers.plan-start-year"),
        ("plan-start-year-minimum-int.json", ["export", "--format", "md"], "answers.plan-start-year"),
        ("plan-start-year-minimum-int.json", ["export", "--format", "json"], "answers.plan-start-year"),
        ("plan-start-year-1e300.json", ["revive"], "answers.plan-start-year"),
        ("entry-id-maximum-int.json", ["revive"], "answers.opportunities[0].id"),
    ])
    func numbersThatWouldOverflowAreRefused(name: String, command: [String], field: String) throws {
        _ = try expectRefused(name, command, field: field, input: String(repeating: "\n", count: 100))
    }

    /// Issue 14, item 7: a round number on the command line is range-checked
    /// before it is counted with (`--to=-9223372036854775808` stopped `diff`
    /// at `to - 1`): a usage error, exit 64, that says what a round number is.
    @Test(arguments: [
        ["--to=-9223372036854775808"], ["--from=-9223372036854775808", "--to", "2"], ["--from", "0"],
        ["--to=9223372036854775807"],
    ])
    func roundNumbersOnTheCommandLineAreRangeChecked(options: [String]) throws {
        let directory = try copy("valid.json")
        let result = try BuiltBinary.run(["diff", "valid.json"] + options, in: directory)
        #expect(result.status == 64, "\(result.standardError)")
        #expect(result.standardError.contains("takes a round number: 1 for the first round"), "\(result.standardError)")
        #expect(!result.standardError.contains("runtime failure"))
    }

    /// Issue 14, item 10: ids that are not in the questionnaire's lists were
    /// exported as if valid (an area "Not An Id" broke schemas/plan.schema.json;
    /// a choice id with "\r\n" added lines to the Mermaid gantt). They are
    /// refused on load with the field, and a line break in the value is shown
    /// as `\r\n`, never printed as one.
    @Test(arguments: [
        ("unknown-area.json", "answers.strengths[2].areas[0]", "\"Not An Id\""),
        ("unknown-actor.json", "answers.strengths[1].actor", "\"martians\""),
        ("unknown-choice.json", "answers.partner-stage", "\"sister-city\""),
        ("choice-with-line-break.json", "answers.business-interest", #""port-logistics\r\n    section Injected""#),
    ])
    func idsNotInTheQuestionnaireAreRefused(name: String, field: String, shown: String) throws {
        for command in [["export", "--format", "json"], ["export", "--format", "md"]] {
            let result = try expectRefused(name, command, field: field)
            #expect(result.standardError.contains(shown), "\(result.standardError)")
            #expect(!result.standardError.contains("\r"))
        }
    }

    /// Issue 14, item 10: years outside 1900–2200 (and outside the question's
    /// own limits) are refused on load, not computed with.
    @Test func yearsOutOfRangeAreRefused() throws {
        let result = try expectRefused(
            "year-out-of-range.json", ["export", "--format", "json"], field: "answers.partner-year")
        #expect(result.standardError.contains("expected a year from 1950 to 2100, not 2300"), "\(result.standardError)")
    }

    /// Issue 14, lesser item: an earlier round is checked exactly like the
    /// current one. A damaged earlier round was accepted, and `diff` then
    /// showed every entry as added.
    @Test(arguments: [
        ("damaged-earlier-round.json", "previousRounds[0].answers.strengths[1].areas[0]"),
        ("earlier-round-year-out-of-range.json", "previousRounds[0].answers.plan-start-year"),
        ("misnumbered-round.json", "previousRounds[0].number"),
    ])
    func damagedEarlierRoundsAreRefused(name: String, field: String) throws {
        _ = try expectRefused(name, ["diff"], field: field)
        _ = try expectRefused(name, ["export", "--format", "md"], field: field)
    }

    /// Issue 14, lesser item: a bad date or format number was reported as
    /// "not valid JSON"; the message now names the field and what it should be.
    @Test(arguments: [
        ("bad-date.json", "createdAt", "\"yesterday\" is not a date and time such as \"2026-11-29T07:56:48Z\""),
        ("bad-version.json", "schemaVersion", "expected a whole number from 1 to 1000000, not 1.5"),
    ])
    func badDatesAndVersionsAreNamed(name: String, field: String, detail: String) throws {
        let result = try expectRefused(name, ["export", "--format", "json"], field: field)
        #expect(result.standardError.contains(detail), "\(result.standardError)")
        #expect(!result.standardError.contains("not valid JSON"))
    }

    /// Issue 14, lesser item: fields this version does not know (at the top,
    /// in an entry, in an earlier round) were dropped on the next save. A
    /// revival, which rewrites the whole file, keeps every one of them.
    @Test func fieldsThisVersionDoesNotKnowSurviveASave() throws {
        let directory = try copy("unknown-fields.json")
        let result = try BuiltBinary.run(
            ["revive", "unknown-fields.json"], input: String(repeating: "\n", count: 400), in: directory)
        // The Enters run out at a required question that refuses an empty line:
        // input ending on a refused answer exits 65 (issue 13); the file is saved all the same.
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("that was refused"), "\(result.standardError)")
        let data = try Data(contentsOf: directory.appendingPathComponent("unknown-fields.json"))
        let file = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let reviewer = try #require(file["reviewedBy"] as? [String: Any], "the top-level field is kept")
        #expect(reviewer["name"] as? String == "Giulia")
        #expect(reviewer["big"] as? Int == 12_345_678_901_234_567, "a large whole number is kept exactly")
        #expect((reviewer["checks"] as? [Any])?.count == 5)
        let rounds = try #require(file["previousRounds"] as? [[String: Any]])
        #expect(rounds.count == 2, "the revival froze round 2")
        #expect(rounds[0]["facilitator"] as? String == "Marco", "a round's field is kept")
        for answers in [file["answers"], rounds[1]["answers"]] {
            let strengths = (answers as? [String: Any])?["strengths"] as? [[String: Any]]
            #expect(strengths?.first?["note"] as? String == "keep this note", "an entry's field is kept")
        }
    }
}
