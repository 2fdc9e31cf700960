import Exporters
import Foundation
import PlanModel

/// The sessions the benchmarks work on: a realistic one (an example from the
/// report's case studies) and a large one (500 SWOC entries), and candidate
/// portfolios for match-making.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func questionnaire() throws -> Questionnaire {
        try QuestionnaireLoader().load(directory: root.appendingPathComponent("questionnaires"))
    }

    static func loadCatalog(_ questionnaire: Questionnaire) throws -> RuleCatalog {
        try RuleCatalogLoader().load(directory: root.appendingPathComponent("rules"), questionnaire: questionnaire)
    }

    static func realistic(_ questionnaire: Questionnaire) throws -> Session {
        let text = try String(
            contentsOf: root.appendingPathComponent("examples/nottingham-ningbo.yaml"), encoding: .utf8)
        return try AnswersImport(questionnaire: questionnaire, language: "en").run(text: text, now: Date()).session
    }

    /// The realistic session with 125 entries in each SWOC quadrant (500 in all).
    static func large(_ questionnaire: Questionnaire) throws -> Session {
        var session = try realistic(questionnaire)
        let areas = questionnaire.vocabularies["cooperation-areas"]!.choices.map(\.id)
        var generator = SystemRandomNumberGenerator()
        for quadrant in SwocQuadrant.allCases {
            session.answers[quadrant.rawValue] = .swocEntries(
                (1...125).map { number in
                    SwocEntry(
                        id: "e\(quadrant.rawValue.prefix(1))\(number)",
                        text: "\(quadrant.entryName) \(number): a sentence of ordinary length about the city's "
                            + "situation, as a workshop would write it on the board",
                        areas: Array(areas.shuffled(using: &generator).prefix(Int.random(in: 0...3))),
                        actor: ["government", "academia", "industry", "civil-society"].randomElement())
                })
        }
        return session
    }

    /// A plan document padded to 200 activities, for exporting at that size.
    static func document(
        _ questionnaire: Questionnaire, _ session: Session, _ catalog: RuleCatalog, activities: Int? = nil
    ) -> PlanDocument {
        var document = PlanDocumentBuilder(questionnaire: questionnaire, session: session, catalog: catalog).build()
        if let activities, !document.suggestions.plan.isEmpty {
            let base = document.suggestions.plan
            document.suggestions.plan = (0..<activities).map { index in
                var activity = base[index % base.count]
                activity.title += " (\(index + 1))"
                return activity
            }
        }
        return document
    }

    /// Candidate sessions with varied areas, as a consultant's portfolio: nine
    /// in ten on the other side (Chinese cities), some already paired with a
    /// city of the ranked city's country, some entries marked as priorities,
    /// and the optional city facts on most.
    static func candidates(_ count: Int, from session: Session, _ questionnaire: Questionnaire) -> [Session] {
        let areas = questionnaire.vocabularies["cooperation-areas"]!.choices.map(\.id)
        let bands = questionnaire.vocabularies["population-bands"]?.choices.map(\.id) ?? []
        let sectors = questionnaire.vocabularies["economic-sectors"]?.choices.map(\.id) ?? []
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { index in
            var candidate = session
            candidate.answers["city-name"] = .text("Candidate city \(index)")
            let chinese = index % 10 != 0
            candidate.answers["city-side"] = .text(chinese ? "chinese" : "european")
            candidate.answers["city-country"] = .text(chinese ? "China" : "Germany")
            candidate.answers["partner-name"] = .text("Partner of candidate \(index)")
            candidate.answers["partner-country"] = .text(index % 7 == 0 ? "United Kingdom" : "France")
            if !bands.isEmpty && index % 4 != 0 {
                candidate.answers["population-band"] = .text(bands.randomElement(using: &generator)!)
                candidate.answers["coastal-port"] = .flag(Bool.random(using: &generator))
                candidate.answers["economic-sectors"] = .texts(
                    Array(sectors.shuffled(using: &generator).prefix(Int.random(in: 1...3, using: &generator))))
            }
            // One in twenty already knows the city, as in a real portfolio.
            candidate.answers["existing-links"] = .texts(
                index % 20 == 0 ? ["A delegation from Nottingham visited us"] : ["Our own sister cities"])
            for quadrant in SwocQuadrant.allCases {
                guard case .swocEntries(var entries)? = candidate.answers[quadrant.rawValue] else { continue }
                for entry in entries.indices {
                    entries[entry].areas = Array(areas.shuffled(using: &generator).prefix(Int.random(in: 0...3)))
                    entries[entry].isPriority = entry == 0 && index % 3 == 0
                }
                candidate.answers[quadrant.rawValue] = .swocEntries(entries)
            }
            return candidate
        }
    }
}
