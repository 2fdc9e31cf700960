import Foundation
import Messages
import PlanModel
import Testing

@testable import SwocWizard

/// Issue 13, "On the projector": the suggestions shown when a session is
/// complete fit the window, whatever the city and the language, down to 60
/// columns.
@Suite struct SuggestionsSummaryWidthTests {
    let questionnaire: Questionnaire
    let catalog: RuleCatalog
    let now = Date(timeIntervalSince1970: 1_575_000_000)

    init() throws {
        let root = FlowFixtures.repositoryRoot
        questionnaire = try QuestionnaireLoader().load(directory: root.appendingPathComponent("questionnaires"))
        catalog = try RuleCatalogLoader().load(
            directory: root.appendingPathComponent("rules"), questionnaire: questionnaire)
    }

    static let cities = [
        "aachen-ningbo-dormant", "belfast-shenyang", "bonn-chengdu", "changzhou-essen-zh", "dresden-hangzhou",
        "munster-no-partner", "ningbo-nottingham-en",
    ]

    @Test(arguments: cities)
    func everyLineFitsTheWindow(city: String) throws {
        let text = try String(
            contentsOf: FlowFixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/cities/\(city).yaml"),
            encoding: .utf8)
        var session = try AnswersImport(questionnaire: questionnaire, language: "en").run(text: text, now: now).session
        for language in ["en", "zh"] {
            session.language = language
            let messages = try #require(Messages.in(language))
            for width in [60, 80] {
                let summary = SuggestionsSummary(
                    suggestions: Suggestions(questionnaire: questionnaire, session: session, catalog: catalog),
                    words: messages.reports, width: width, names: catalog.names, language: language
                ).render()
                // Laid out to the width by the summary itself, not only by `say`.
                for line in summary.split(separator: "\n") {
                    #expect(line.displayWidth <= width, "\(city) \(language) \(width): \(line)")
                }
            }
        }
    }
}
