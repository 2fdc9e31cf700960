import Messages
import PlanModel
import Testing

/// The sentences of match-making, now that `MatchMaker` makes none: English
/// word for word as the proposals said them before (a consultant's scripts
/// and the README quote them), Chinese with the glossary's terms, and the
/// screen and documents sharing one set of sentences.
@Suite struct MatchWordsTests {
    let english = Messages.english.reports.match
    let chinese = Messages.chinese.reports.match

    /// English reasons for each score rule, word for word as before.
    @Test func englishReasonsAreWordForWord() {
        let areas = english.areas(["Smart cities", "Sport"])
        func reason(_ kind: MatchScore.Kind, themes: [String] = []) -> String {
            english.reason(kind, city: "Rome", candidate: "Yantai", areas: areas, themes: themes)
        }
        #expect(reason(.sharedInterests) == "Both want to work on Smart cities, Sport")
        #expect(reason(.offersToCandidate) == "Rome is strong where Yantai needs it: Smart cities, Sport")
        #expect(reason(.offersFromCandidate) == "Yantai is strong where Rome needs it: Smart cities, Sport")
        #expect(
            reason(.sharedChallenges, themes: [.funding, .staffTurnover].map(english.theme))
                == "Shared challenges: Smart cities, Sport, funding and staff turnover")
        #expect(reason(.existingLink) == "They already know each other")
        #expect(
            SwocTheme.allCases.map(english.theme) == [
                "language and culture", "staff turnover", "funding", "lack of experience", "visibility",
            ])
    }

    /// English links, start advice and first activities, word for word as before.
    @Test func englishAdviceIsWordForWord() {
        #expect(
            english.link(MatchLink(kind: .partner, city: "Manchester", other: "Wuhan"))
                == "Manchester names Wuhan as its partner city.")
        #expect(
            english.link(MatchLink(kind: .mention, city: "Rome", other: "Yantai", text: "Film week in Yantai"))
                == "Rome's existing links mention Yantai: \"Film week in Yantai\".")
        #expect(
            english.firstAgreement(areas: "Sport")
                == "Start with a Memorandum of Understanding or friendship agreement, naming Sport, and follow it "
                + "within a year with a first concrete project; an MoU alone does not make things happen.")
        #expect(
            english.firstAgreement(areas: "").hasPrefix(
                "Start with a Memorandum of Understanding or friendship agreement, and follow"))
        #expect(
            english.nextStep(
                first: "Manchester", second: "Wuhan",
                headline: english.rungs(english.stage(.letterOfIntent), then: english.stage(.projectAgreement)))
                == "Manchester and Wuhan are already partners; the next step is: Letter of Cooperation Intent, then "
                + "Project Agreement.")
        #expect(english.activityTitle(.businessDelegation, area: "Sport") == "Business delegation on Sport")
        #expect(
            english.activityDescription(.peopleToPeople, area: nil, first: "Rome", second: "Yantai")
                == "Visits between schools, cultural groups, students or young professionals of Rome and Yantai, to "
                + "build the personal trust the rest rests on.")
        #expect(
            english.activityDescription(.businessDelegation, area: "Sport", first: "Rome", second: "Yantai")
                == "A delegation of companies and business groups focused on Sport, the strongest interest the two share."
        )
    }

    /// Issue 11, "Terms": the Chinese advice uses the glossary's terms and joins lists with 、.
    @Test func chineseAdviceUsesTheGlossaryTerms() {
        let areas = chinese.areas(["智慧城市", "体育"])
        #expect(areas == "智慧城市、体育")
        #expect(chinese.firstAgreement(areas: areas).hasPrefix("先签署谅解备忘录或友好城市关系协议书，明确智慧城市、体育等合作领域，"))
        #expect(!chinese.firstAgreement(areas: "").contains("明确"))
        #expect(chinese.activityTitle(.peopleToPeople, area: nil) == "人文交流")
        #expect(chinese.activityTitle(.businessDelegation, area: "体育") == "体育领域经贸代表团")
        #expect(
            chinese.reason(.sharedChallenges, city: "宁波", candidate: "Nottingham", areas: areas, themes: ["经费"])
                == "双方面临的共同挑战：智慧城市、体育和经费")
        #expect(SwocTheme.allCases.map(chinese.theme).allSatisfy { !$0.contains(where: \.isASCII) })
    }

    /// The screen and the documents say the same sentences in each language.
    @Test func theScreenAndTheDocumentsShareTheSentences() {
        for messages in Messages.all {
            let screen = messages.reports.match
            let document = messages.plan.match
            #expect(screen.firstAgreement(areas: "x") == document.firstAgreement(areas: "x"))
            #expect(screen.theme(.funding) == document.theme(.funding))
        }
    }
}
