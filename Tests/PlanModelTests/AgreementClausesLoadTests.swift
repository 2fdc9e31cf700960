import Foundation
import PlanModel
import Testing

/// Issue 16: the clause file (`rules/agreement-clauses.yaml`) is checked when
/// the catalogue loads, like the other rule files: each problem with its file
/// and line, so a facilitator's edit is caught at start-up.
@Suite struct AgreementClausesLoadTests {
    let questionnaire: Questionnaire

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
    }

    /// Loads a copy of the shipped rules whose clause file is `change`d; the problems, and the file's text before.
    private func load(_ change: (String) -> String) throws -> (problems: [QuestionnaireProblem], text: String) {
        let directory = try BrokenRules.copy()
        let url = directory.appendingPathComponent("agreement-clauses.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the change must be found")
        try changed.write(to: url, atomically: true, encoding: .utf8)
        do {
            _ = try RuleCatalogLoader().load(directory: directory, questionnaire: questionnaire)
            return ([], text)
        } catch {
            return (error.problems, text)
        }
    }

    private func line(of fragment: String, in text: String) throws -> Int {
        let range = try #require(text.range(of: fragment))
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    /// Issue 16: the shipped clauses load, in English and Chinese, with a clause for every agreement.
    @Test func theShippedClausesLoad() throws {
        let clauses = try TestRules.catalog(for: questionnaire).agreementClauses
        #expect(clauses.languages == ["en", "zh"])
        for type in AgreementType.allCases { #expect(!clauses.clauses(of: type).isEmpty, "\(type)") }
        for clause in clauses.clauses {
            #expect(!clause.source.isEmpty)
            #expect(Set(clause.texts.keys) == ["en", "zh"], "\(clause.id)")
        }
    }

    /// Issue 16: an unknown detail in a clause is a problem at its line.
    @Test func anUnknownDetailIsAProblem() throws {
        let outcome = try load {
            $0.replacingOccurrences(
                of: "represented by its {city-signatory}, and", with: "represented by its {mayor}, and")
        }
        let problem = try #require(outcome.problems.first)
        #expect(outcome.problems.count == 1, "\(outcome.problems)")
        #expect(problem.file.hasSuffix("agreement-clauses.yaml"))
        #expect(problem.message.contains("clause \"parties\" text (en): unknown detail {mayor}"))
        #expect(problem.line == (try line(of: "      en: \"{city} ({city-country}), represented by", in: outcome.text)))
    }

    /// Issue 16: a clause missing one of the file's languages is a problem.
    @Test func aMissingLanguageIsAProblem() throws {
        let outcome = try load { text in
            text.replacingOccurrences(
                of: "      zh: \"本{agreement}体现双方的共同意愿与友好诚意，不具有法律约束力，不为任何一方产生法律上的权利或义务。\"\n", with: "")
        }
        #expect(outcome.problems.count == 1, "\(outcome.problems)")
        let problem = try #require(outcome.problems.first)
        #expect(problem.message == "clause \"no-legal-obligation\" text has no text in zh, one of the file's languages")
        #expect(problem.file.hasSuffix("agreement-clauses.yaml"))
        #expect(problem.line != nil)
    }

    /// Issue 16: a clause without the report section it follows is a problem at the clause.
    @Test func aMissingCitationIsAProblem() throws {
        let outcome = try load { text in
            text.replacingOccurrences(
                of: "  - id: management\n    types: [mou, loi, project]\n    source: \"§2.1; Case studies 8, 9\"\n",
                with: "  - id: management\n    types: [mou, loi, project]\n")
        }
        #expect(outcome.problems.count == 1, "\(outcome.problems)")
        let problem = try #require(outcome.problems.first)
        #expect(problem.message.contains("clause \"management\" needs a `source`"))
        #expect(problem.line == (try line(of: "  - id: management\n", in: outcome.text)))
    }

    /// Issue 16: an unknown agreement type, and a missing blank's words, are problems too.
    @Test func anUnknownTypeAndAMissingBlankAreProblems() throws {
        let outcome = try load { text in
            text.replacingOccurrences(
                of: "  - id: management\n    types: [mou, loi, project]",
                with: "  - id: management\n    types: [mou, friendship]"
            )
            .replacingOccurrences(of: "  meeting-frequency: {en: \"how often\", zh: \"多久一次\"}\n", with: "")
        }
        let messages = outcome.problems.map(\.message)
        #expect(
            messages.contains { $0.contains("clause \"management\": unknown agreement type \"friendship\"") },
            "\(messages)")
        #expect(messages.contains { $0.contains("blanks needs `meeting-frequency`") }, "\(messages)")
    }
}
