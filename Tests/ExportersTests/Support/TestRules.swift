import Exporters
import Foundation
import PlanModel

extension PlanDocumentBuilder {
    /// With the built-in rule catalogue, as `swoc-wizard export` builds the document.
    init(questionnaire: Questionnaire, session: Session) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let catalog = try RuleCatalogLoader().load(
            directory: root.appendingPathComponent("rules"), questionnaire: questionnaire)
        self.init(questionnaire: questionnaire, session: session, catalog: catalog)
    }
}
