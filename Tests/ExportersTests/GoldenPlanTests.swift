import Exporters
import Foundation
import PlanModel
import Testing

/// The Markdown and JSON plans of one example, compared with files checked in
/// under Tests/Fixtures/golden. Two runs in one process share the order of
/// sets and dictionaries, so only a stored copy catches an order that changes
/// from run to run. After an intended change, regenerate them with
/// `SWOC_UPDATE_GOLDEN=1 swift test --filter GoldenPlanTests` and review the diff.
@Suite struct GoldenPlanTests {
    static let golden = PlanDocumentBuilderTests.root.appendingPathComponent("Tests/Fixtures/golden")

    private func document() throws -> (Questionnaire, PlanDocument) {
        let questionnaire = try QuestionnaireLoader().load(
            directory: PlanDocumentBuilderTests.root.appendingPathComponent("questionnaires"))
        let text = try String(
            contentsOf: PlanDocumentBuilderTests.root.appendingPathComponent("examples/nottingham-ningbo.yaml"),
            encoding: .utf8)
        let session = try AnswersImport(questionnaire: questionnaire, language: "en")
            .run(text: text, now: Date(timeIntervalSince1970: 1_575_000_000)).session
        return (questionnaire, try PlanDocumentBuilder(questionnaire: questionnaire, session: session).build())
    }

    private func compare(_ produced: String, with name: String) throws {
        let url = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SWOC_UPDATE_GOLDEN"] == "1" {
            try produced.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(produced == expected, "differs from \(name); see the comment above to regenerate")
    }

    @Test func theMarkdownPlanIsStable() throws {
        let (questionnaire, document) = try document()
        try compare(MarkdownPlanExporter(questionnaire: questionnaire).export(document), with: "nottingham-ningbo.md")
    }

    @Test func theJSONPlanIsStable() throws {
        let (_, document) = try document()
        try compare(
            String(decoding: try JSONPlanExporter().export(document), as: UTF8.self), with: "nottingham-ningbo.json")
    }
}
