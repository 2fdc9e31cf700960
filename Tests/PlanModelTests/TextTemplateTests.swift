import Foundation
import Testing

@testable import PlanModel

/// Issue 10, "text with slots filled from the answers": a rule's text names
/// the city's own details, and a text whose detail was not given reads as a
/// plain sentence rather than one with a hole in it.
@Suite struct TextTemplateTests {
    let questionnaire: Questionnaire
    /// The catalogue's general words and list joins (`rules/names.yaml`).
    let names: CatalogNames

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
        names = try TestRules.catalog(for: questionnaire).names
    }

    private func context(_ yaml: String) throws -> RuleContext {
        let text =
            "city-name: Testville\ncity-country: Testland\ncity-side: european\nresource-level: moderate\n" + yaml
        let session = try AnswersImport(questionnaire: questionnaire, language: "en").run(text: text, now: Date())
            .session
        return RuleContext(facts: PlanFacts(questionnaire: questionnaire, session: session), names: names)
    }

    private var withPartner: RuleContext {
        get throws { try context("has-partner: yes\npartner-name: Yantai\n") }
    }
    private var withoutPartner: RuleContext {
        get throws { try context("has-partner: no\n") }
    }

    private func render(_ source: String, _ context: RuleContext) throws -> String {
        try TextTemplate(source).render(in: context).text
    }

    @Test func aSlotIsFilledFromTheAnswers() throws {
        #expect(try render("Meet {partner} in {city}.", withPartner) == "Meet Yantai in Testville.")
        let filled = try TextTemplate("Meet {partner} in {city}.").render(in: withPartner).filled
        #expect(filled == [.partner, .city])
    }

    /// `{slot|other words}`: the other words when the team gave nothing, and
    /// then the slot does not count as a detail of this city.
    @Test func aFallbackIsUsedWhenTheSlotIsEmpty() throws {
        #expect(try render("Meet {partner|a new partner}.", withoutPartner) == "Meet a new partner.")
        #expect(try render("Meet {partner|a new partner}.", withPartner) == "Meet Yantai.")
        #expect(try TextTemplate("Meet {partner|a new partner}.").render(in: withoutPartner).filled.isEmpty)
    }

    /// Without a fallback, an empty slot outside `[[ ]]` is named in general words.
    @Test func anEmptySlotWithoutAFallbackIsNamedInGeneralWords() throws {
        #expect(try render("Sign with {partner}.", withoutPartner) == "Sign with the partner city.")
        #expect(try render("Sign about {project}.", withoutPartner) == "Sign about the joint project.")
    }

    @Test func anOptionalPartIsDroppedWhenItsSlotIsEmpty() throws {
        let source = "Start with the people who know the other country[[ ({links})]]."
        #expect(try render(source, withoutPartner) == "Start with the people who know the other country.")
        let linked = try context("has-partner: no\nexisting-links: [A university in Yantai]\n")
        #expect(
            try render(source, linked) == "Start with the people who know the other country (A university in Yantai).")
        #expect(try TextTemplate(source).render(in: linked).filled == [.links])
    }

    /// A dropped part leaves no double space and no space before a full stop or comma.
    @Test func spacesLeftByADroppedPartAreTidied() throws {
        #expect(try render("Visit [[{partner} ]]soon , then report .", withoutPartner) == "Visit soon, then report.")
        #expect(try render("  [[{partner}]]  Visit   soon  ", withoutPartner) == "Visit soon")
    }

    /// An outer part stays when its own slots are filled even if an inner part is dropped.
    @Test func nestedPartsAreKeptOrDroppedOnTheirOwn() throws {
        let source = "Plan[[ in {city}[[ with {partner}]]]]."
        #expect(try render(source, withoutPartner) == "Plan in Testville.")
        #expect(try render(source, withPartner) == "Plan in Testville with Yantai.")
        let outerEmpty = "Plan[[ with {partner}[[ in {city}]]]]."
        #expect(try render(outerEmpty, withoutPartner) == "Plan.")
    }

    /// A fallback inside an optional part keeps the part.
    @Test func aFallbackInsideAnOptionalPartKeepsIt() throws {
        #expect(try render("Meet[[ {partner|the partner}]].", withoutPartner) == "Meet the partner.")
    }

    @Test func theSlotsATextNamesAreKnownForTheLoadCheck() throws {
        #expect(try TextTemplate("{city}[[ {partner}[[ {links|}]]]]").slots == [.city, .partner, .links])
    }

    @Test func mistakesAreExplainedInPlainWords() {
        #expect(throws: TextTemplate.ParseError(message: "a \"{\" is not closed with \"}\"")) {
            try TextTemplate("Meet {partner")
        }
        #expect(throws: TextTemplate.ParseError(message: "\"]]\" closes nothing; open the part with \"[[\"")) {
            try TextTemplate("Meet {partner}]]")
        }
        #expect(throws: TextTemplate.ParseError(message: "a \"[[\" part is not closed with \"]]\"")) {
            try TextTemplate("Meet [[{partner}")
        }
        do {
            _ = try TextTemplate("Meet {partnr}")
            Issue.record("an unknown slot must be refused")
        } catch {
            #expect(error.message.hasPrefix("unknown detail {partnr} (known: city, partner, project, "))
        }
    }

    /// Text around the slots is kept exactly, including non-ASCII letters.
    @Test func plainTextIsKeptAsWritten() throws {
        #expect(try render("与{partner}的合作 — “{city}”", withPartner) == "与Yantai的合作 — “Testville”")
        #expect(try render("A single [ or ] or } stays.", withPartner) == "A single [ or ] or } stays.")
    }
}
