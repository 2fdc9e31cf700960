import Exporters
import Foundation
import PlanModel

/// The built-in questionnaire and rules, loaded once, and the plans of the
/// examples and fixtures the spreadsheet and calendar tests export.
struct ExamplePlans: Sendable {
    static let shared: ExamplePlans = {
        do { return try ExamplePlans() } catch {
            fatalError("the built-in questionnaire or rules do not load: \(error)")
        }
    }()

    let questionnaire: Questionnaire
    let catalog: RuleCatalog
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        let root = PlanDocumentBuilderTests.root
        questionnaire = try QuestionnaireLoader().load(directory: root.appendingPathComponent("questionnaires"))
        catalog = try RuleCatalogLoader().load(
            directory: root.appendingPathComponent("rules"), questionnaire: questionnaire)
    }

    /// `examples/NAME.yaml` imported as `swoc-wizard --answers` does, in `language`.
    func session(example name: String, language: String = "en") throws -> Session {
        try session(answers: "examples/\(name).yaml", language: language)
    }

    /// An answers file of the repository, imported.
    func session(answers path: String, language: String = "en") throws -> Session {
        let text = try String(
            contentsOf: PlanDocumentBuilderTests.root.appendingPathComponent(path), encoding: .utf8)
        return try AnswersImport(questionnaire: questionnaire, language: language).run(text: text, now: now).session
    }

    /// A session file of the repository, e.g. a hostile fixture.
    func session(file path: String) throws -> Session {
        let url = PlanDocumentBuilderTests.root.appendingPathComponent(path)
        return try SessionStore(questionnaire: questionnaire).decode(try Data(contentsOf: url), path: url.path)
    }

    static let hostile = "Tests/Fixtures/hostile-sessions/hostile-texts.json"
    static let unfinished = "Tests/Fixtures/sessions/manchester-wuhan-unfinished-step1.json"

    func editions(_ session: Session, languages: [String]? = nil) throws -> [PlanEdition] {
        try PlanEditions.build(
            questionnaire: questionnaire, session: session, catalog: catalog,
            languages: languages ?? [session.language])
    }

    func csv(_ session: Session, languages: [String]? = nil) throws -> String {
        try CSVPlanExporter(questionnaire: questionnaire).export(try editions(session, languages: languages))
    }

    func calendar(_ session: Session, languages: [String]? = nil) throws -> String {
        CalendarPlanExporter(questionnaire: questionnaire, milestones: catalog.milestones)
            .export(try editions(session, languages: languages))
    }
}
