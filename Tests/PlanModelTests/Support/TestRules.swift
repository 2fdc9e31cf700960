import Foundation
import PlanModel

/// The built-in rule catalogue for tests, and the suggestions computed with it.
enum TestRules {
    static var directory: URL { TestQuestionnaires.repositoryRoot.appendingPathComponent("rules") }

    static func catalog(for questionnaire: Questionnaire) throws -> RuleCatalog {
        try RuleCatalogLoader().load(directory: directory, questionnaire: questionnaire)
    }
}

extension Suggestions {
    /// With the built-in catalogue, as the wizard computes them.
    init(questionnaire: Questionnaire, session: Session) throws {
        self.init(questionnaire: questionnaire, session: session, catalog: try TestRules.catalog(for: questionnaire))
    }
}
