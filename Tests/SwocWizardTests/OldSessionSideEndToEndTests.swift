import Foundation
import Testing

/// Second review of issue 11, "never guess silently": a session saved before
/// the wizard asked whether the city is European or Chinese still exports,
/// and the command says that the plan took the side from the country and how
/// to record it; a session that records its side gets no such note.
@Suite struct OldSessionSideEndToEndTests {
    @Test func exportingAnOldSessionSaysTheSideWasTakenFromTheCountry() throws {
        let directory = try BuiltBinary.workingDirectory()
        let fixtures = BuiltBinary.repositoryRoot.appendingPathComponent("Tests/Fixtures/sessions")
        for name in ["manchester-wuhan-before-city-side.json", "manchester-wuhan-v1.json"] {
            try FileManager.default.copyItem(
                at: fixtures.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        let old = try BuiltBinary.run(
            ["export", "manchester-wuhan-before-city-side.json", "--format", "md"], in: directory)
        #expect(old.status == 0)
        #expect(old.standardError.contains("does not say whether the city is European or Chinese"))
        #expect(old.standardError.contains("treats it as a European city, from its country"))
        #expect(old.standardError.contains("swoc-wizard resume manchester-wuhan-before-city-side.json"))
        let recorded = try BuiltBinary.run(["export", "manchester-wuhan-v1.json", "--format", "md"], in: directory)
        #expect(recorded.status == 0)
        #expect(!recorded.standardError.contains("European or Chinese"))
    }
}
