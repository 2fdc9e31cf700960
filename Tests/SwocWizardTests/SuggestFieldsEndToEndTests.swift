import Foundation
import Testing

/// `swoc-wizard suggest` (the same summary closes the wizard) shows the
/// suggestion fields of the rule catalogue (issue 10): the second rung when
/// two apply at once, the answers that cost a characteristic points under
/// its score, and the report's general advice marked in the year-1 list.
/// Before, the terminal showed none of them, so a dormant partnership's 0/3
/// came with no reason and boilerplate looked like advice built on the answers.
@Suite struct SuggestFieldsEndToEndTests {
    /// The summary of one of the case-study cities, imported with --answers.
    private func suggest(city name: String) throws -> String {
        let directory = try BuiltBinary.workingDirectory()
        let answers = BuiltBinary.repositoryRoot.appendingPathComponent("Tests/Fixtures/cities/\(name).yaml").path
        let imported = try BuiltBinary.run(["--answers", answers, "--session", "s.json"], in: directory)
        #expect(imported.status == 0, "\(imported.standardError)")
        let result = try BuiltBinary.run(["suggest", "s.json"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        return result.standardOutput
    }

    /// The lines as printed (piped, the summary wraps at 100 columns; the
    /// lines checked here are shorter).
    private func lines(_ output: String) -> [String] {
        output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Issue 10, the ladder: Rome and Yantai (MoU, shared areas, a project)
    /// are told both rungs, in order.
    @Test func bothRungsAreNamedWhenTwoApply() throws {
        let printed = lines(try suggest(city: "rome-yantai"))
        #expect(printed.contains("  Next: Letter of Cooperation Intent, then Project Agreement."))
    }

    /// Issue 10: a dormant partnership's low human-factors and support scores
    /// come with the answers that lowered them, under each score.
    @Test func setbacksAreShown() throws {
        let output = try suggest(city: "aachen-ningbo-dormant")
        let printed = lines(output)
        let human = try #require(printed.firstIndex { $0.hasPrefix("  Human factors ") })
        #expect(
            printed[human + 1]
                == "    − The partnership is dormant: the people who knew each other may have moved on. (report §2.3.1)"
        )
        let support = try #require(printed.firstIndex { $0.hasPrefix("  Support ") })
        #expect(printed[support + 1].hasPrefix("    − A dormant partnership has lost the attention"))
        #expect(!output.contains("Next: "), "one rung only: no second one is named")
        #expect(!output.contains("(general advice)"), "every activity names something of Aachen's answers")
    }

    /// Issue 10: a city that has said almost nothing gets activities that
    /// are the report's general advice, and the year-1 list says which.
    @Test func generalAdviceIsMarked() throws {
        let directory = try BuiltBinary.workingDirectory()
        let answers =
            "city-name: Ghent\ncity-country: Belgium\ncity-side: european\nresource-level: lean\nhas-partner: no\n"
        try Data(answers.utf8).write(to: directory.appendingPathComponent("a.yaml"))
        #expect(try BuiltBinary.run(["--answers", "a.yaml", "--session", "s.json"], in: directory).status == 0)
        let output = try BuiltBinary.run(["suggest", "s.json"], in: directory).standardOutput
        let printed = lines(output)
        #expect(printed.contains("  - Find a partner city (general advice) (§1.2)"))
        #expect(printed.contains("  - Agree indicators with the partner city (general advice) (§1.4; §2.2)"))
    }
}
