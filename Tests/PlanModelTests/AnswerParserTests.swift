import PlanModel
import Testing

@Suite struct AnswerParserTests {
    let questionnaire: Questionnaire
    let parser = AnswerParser(language: "en", fallbackLanguage: "en")

    init() throws {
        questionnaire = try QuestionnaireLoader().load(directory: TestQuestionnaires.small())
    }

    private func question(_ id: String) -> Question { questionnaire.question(id: id)! }

    private func parse(_ text: String, _ id: String) -> Result<AnswerValue?, AnswerProblem> {
        parser.parse(text, for: question(id))
    }

    @Test func choicesAreAcceptedByNumberNameOrUniquePrefixIgnoringCase() {
        #expect(parse("1", "areas") == .success(.texts(["smart-cities"])))
        #expect(parse("SMART CITIES", "areas") == .success(.texts(["smart-cities"])))
        #expect(parse("cul", "areas") == .success(.texts(["culture-tourism"])))
        #expect(parse("port-logistics", "areas") == .success(.texts(["port-logistics"])))
        #expect(parse("2, culture", "areas") == .success(.texts(["port-logistics", "culture-tourism"])))
    }

    @Test func anAmbiguousPrefixNamesTheCandidates() {
        #expect(
            parse("port", "areas")
                == .failure(.ambiguousChoice(input: "port", candidates: ["Port logistics", "Ports and harbours"])))
    }

    @Test func aWrongChoiceSuggestsTheClosest() {
        guard case .failure(let problem) = parse("smrt", "areas") else {
            Issue.record("expected a failure")
            return
        }
        #expect(problem == .notAChoice(input: "smrt", choiceCount: 4, suggestions: ["Smart cities"]))
        #expect(parse("9", "areas") == .failure(.notAChoice(input: "9", choiceCount: 4, suggestions: [])))
    }

    @Test func aChoiceGivenTwiceIsRefused() {
        #expect(parse("1, smart", "areas") == .failure(.repeatedChoice(label: "Smart cities")))
    }

    @Test func yesAndNo() {
        for yes in ["y", "Yes", "YES", "true"] { #expect(parse(yes, "has-partner") == .success(.flag(true))) }
        for no in ["n", "No"] { #expect(parse(no, "has-partner") == .success(.flag(false))) }
        #expect(parse("perhaps", "has-partner") == .failure(.notYesNo(input: "perhaps")))
    }

    @Test func numbersAreCheckedAgainstTheirRange() {
        #expect(parse("4", "staff") == .success(.number(4)))
        #expect(parse("1,5", "staff") == .success(.number(1.5)))
        #expect(parse("51", "staff") == .failure(.outOfRange(minimum: 0, maximum: 50)))
        #expect(parse("-1", "staff") == .failure(.outOfRange(minimum: 0, maximum: 50)))
        #expect(parse("four", "staff") == .failure(.notANumber(input: "four")))
        #expect(parse("nan", "staff") == .failure(.notANumber(input: "nan")))
    }

    @Test func yearsAndDates() {
        let year = Question(id: "y", kind: .year, prompt: .init([:]), help: .init([:]), source: "")
        let date = Question(id: "d", kind: .date, prompt: .init([:]), help: .init([:]), source: "")
        #expect(parser.parse("2004", for: year) == .success(.number(2004)))
        #expect(parser.parse("04", for: year) == .failure(.notAYear(input: "04")))
        #expect(parser.parse("1850", for: year) == .failure(.outOfRange(minimum: 1900, maximum: 2100)))
        #expect(parser.parse("2019-11-07", for: date) == .success(.text("2019-11-07")))
        #expect(parser.parse("2020-02-29", for: date) == .success(.text("2020-02-29")))
        #expect(parser.parse("2019-02-29", for: date) == .failure(.notADate(input: "2019-02-29")))
        #expect(parser.parse("7/11/2019", for: date) == .failure(.notADate(input: "7/11/2019")))
    }

    @Test func anEmptyAnswerIsRefusedOnlyWhenRequired() {
        #expect(parse("", "city-name") == .failure(.required))
        #expect(parse("   ", "city-name") == .failure(.required))
        #expect(parse("", "partner-name") == .success(nil))
    }

    @Test func controlCharactersAndEscapeSequencesAreStripped() {
        #expect(parse("Ro\u{1B}[31mme\u{07}\u{1B}[0m", "city-name") == .success(.text("Rome")))
        #expect(parse("\u{1B}]0;title\u{07}Yantai\tCity ", "city-name") == .success(.text("Yantai City")))
        #expect(parse("宁波 Ningbo", "city-name") == .success(.text("宁波 Ningbo")))
    }

    @Test func pastedLineBreaksBecomeSpaces() {
        #expect(parse("Port of Ningbo\nand Zhoushan", "city-name") == .success(.text("Port of Ningbo and Zhoushan")))
        #expect(parse("Port of Ningbo\r\n and Zhoushan", "city-name") == .success(.text("Port of Ningbo and Zhoushan")))
    }

    @Test func fullWidthCommasAndDigitsFromChineseInputMethodsWork() {
        #expect(parse("１，２", "areas") == .success(.texts(["smart-cities", "port-logistics"])))
        #expect(parse("1、cul", "areas") == .success(.texts(["smart-cities", "culture-tourism"])))
        #expect(parse("３", "staff") == .success(.number(3)))
    }

    @Test func aPastedPageIsRefusedWithItsLength() {
        let page = String(repeating: "x", count: AnswerParser.maximumLength + 1)
        #expect(parse(page, "city-name") == .failure(.tooLong(length: page.count, limit: AnswerParser.maximumLength)))
    }

    @Test func swocEntryDetails() {
        let strengths = question("strengths")
        #expect(parser.parseAreas("1, port l", for: strengths) == .success(["smart-cities", "port-logistics"]))
        #expect(parser.parseAreas("", for: strengths) == .success([]))
        #expect(parser.parseActor("acad", for: strengths) == .success("academia"))
        #expect(parser.parseActor("", for: strengths) == .success(nil))
    }

    @Test func formattedAnswersParseBackToTheSameValue() {
        let formatter = AnswerFormatter(language: "en", fallbackLanguage: "en")
        let samples: [(String, AnswerValue)] = [
            ("areas", .texts(["port-logistics", "culture-tourism"])), ("has-partner", .flag(false)),
            ("staff", .number(2.5)), ("city-name", .text("Bonn")),
        ]
        for (id, value) in samples {
            let shown = formatter.display(value, for: question(id))
            #expect(parse(shown, id) == .success(value), "\(id): \(shown)")
        }
    }
}
