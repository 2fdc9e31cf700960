import Foundation
import PlanModel
import Testing

/// For sessions made by dropping random answers from full ones: nothing the
/// plan, the warnings or the health check say rests on an answer that is not
/// there, and an unanswered question never turns into a negative claim.
@Suite struct SuggestionPropertyTests {
    /// A small deterministic generator; SWOC_TEST_SEED picks another seed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func noStatementRestsOnAMissingAnswer() throws {
        let questionnaire = try TestQuestionnaires.builtIn()
        let catalog = try TestRules.catalog(for: questionnaire)
        let seed = ProcessInfo.processInfo.environment["SWOC_TEST_SEED"].flatMap { UInt64($0) } ?? 20_261_201
        print("suggestion property seed: \(seed) (set SWOC_TEST_SEED to change it)")
        var random = Generator(state: seed)
        let root = TestQuestionnaires.repositoryRoot
        let files =
            ["examples/nottingham-ningbo.yaml", "examples/manchester-wuhan.yaml", "examples/stavanger-yantai.yaml"]
            + CaseStudyCityTests.cities.map { "Tests/Fixtures/cities/\($0).yaml" }
        let full = try files.map { file in
            try AnswersImport(questionnaire: questionnaire, language: "en")
                .run(
                    text: String(contentsOf: root.appendingPathComponent(file), encoding: .utf8),
                    now: Date(timeIntervalSince1970: 1_500_000_000)
                ).session
        }
        for round in 0..<300 {
            var session = full[Int.random(in: 0..<full.count, using: &random)]
            for id in session.answers.keys.sorted() where Bool.random(using: &random) {
                session.answers[id] = nil
            }
            let facts = PlanFacts(questionnaire: questionnaire, session: session)
            let suggestions = Suggestions(facts: facts, catalog: catalog)
            let context = "round \(round), answers \(session.answers.keys.sorted())"
            for activity in suggestions.plan {
                #expect(activity.basis.allSatisfy(facts.isAnswered), "\(activity.rule): \(context)")
                let text = activity.title + activity.description + activity.reason + activity.indicator
                #expect(!text.contains("{") && !text.contains("[["), "\(activity.rule): \(text)")
            }
            let reasons =
                suggestions.agreement.warnings + suggestions.agreement.reasons
                + suggestions.health.scores.flatMap { $0.evidence + $0.setbacks }
            for reason in reasons {
                #expect(reason.answers.allSatisfy(facts.isAnswered), "\(reason.rule ?? reason.text): \(context)")
            }
            let rules = Set(reasons.compactMap(\.rule))
            if !facts.isAnswered("project-funding-agreed") {
                #expect(!rules.contains("project-unfunded"), "\(context)")
            }
            if !facts.isAnswered("partner-status") {
                #expect(
                    rules.isDisjoint(with: ["dormant-partnership", "contacts-faded", "support-faded"]), "\(context)")
            }
            if !facts.hasPartner { #expect(!rules.contains("people-know-partner"), "\(context)") }
            if !facts.isAnswered("political-support") { #expect(!rules.contains("political-support"), "\(context)") }
            // Review of issue 10: statements that read as facts about the city
            // must rest on an answer, not on a question left open.
            if !facts.isAnswered("concrete-project") { #expect(!rules.contains("stale-first-agreement"), "\(context)") }
            let planned = Set(suggestions.plan.map(\.rule))
            if !facts.isAnswered("partnership-database") {
                #expect(!planned.contains("partnership-record"), "no record kept is not known: \(context)")
            }
            if facts.stageAnswers.isEmpty {
                let said = suggestions.agreement.reasons.map(\.text).joined(separator: " ")
                #expect(!said.contains("Nothing is signed") && !said.contains("has reached"), "\(context)")
            }
            let exchanging: Set<String> = ["schools", "cultural-groups", "earlier-visits"]
            if !facts.texts("existing-link-types").contains(where: exchanging.contains) {
                #expect(!planned.contains("build-on-exchanges"), "no exchange is recorded: \(context)")
            }
            if !facts.isAnswered("shared-areas") {
                let letter = suggestions.plan.first { $0.rule == "sign-letter-of-intent" }
                #expect(letter.map { !$0.reason.contains("areas are known") } ?? true, "\(context)")
            }
            if !facts.isAnswered("partner-year") && !facts.isAnswered("mou-year") {
                #expect(!rules.contains("stale-first-agreement"), "\(context)")
                #expect(!suggestions.plan.contains { $0.rule == "anniversary-review" }, "\(context)")
            }
        }
    }
}
