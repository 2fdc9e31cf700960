import Exporters
import Foundation
import PlanModel
import Testing

/// Issue 12 (review): a right-to-left override typed into a name or an entry
/// must not turn around the rest of the plan's sentences that quote it, in
/// any format: the rule templates put each such value in its own isolate.
@Suite struct BidiIsolationInSentencesTests {
    /// True when every embedding or override a text opens is closed by the
    /// end of the text, counting a closing isolate as ending whatever was
    /// opened inside it (UAX #9).
    static func leavesNothingOpen(_ text: String) -> Bool {
        enum Opened { case isolate, embedding }
        var stack: [Opened] = []
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202C:
                if stack.last == .embedding { stack.removeLast() }
            case 0x202A...0x202E:
                stack.append(.embedding)
            case 0x2066...0x2068:
                stack.append(.isolate)
            case 0x2069:
                if let isolate = stack.lastIndex(of: .isolate) { stack.removeSubrange(isolate...) }
            default:
                break
            }
        }
        return stack.isEmpty
    }

    @Test func theCheckSeesAnOpenOverride() {
        #expect(!Self.leavesNothingOpen("with \u{202E}evil text after"))
        #expect(Self.leavesNothingOpen("with \u{2068}\u{202E}evil\u{2069} text after"))
        #expect("plain".bidiIsolated == "plain")
        #expect("a\u{202E}b".bidiIsolated == "\u{2068}a\u{202E}b\u{2069}")
    }

    /// Every generated sentence of the hostile plan — activities, reasons,
    /// evidence, strategies — closes what a typed value opened.
    @Test func generatedSentencesCloseTypedOverrides() throws {
        let questionnaire = try QuestionnaireLoader().load(
            directory: PlanDocumentBuilderTests.root.appendingPathComponent("questionnaires"))
        let path = "Tests/Fixtures/hostile-sessions/hostile-texts.json"
        let data = try Data(contentsOf: PlanDocumentBuilderTests.root.appendingPathComponent(path))
        let session = try SessionStore(questionnaire: questionnaire).decode(data, path: path)
        let plan = try PlanDocumentBuilder(questionnaire: questionnaire, session: session).build().suggestions
        let sentences =
            plan.plan.flatMap { [$0.title, $0.description, $0.reason, $0.indicator] }
            + plan.strategies.map(\.text) + plan.health.scores.flatMap { $0.evidence.map(\.text) }
            + [plan.agreement.headline] + plan.agreement.reasons.map(\.text)
        let quoting = sentences.filter(\.hasBidiControl)
        #expect(!quoting.isEmpty, "the hostile session quotes a name with an override")
        for sentence in quoting {
            #expect(Self.leavesNothingOpen(sentence), "\(sentence.debugDescription)")
        }
    }
}
