import Exporters
import Foundation
import PlanModel

/// The small questionnaire and rules written in English and Chinese
/// (Tests/Fixtures/bilingual), and sessions answered with them.
struct BilingualFixture {
    static let directory = PlanDocumentBuilderTests.root.appendingPathComponent("Tests/Fixtures/bilingual")
    let questionnaire: Questionnaire
    let catalog: RuleCatalog

    init() throws {
        questionnaire = try QuestionnaireLoader().load(
            directory: Self.directory.appendingPathComponent("questionnaire"))
        catalog = try RuleCatalogLoader().load(
            directory: Self.directory.appendingPathComponent("rules"), questionnaire: questionnaire)
    }

    /// A session of `yaml` (the fixture's answers file when nil), made in Chinese.
    func session(_ yaml: String? = nil) throws -> Session {
        let text =
            try yaml ?? String(contentsOf: Self.directory.appendingPathComponent("answers.yaml"), encoding: .utf8)
        return try AnswersImport(questionnaire: questionnaire, language: "zh")
            .run(text: text, now: Date(timeIntervalSince1970: 1_575_000_000)).session
    }

    func editions(_ languages: [String], yaml: String? = nil) throws -> [PlanEdition] {
        try PlanEditions.build(
            questionnaire: questionnaire, session: try session(yaml), catalog: catalog, languages: languages)
    }
}
