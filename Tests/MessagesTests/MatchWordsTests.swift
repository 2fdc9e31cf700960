import Messages
import PlanModel
import Testing

/// The sentences of match-making: English as the README quotes them,
/// Chinese with the glossary's terms, and the screen and documents sharing
/// one set of sentences.
@Suite struct MatchWordsTests {
    let english = Messages.english.reports.match
    let chinese = Messages.chinese.reports.match

    /// English reasons for each part of the score, and the scale said with every score (issue 15: "44 of what?").
    @Test func englishReasonsSayTheirScale() {
        let areas = english.areas(["Smart cities", "Sport"])
        func reason(_ kind: MatchScore.Kind, obstacles: [String] = []) -> String {
            english.reason(kind, city: "Rome", candidate: "Yantai", areas: areas, obstacles: obstacles)
        }
        #expect(reason(.sharedInterests) == "Both want to work on Smart cities, Sport")
        #expect(reason(.offersToCandidate) == "Rome is strong where Yantai needs it: Smart cities, Sport")
        #expect(reason(.offersFromCandidate) == "Yantai is strong where Rome needs it: Smart cities, Sport")
        #expect(
            reason(.sharedChallenges, obstacles: ["Language and culture", "Funding and resources"])
                == "Both face Language and culture, Funding and resources; in Smart cities, Sport")
        #expect(reason(.existingLink) == "They already know each other")
        #expect(english.score(44) == "44 of 100")
        #expect(english.points(8, of: 24) == "8 of 24")
        #expect(
            english.proposalHeading(first: "Rome", second: "Yantai", score: 44)
                == "Match-making proposal: Rome and Yantai  (score 44 of 100)")
        #expect(chinese.score(44) == "44分（满分100分）")
        for kind in MatchScore.Kind.allCases {
            #expect(!english.nothing(kind, city: "Rome", candidate: "Yantai").isEmpty)
        }
    }

    /// Issue 15: a partner with nothing signed is never called a partner the two have signed with.
    @Test func englishAdviceSaysWhatIsSigned() {
        #expect(
            english.link(MatchLink(kind: .partner, city: "Manchester", other: "Wuhan", signed: .letterOfIntent))
                == "Manchester names Wuhan as its partner city; signed so far: Letter of Cooperation Intent.")
        let intended = english.link(
            MatchLink(kind: .partner, city: "Fenghu", other: "Manchester", signed: .noAgreement))
        #expect(intended == "Fenghu names Manchester as the partner city it has in view; nothing is signed yet.")
        #expect(!intended.contains("already partners"))
        #expect(
            english.link(MatchLink(kind: .mention, city: "Rome", other: "Yantai", text: "Film week in Yantai"))
                == "Rome's existing links mention Yantai: \"Film week in Yantai\".")
        #expect(
            english.firstAgreement(areas: "Sport")
                == "Start with a Memorandum of Understanding or friendship agreement, naming Sport, and follow it "
                + "within a year with a first concrete project; an MoU alone does not make things happen.")
        #expect(
            english.nextStep(
                first: "Manchester", second: "Wuhan", signed: english.stage(.memorandum),
                headline: english.rungs(english.stage(.letterOfIntent), then: english.stage(.projectAgreement)))
                == "Manchester and Wuhan have signed: Memorandum of Understanding (or friendship agreement); the next "
                + "step is: Letter of Cooperation Intent, then Project Agreement.")
        let sameSide = english.sameSide(first: "Manchester", second: "Nottingham", side: .european)
        #expect(sameSide.hasPrefix("Manchester and Nottingham are both European cities."))
        #expect(!sameSide.contains("Memorandum"))
        #expect(english.activityTitle(.businessDelegation, area: "Sport") == "Business delegation on Sport")
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
            chinese.reason(.sharedChallenges, city: "宁波", candidate: "Nottingham", areas: areas, obstacles: ["资金与资源"])
                == "双方面临的共同挑战：资金与资源；涉及领域：智慧城市、体育")
        #expect(chinese.sameSide(first: "宁波", second: "烟台", side: .chinese).contains("城市对接"))
        #expect(
            !chinese.link(MatchLink(kind: .partner, city: "宁波", other: "Nottingham", signed: .noAgreement))
                .contains("合作伙伴城市，目前已签署"))
    }

    /// The screen and the documents say the same sentences in each language.
    @Test func theScreenAndTheDocumentsShareTheSentences() {
        for messages in Messages.all {
            let screen = messages.reports.match
            let document = messages.plan.match
            #expect(screen.firstAgreement(areas: "x") == document.firstAgreement(areas: "x"))
            #expect(screen.score(7) == document.score(7))
        }
    }
}
