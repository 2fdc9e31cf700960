import Foundation
import PlanModel
import Storage
import Testing

@Suite struct SessionStoreTests {
    let store = SessionFile()
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("swoc-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    private func sampleSession() throws -> Session {
        let questionnaire = try QuestionnaireLoader().load(directory: TestQuestionnaires.small())
        var session = Session(
            questionnaire: questionnaire, language: "en", now: Date(timeIntervalSince1970: 1_800_000_000))
        session.answers = [
            "city-name": .text("Wuhan 武汉"), "has-partner": .flag(true), "staff": .number(2.5),
            "areas": .texts(["smart-cities"]),
            "strengths": .swocEntries([SwocEntry(text: "Steel and cars", areas: ["smart-cities"], actor: "government")]
            ),
        ]
        session.finished = ["city-name", "has-partner"]
        return session
    }

    @Test func aSavedSessionLoadsBackUnchanged() throws {
        let session = try sampleSession()
        let url = directory.appendingPathComponent("s.json")
        try store.save(session, to: url)
        #expect(try store.load(from: url) == session)
    }

    @Test func savedFilesAreReadableByTheOwnerOnlyAndLeaveNoTemporaryFile() throws {
        let url = directory.appendingPathComponent("private.json")
        try store.save(try sampleSession(), to: url)
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["private.json"])
    }

    @Test func savingTwiceReplacesTheFile() throws {
        var session = try sampleSession()
        let url = directory.appendingPathComponent("s.json")
        try store.save(session, to: url)
        session.answers["city-name"] = .text("Manchester")
        try store.save(session, to: url)
        #expect(try store.load(from: url).answers["city-name"] == .text("Manchester"))
    }

    @Test func theFileIsStablePrettyJSON() throws {
        let url = directory.appendingPathComponent("s.json")
        try store.save(try sampleSession(), to: url)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("\"schemaVersion\" : 2"))
        #expect(text.contains("\"staff\" : 2.5"))
        #expect(text.contains("\"city-name\" : \"Wuhan 武汉\""))
        #expect(
            text.range(of: "\"areas\"")!.lowerBound < text.range(of: "\"city-name\"")!.lowerBound, "keys are sorted")
    }

    /// Each damaged file gets its own error, naming the file, and is left exactly
    /// as it was (the words of each: SessionFileMessagesTests).
    @Test(arguments: [
        ("", "empty("),
        ("{\"schemaVersion\": 1, \"answers\": {", "it stops in the middle, at line 1: it was cut short"),
        ("{\"schemaVersion\": 1}\n}", "it is not valid JSON"),
        ("[1, 2, 3]", "expected an object"),
        ("{\"schemaVersion\": 1, \"answers\": {}}", "questionnaireID"),
        ("{\"answers\": {}}", "schemaVersion"),
        ("{\"schemaVersion\": 99}", "newerVersion("),
    ])
    func damagedFilesAreReportedAndNotTouched(contents: String, expected: String) throws {
        let url = directory.appendingPathComponent("damaged.json")
        try Data(contents.utf8).write(to: url)
        do {
            _ = try store.load(from: url)
            Issue.record("expected \(expected)")
        } catch {
            #expect("\(error)".contains(expected), "\(error)")
            #expect(error.path == url.path)
        }
        #expect(try Data(contentsOf: url) == Data(contents.utf8))
    }

    @Test func aMissingFileIsNamed() {
        let url = directory.appendingPathComponent("nope.json")
        #expect(throws: SessionFileError.missing(path: url.path)) { try store.load(from: url) }
    }

    @Test func anUnwritableFolderIsReportedInPlainWords() throws {
        let url = URL(fileURLWithPath: "/proc/swoc-cannot-write-here/s.json")
        let session = try sampleSession()
        do {
            try store.save(session, to: url)
            Issue.record("expected a failure")
        } catch {
            guard case .unwritable(let path, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == url.path)
            #expect(reason == .phrase("the folder does not exist"))
        }
    }

    @Test func answerValuesKeepTheirShapeInJSON() throws {
        let values: [AnswerValue] = [
            .text("x"), .texts(["a", "b"]), .flag(false), .number(2004), .number(0.5),
            .swocEntries([SwocEntry(text: "t")]),
        ]
        for value in values {
            let data = try JSONEncoder().encode([value])
            #expect(try JSONDecoder().decode([AnswerValue].self, from: data) == [value])
        }
        #expect(String(decoding: try JSONEncoder().encode([AnswerValue.number(2004)]), as: UTF8.self) == "[2004]")
    }
}
