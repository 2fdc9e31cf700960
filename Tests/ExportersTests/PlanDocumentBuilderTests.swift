import Exporters
import Foundation
import PlanModel
import Testing

@Suite struct PlanDocumentBuilderTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let questionnaire: Questionnaire
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        questionnaire = try QuestionnaireLoader().load(directory: Self.root.appendingPathComponent("questionnaires"))
    }

    private func session(example name: String) throws -> Session {
        let text = try String(contentsOf: Self.root.appendingPathComponent("examples/\(name).yaml"), encoding: .utf8)
        return try AnswersImport(questionnaire: questionnaire, language: "en").run(text: text, now: now).session
    }

    @Test func aFullExampleFillsCityPartnerAndSwoc() throws {
        let document = try PlanDocumentBuilder(
            questionnaire: questionnaire, session: try session(example: "nottingham-ningbo")
        )
        .build()
        #expect(document.schemaVersion == 1)
        #expect(document.city.name == "Nottingham")
        #expect(document.city.country == "United Kingdom")
        #expect(document.partner?.name == "Ningbo")
        #expect(document.partner?.yearFormalised == 2005)
        #expect(document.stage?.id == document.partner?.stage?.id)
        #expect(document.stage?.label.isEmpty == false)
        #expect(document.swoc.strengths.count >= 3)
        #expect(document.swoc.challenges.allSatisfy { !$0.text.isEmpty })
        let tagged = document.swoc.opportunities.flatMap(\.areas)
        #expect(tagged.allSatisfy { questionnaire.vocabularies["cooperation-areas"]?.choice(id: $0.id) != nil })
        #expect(document.timestamps.created == now)
    }

    @Test func otherAnswersComeInQuestionnaireOrderWithLabelsForChoices() throws {
        let document = try PlanDocumentBuilder(
            questionnaire: questionnaire, session: try session(example: "manchester-wuhan")
        )
        .build()
        let order = questionnaire.questions.map(\.id)
        let positions = document.answers.map { order.firstIndex(of: $0.id)! }
        #expect(positions == positions.sorted())
        let ids = Set(document.answers.map(\.id))
        #expect(ids.isDisjoint(with: ["city-name", "partner-name", "strengths", "challenges"]))
        let resource = try #require(document.answers.first { $0.id == "resource-level" })
        #expect(resource.labels?.count == 1)
        #expect(resource.step == 4)
    }

    @Test func answersToQuestionsNoLongerAskedAreLeftOut() throws {
        var session = Session(questionnaire: questionnaire, language: "en", now: now)
        session.answers = ["city-name": .text("Bonn"), "has-partner": .flag(false), "partner-name": .text("Chengdu")]
        let document = try PlanDocumentBuilder(questionnaire: questionnaire, session: session).build()
        #expect(document.partner == nil)
        #expect(document.stage == nil)
        #expect(document.answers.map(\.id) == ["has-partner"])
        #expect(document.swoc.strengths.isEmpty)
    }

    @Test func exportingTwiceGivesTheSameBytes() throws {
        let session = try session(example: "stavanger-yantai")
        let first = try JSONPlanExporter().export(
            try PlanDocumentBuilder(questionnaire: questionnaire, session: session).build())
        let second = try JSONPlanExporter().export(
            try PlanDocumentBuilder(questionnaire: questionnaire, session: session).build())
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"schemaVersion\" : 1"))
        #expect(text.contains("\"created\" : \"2027-01-15T08:00:00Z\""))
    }

    @Test func textIsKeptExactly() throws {
        var session = Session(questionnaire: questionnaire, language: "en", now: now)
        let hostile = "Wuhan 武汉 | \"quoted\" </script> # not a heading"
        session.answers = [
            "city-name": .text(hostile), "strengths": .swocEntries([SwocEntry(text: hostile, areas: ["sport"])]),
        ]
        let data = try JSONPlanExporter().export(
            try PlanDocumentBuilder(questionnaire: questionnaire, session: session).build())
        let decoded = try JSONDecoder.withISODates.decode(PlanDocument.self, from: data)
        #expect(decoded.city.name == hostile)
        #expect(decoded.swoc.strengths.first?.text == hostile)
        #expect(decoded.swoc.strengths.first?.areas.first?.label == "Sport")
    }
}

extension JSONDecoder {
    static var withISODates: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
